import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { CorroborateError } from '../model/index.js';
import { fetchUrl } from './fetch-url.js';
import { classifyAddress } from './fetch-url/address-guard.js';

const PAGE = '<!doctype html><html><head><title>Talks</title></head><body><p>Crocker met Kazemi Qomi.</p></body></html>';

function route(req: IncomingMessage, res: ServerResponse, port: () => number): boolean | undefined {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const send = (status: number, type: string | null, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...extra });
    res.end(body);
    return true;
  };
  switch (path) {
    case '/page':
      return send(200, 'text/html; charset=utf-8', PAGE);
    case '/gzip':
      return send(200, 'text/html', gzipSync(PAGE), { 'content-encoding': 'gzip' });
    case '/feed':
      return send(200, 'application/rss+xml', '<rss><channel></channel></rss>');
    case '/image':
      return send(200, 'image/png', Buffer.alloc(10));
    case '/missing':
      return send(404, 'text/plain', 'no');
    case '/big':
      return send(200, 'text/plain', 'x'.repeat(200_000));
    case '/bomb':
      return send(200, 'text/plain', gzipSync('x'.repeat(2_000_000)), { 'content-encoding': 'gzip' });
    case '/big-chunked': {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 50; i += 1) res.write('y'.repeat(10_000));
      return void res.end();
    }
    case '/hang':
      return; // never answers
    case '/trickle': {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50);
      return void res.on('close', () => clearInterval(timer));
    }
    case '/to-page':
      return send(302, null, '', { location: '/page' });
    case '/to-localhost':
      return send(301, null, '', { location: `http://localhost:${port()}/page` });
    case '/to-ipv6-loopback':
      return send(307, null, '', { location: `http://[::1]:${port()}/page` });
    case '/to-file':
      return send(302, null, '', { location: 'file:///etc/passwd' });
    case '/loop':
      return send(302, null, '', { location: '/loop' });
    default:
      return send(404, 'text/plain', 'unknown');
  }
}

const refused = (pattern: RegExp) => (error: unknown) => error instanceof CorroborateError && error.code === 'fetch-refused' && pattern.test(error.message);
const failed = (pattern: RegExp) => (error: unknown) => error instanceof CorroborateError && error.code === 'fetch-failed' && pattern.test(error.message);

describe('fetchUrl against a real HTTP server on 127.0.0.1', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => route(req, res, () => (server.address() as AddressInfo).port));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses loopback by default, naming the reason and the way to allow it', async () => {
    await assert.rejects(fetchUrl(`${base}/page`), refused(/127\.0\.0\.1: a loopback address; pass --allow-private-urls/));
    await assert.rejects(fetchUrl(`${base.replace('127.0.0.1', 'localhost')}/page`), refused(/localhost \((127\.0\.0\.1|::1)\): a loopback/));
  });

  it('fetches with allowPrivate: bytes, final URL and content type', async () => {
    const input = await fetchUrl(`${base}/page`, { allowPrivate: true });
    assert.equal(Buffer.from(input.bytes).toString('utf8'), PAGE);
    assert.equal(input.name, `${base}/page`);
    assert.equal(input.contentType, 'text/html; charset=utf-8');
    assert.equal(Buffer.from((await fetchUrl(`${base}/gzip`, { allowPrivate: true })).bytes).toString(), PAGE);
    assert.equal((await fetchUrl(`${base}/feed`, { allowPrivate: true })).contentType, 'application/rss+xml');
  });

  it('follows redirects and re-checks every hop', async () => {
    const allowHosts = ['127.0.0.1'];
    assert.equal((await fetchUrl(`${base}/to-page`, { allowHosts })).name, `${base}/page`);
    await assert.rejects(fetchUrl(`${base}/to-localhost`, { allowHosts }), refused(/localhost .*loopback/));
    await assert.rejects(fetchUrl(`${base}/to-ipv6-loopback`, { allowHosts }), refused(/::1: a loopback/));
    await assert.rejects(fetchUrl(`${base}/to-file`, { allowPrivate: true }), refused(/only http and https URLs are fetched, not file/));
    await assert.rejects(fetchUrl(`${base}/loop`, { allowPrivate: true }), failed(/too many redirects \(more than 5\)/));
  });

  it('refuses bodies over the size cap, declared, chunked or compressed', async () => {
    const maxBytes = 100_000;
    await assert.rejects(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes }), refused(/larger than the 100000-byte limit/));
    await assert.rejects(fetchUrl(`${base}/big-chunked`, { allowPrivate: true, maxBytes }), refused(/larger than/));
    await assert.rejects(fetchUrl(`${base}/bomb`, { allowPrivate: true, maxBytes }), refused(/larger than/));
    assert.equal((await fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 200_000 })).bytes.length, 200_000);
  });

  it('refuses content that is not an article, and reports HTTP errors', async () => {
    await assert.rejects(fetchUrl(`${base}/image`, { allowPrivate: true }), refused(/content type image\/png is not an article/));
    await assert.rejects(fetchUrl(`${base}/missing`, { allowPrivate: true }), failed(/HTTP 404/));
  });

  it('gives up after the timeout, whether the server is silent or trickles', async () => {
    const started = Date.now();
    await assert.rejects(fetchUrl(`${base}/hang`, { allowPrivate: true, timeoutMs: 300 }), failed(/timed out after 300 ms/));
    await assert.rejects(fetchUrl(`${base}/trickle`, { allowPrivate: true, timeoutMs: 300 }), failed(/timed out after 300 ms/));
    assert.ok(Date.now() - started < 3000);
  });

  it('refuses bad URLs and schemes without touching the network', async () => {
    await assert.rejects(fetchUrl('not a url'), refused(/not a valid URL/));
    await assert.rejects(fetchUrl('javascript:alert(1)'), refused(/not javascript/));
    await assert.rejects(fetchUrl('http://user:pw@example.com/'), refused(/user name or password/));
    await assert.rejects(fetchUrl('http://0x7f.1/'), refused(/127\.0\.0\.1: a loopback/));
    await assert.rejects(fetchUrl('http://[::ffff:127.0.0.1]/'), refused(/IPv4-mapped/));
    await assert.rejects(fetchUrl('http://169.254.169.254/latest/meta-data/'), refused(/link-local/));
  });

  it('refuses a host when any of its addresses is private (checked at connect time)', async () => {
    const resolveHost = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ];
    await assert.rejects(fetchUrl('http://mixed.example/', { resolveHost }), refused(/mixed\.example \(10\.0\.0\.5\): a private address/));
  });
});

describe('classifyAddress', () => {
  it('names every non-public range and passes public addresses', () => {
    const cases: [string, RegExp | null][] = [
      ['127.0.0.1', /loopback/],
      ['10.1.2.3', /private/],
      ['172.16.0.1', /private/],
      ['172.32.0.1', null],
      ['192.168.1.1', /private/],
      ['100.64.0.1', /carrier-grade NAT/],
      ['169.254.169.254', /link-local/],
      ['0.0.0.0', /unspecified/],
      ['224.0.0.1', /multicast/],
      ['255.255.255.255', /broadcast/],
      ['8.8.8.8', null],
      ['::1', /loopback/],
      ['::', /unspecified/],
      ['::ffff:7f00:1', /IPv4-mapped/],
      ['fd12:3456::1', /unique local/],
      ['fe80::1%eth0', /link-local/],
      ['ff02::1', /multicast/],
      ['64:ff9b::a00:1', /private/],
      ['64:ff9b::808:808', null],
      ['2606:4700::1111', null],
      ['2001:db8::1', /documentation/],
    ];
    for (const [ip, expected] of cases) {
      const reason = classifyAddress(ip);
      if (expected === null) assert.equal(reason, null, ip);
      else assert.match(reason ?? '', expected, ip);
    }
  });
});
