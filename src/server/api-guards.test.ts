import assert from 'node:assert/strict';
import { request, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { EXAMPLES_DIR, startTestServer, type TestServer } from '../../test/support/test-server.js';

const ARTICLE = readFileSync(join(EXAMPLES_DIR, 'us-iran-talks-focus-on-iraq-security.txt'), 'utf8');

/** A raw request, so that Host and other headers fetch() would refuse can be set. */
function rawRequest(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('server guards: token, origin, host, body size, URL fetching, hostile input', () => {
  let open: TestServer;
  let guarded: TestServer;
  let small: TestServer;
  let pages: Server;
  let pagesUrl = '';
  before(async () => {
    [open, guarded, small] = await Promise.all([
      startTestServer(),
      startTestServer({ token: 's3cret-token', readToken: 'read-only-token', allowPrivateUrls: true }),
      startTestServer({ maxBodyBytes: 64 * 1024 }),
    ]);
    pages = createServer((req, res) => {
      if (req.url === '/article.txt') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ARTICLE);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  });
  after(async () => {
    pages.close();
    await Promise.all([open.close(), guarded.close(), small.close()]);
  });

  it('with a token, every route but health needs it (401), reads included; a read-only token reads but cannot write', async () => {
    const none = await post(`${guarded.url}/api/stories`, { title: 'x' });
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal(((await none.json()) as any).error.code, 'unauthorized');
    assert.equal((await post(`${guarded.url}/api/stories`, { title: 'x' }, { authorization: 'Bearer wrong' })).status, 401);
    const ok = await post(`${guarded.url}/api/stories`, { title: 'x' }, { authorization: 'Bearer s3cret-token' });
    assert.equal(ok.status, 201);
    const { id } = (await ok.json()) as any;
    for (const path of ['/api/stories', `/api/stories/${id}`, `/api/stories/${id}/briefing`, `/api/stories/${id}/articles`, '/api/openapi.json', '/metrics']) {
      const read = await fetch(`${guarded.url}${path}`);
      assert.equal(read.status, 401, `GET ${path} without the token`);
      assert.equal(((await read.json()) as any).error.code, 'unauthorized');
    }
    assert.equal((await fetch(`${guarded.url}/api/stories`, { headers: { authorization: 'Bearer s3cret-token' } })).status, 200);
    assert.equal((await fetch(`${guarded.url}/api/health`)).status, 200, 'health needs no token');
    assert.equal((await fetch(`${guarded.url}/api/stories/1`, { method: 'DELETE' })).status, 401);
    const reader = { authorization: 'Bearer read-only-token' };
    assert.equal((await fetch(`${guarded.url}/api/stories/${id}`, { headers: reader })).status, 200, 'the read-only token reads');
    const refused = await post(`${guarded.url}/api/stories`, { title: 'y' }, reader);
    assert.equal(refused.status, 403, 'the read-only token cannot write');
    assert.equal((await fetch(`${guarded.url}/api/stories/${id}`, { method: 'DELETE', headers: reader })).status, 403);
  });

  it('sends a browser without a session to the login page; the session it starts opens the pages and their forms', async () => {
    const away = await fetch(`${guarded.url}/stories/1`, { redirect: 'manual' });
    assert.equal(away.status, 303);
    assert.equal(away.headers.get('location'), '/login?next=%2Fstories%2F1');
    const login = await (await fetch(`${guarded.url}/login?next=/`)).text();
    assert.match(login, /<input type="password" id="login-token" name="token"/);
    const wrong = new FormData();
    wrong.append('token', 'nope');
    assert.equal((await fetch(`${guarded.url}/login`, { method: 'POST', body: wrong, redirect: 'manual' })).status, 401);
    const reading = new FormData();
    reading.append('token', 'read-only-token');
    reading.append('next', '//evil.example/');
    const signedIn = await fetch(`${guarded.url}/login`, { method: 'POST', body: reading, redirect: 'manual' });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.headers.get('location'), '/', 'only a path of this site is followed');
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^corroborate_session=[\w-]+;.*HttpOnly/i);
    assert.match(cookie, /SameSite=Strict/i);
    assert.doesNotMatch(cookie, /read-only-token|s3cret-token/, 'the cookie is not the token');
    const session = { cookie: cookie.split(';')[0]! };
    const page = await (await fetch(`${guarded.url}/`, { headers: session })).text();
    assert.match(page, /<input type="password" id="new-story-token" name="token"/, 'a read-only session is asked for the token to write');
    const form = new FormData();
    form.append('text', ARTICLE);
    const refused = await fetch(`${guarded.url}/stories`, { method: 'POST', body: form, redirect: 'manual', headers: session });
    assert.equal(refused.status, 401);
    assert.match(await refused.text(), /access token is missing or wrong/);
    form.append('token', 's3cret-token');
    assert.equal((await fetch(`${guarded.url}/stories`, { method: 'POST', body: form, redirect: 'manual', headers: session })).status, 303);
    const writing = new FormData();
    writing.append('token', 's3cret-token');
    const full = (await fetch(`${guarded.url}/login`, { method: 'POST', body: writing, redirect: 'manual' })).headers.get('set-cookie') ?? '';
    const writer = { cookie: full.split(';')[0]! };
    assert.doesNotMatch(await (await fetch(`${guarded.url}/`, { headers: writer })).text(), /new-story-token/, 'a full session needs no token field');
  });

  it('fetches article URLs when private addresses are allowed, and refuses them by default', async () => {
    const auth = { authorization: 'Bearer s3cret-token' };
    const story = (await (await post(`${guarded.url}/api/stories`, {}, auth)).json()) as any;
    const added = await post(`${guarded.url}/api/stories/${story.id}/articles`, { url: `${pagesUrl}/article.txt`, outlet: 'Local Wire' }, auth);
    assert.equal(added.status, 201);
    const body = (await added.json()) as any;
    assert.equal(body.added[0].url, `${pagesUrl}/article.txt`);
    assert.equal(body.added[0].outlet, 'Local Wire');
    const other = (await (await post(`${open.url}/api/stories`, {})).json()) as any;
    const refused = await post(`${open.url}/api/stories/${other.id}/articles`, { url: `${pagesUrl}/article.txt` });
    assert.equal(refused.status, 422);
    assert.match(((await refused.json()) as any).error.message, /loopback address/);
    const mixed = await post(`${open.url}/api/stories/${other.id}/articles`, [{ url: `${pagesUrl}/article.txt` }, { text: ARTICLE }]);
    assert.equal(mixed.status, 201, 'one refused URL does not lose the other article');
    assert.equal(((await mixed.json()) as any).diagnostics[0].code, 'fetch-refused');
  });

  it('refuses cross-origin writes and foreign Host headers (DNS rebinding)', async () => {
    const cross = await post(`${open.url}/api/stories`, {}, { origin: 'https://evil.example' });
    assert.equal(cross.status, 403);
    assert.equal((await post(`${open.url}/api/stories`, {}, { origin: open.url })).status, 201);
    const rebound = await rawRequest(open.url, { path: '/api/stories', headers: { host: 'evil.example' } });
    assert.equal(rebound.status, 403);
    assert.match(rebound.body, /unexpected Host header/);
    assert.equal((await rawRequest(open.url, { path: '/api/stories', headers: { host: 'localhost:8080' } })).status, 200);
  });

  it('limits request bodies (413 JSON error)', async () => {
    const story = (await (await post(`${small.url}/api/stories`, {})).json()) as any;
    const big = await post(`${small.url}/api/stories/${story.id}/articles`, { text: 'x '.repeat(100_000) });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as any).error.code, 'payload-too-large');
    const chunked = await rawRequest(small.url, {
      method: 'POST',
      path: `/api/stories/${story.id}/articles`,
      body: JSON.stringify({ text: 'y'.repeat(200_000) }),
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    assert.equal(chunked.status, 413);
  });

  it('survives hostile and malformed requests without crashing or corrupting the store', async () => {
    const story = (await (await post(`${open.url}/api/stories`, { title: 'fuzz' })).json()) as any;
    const path = `/api/stories/${story.id}/articles`;
    const bodies: [string, string | Buffer][] = [
      ['application/json', Buffer.from([0xff, 0xfe, 0x00, 0x7b])],
      ['application/json', '['.repeat(5000) + ']'.repeat(5000)],
      ['application/json', '{"__proto__": {"polluted": true}, "text": "proto"}'],
      ['application/json', 'null'],
      ['application/json', '"just a string"'],
      ['application/json', '{"articles": {"text": "not an array"}}'],
      ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nbroken'],
      ['multipart/form-data', 'no boundary at all'],
      ['application/x-www-form-urlencoded', 'text=%E0%A4%A&urls=javascript:alert(1)'],
      ['text/html', '<script>alert(1)</script>'],
      ['application/json', JSON.stringify({ text: '\u0000\u0001 binary \ud800 junk' })],
      ['application/json', JSON.stringify({ html: '<img src=x onerror=alert(1)><p>Body <b>text</b> of a hostile article.' })],
    ];
    for (const [type, body] of bodies) {
      const result = await rawRequest(open.url, { method: 'POST', path, headers: { 'content-type': type }, body });
      assert.ok(result.status < 500, `${type} ${String(body).slice(0, 30)} → ${result.status} ${result.body.slice(0, 200)}`);
    }
    for (const weird of [
      '/api/stories/%00',
      '/api/stories/1e3',
      '/api/stories/-1/briefing',
      '/api/stories?limit=abc',
      '/api/stories?q=%FF%FE',
      `/api/stories/${story.id}/briefing?format[]=x`,
    ]) {
      const result = await rawRequest(open.url, { path: weird });
      assert.ok(result.status < 500, `${weird} → ${result.status}`);
    }
    assert.equal(({} as any).polluted, undefined);
    assert.equal((await fetch(`${open.url}/api/health`)).status, 200);
    assert.equal(open.store.database.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(open.store.database.pragma('foreign_key_check'), []);
  });
});
