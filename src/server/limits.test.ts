import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CorroborateError } from '../model/index.js';
import { readExampleArticles } from '../../test/contract/store-contract.js';
import { EXAMPLES_DIR, startTestServer, type TestServer } from '../../test/support/test-server.js';
import type { BriefingRunner, BriefTask, StoryBriefing } from './briefing-runner.js';
import { InlineRunner } from './inline-runner.js';
import { startServer } from './start-server.js';

const ARTICLE = readFileSync(join(EXAMPLES_DIR, 'us-iran-talks-focus-on-iraq-security.txt'), 'utf8');

/** An InlineRunner whose briefings wait until `release()`; it remembers the signal of every briefing asked for. */
class HeldRunner extends InlineRunner implements BriefingRunner {
  readonly signals: AbortSignal[] = [];
  release: () => void = () => {};
  readonly #gate = new Promise<void>((resolve) => (this.release = resolve));
  override async brief(task: BriefTask, signal?: AbortSignal): Promise<StoryBriefing> {
    this.signals.push(signal!);
    await Promise.race([this.#gate, new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }))]);
    return super.brief(task, signal);
  }
}

/** A test server whose heavy work a HeldRunner over its own store does. */
async function startHeld(options: Parameters<typeof startTestServer>[0] = {}): Promise<{ server: TestServer; runner: HeldRunner }> {
  let runner: HeldRunner | null = null;
  const server = await startTestServer({ ...options, makeRunner: (store) => (runner = new HeldRunner(store)) });
  return { server, runner: runner! };
}

async function storyWithArticles(server: TestServer, title: string): Promise<number> {
  const story = await server.store.createStory(title);
  await server.store.addArticles(story.id, readExampleArticles());
  return story.id;
}

describe('service limits', () => {
  let server: TestServer;
  let limited: TestServer;
  before(async () => {
    [server, limited] = await Promise.all([startTestServer(), startTestServer({ rateLimit: 5 })]);
  });
  after(async () => Promise.all([server.close(), limited.close()]));

  it('answers 429 with Retry-After past the per-client rate limit; health is not counted', async () => {
    for (let i = 0; i < 8; i++) assert.equal((await fetch(`${limited.url}/api/health`)).status, 200);
    const statuses: number[] = [];
    let refused: Response | null = null;
    for (let i = 0; i < 7; i++) {
      const response = await fetch(`${limited.url}/api/stories`);
      statuses.push(response.status);
      if (response.status === 429) refused = response;
      else await response.arrayBuffer();
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    assert.ok(Number(refused!.headers.get('retry-after')) >= 1);
    assert.equal(refused!.headers.get('ratelimit-limit'), '5');
    assert.equal(((await refused!.json()) as { error: { code: string } }).error.code, 'rate-limited');
    assert.equal((await fetch(`${limited.url}/stories/1`)).status, 429, 'pages too');
  });

  it('reads ids strictly: only plain decimal numbers name a story', async () => {
    const id = await storyWithArticles(server, 'ids');
    assert.equal((await fetch(`${server.url}/api/stories/${id}`)).status, 200);
    for (const weird of [`0x${id.toString(16)}`, `${id}e0`, `0${id}`, `+${id}`, `${id}.0`, ' 1', '9007199254740993', '1'.repeat(40)]) {
      const response = await fetch(`${server.url}/api/stories/${encodeURIComponent(weird)}`);
      assert.equal(response.status, 404, `/api/stories/${weird}`);
    }
  });

  it('answers 503 with Retry-After past the cap of heavy work; the same briefing asked twice is one computation', async () => {
    const { server: busy, runner } = await startHeld({ maxHeavy: 1 });
    try {
      const [a, b] = [await storyWithArticles(busy, 'a'), await storyWithArticles(busy, 'b')];
      const first = fetch(`${busy.url}/api/stories/${a}/briefing`);
      const same = fetch(`${busy.url}/api/stories/${a}/briefing`);
      while (runner.signals.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const refused = await fetch(`${busy.url}/api/stories/${b}/briefing`);
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '5');
      assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'busy');
      assert.equal((await fetch(`${busy.url}/api/health`)).status, 200, 'cheap requests still answer');
      runner.release();
      const [one, two] = await Promise.all([first, same]);
      assert.equal(one.status, 200);
      assert.equal(await one.text(), await two.text());
      assert.equal(runner.signals.length, 1, 'one computation for both requests');
      assert.equal((await fetch(`${busy.url}/api/stories/${b}/briefing`)).status, 200, 'room again once it is done');
      const metrics = await (await fetch(`${busy.url}/metrics`)).text();
      assert.match(metrics, /corroborate_rejected_requests_total\{reason="busy"\} 1/);
    } finally {
      await busy.close();
    }
  });

  it('cancels the work of a client that has gone', async () => {
    const { server: cancel, runner } = await startHeld();
    try {
      const id = await storyWithArticles(cancel, 'gone');
      const client = new AbortController();
      const request = fetch(`${cancel.url}/api/stories/${id}/briefing`, { signal: client.signal }).catch((error: unknown) => error);
      while (runner.signals.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const work = runner.signals[0]!;
      assert.equal(work.aborted, false);
      client.abort();
      await request;
      await new Promise<void>((resolve) => (work.aborted ? resolve() : work.addEventListener('abort', () => resolve(), { once: true })));
      assert.equal(work.aborted, true, 'the briefing was stopped');
      assert.equal(await cancel.store.getBriefing(id), null, 'and nothing was cached');
      runner.release();
      assert.equal((await fetch(`${cancel.url}/api/stories/${id}/briefing`)).status, 200, 'the next request starts afresh');
    } finally {
      await cancel.close();
    }
  });

  it('serves a story page once per version: ETag, 304, then from memory', async () => {
    const id = await storyWithArticles(server, 'page cache');
    const first = await fetch(`${server.url}/stories/${id}`);
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag')!;
    assert.match(etag, new RegExp(`^"page-open-${id}-v1-`));
    assert.equal(first.headers.get('cache-control'), 'private, no-cache');
    const html = await first.text();
    assert.equal((await fetch(`${server.url}/stories/${id}`, { headers: { 'if-none-match': etag } })).status, 304);
    assert.equal(await (await fetch(`${server.url}/stories/${id}`)).text(), html, 'fetch takes gzip: the same page, gzipped once');
    const plain = await fetch(`${server.url}/stories/${id}`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await plain.text(), html);
    const zipped = await fetch(`${server.url}/api/stories/${id}/briefing`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /corroborate_cache_lookups_total\{cache="page",result="hit"\} [1-9]/);
    await server.store.addArticles(id, [{ ...readExampleArticles()[0]!, text: `${ARTICLE}\nA later paragraph.` }]);
    const changed = await fetch(`${server.url}/stories/${id}`, { headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200, 'a new version is a new page');
    assert.match(await changed.text(), /data-version="2"/);
  });

  it('gives every request an id, logs nothing by default, and serves Prometheus metrics', async () => {
    const response = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'trace-123' } });
    assert.equal(response.headers.get('x-request-id'), 'trace-123');
    assert.match((await fetch(`${server.url}/api/health`)).headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    const metrics = await fetch(`${server.url}/metrics`);
    assert.match(metrics.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    for (const name of [
      'corroborate_http_requests_total',
      'corroborate_http_request_duration_seconds_bucket',
      'corroborate_work_queue_depth',
      'corroborate_process_resident_memory_bytes',
    ]) {
      assert.ok(text.includes(name), name);
    }
    assert.match(text, /corroborate_http_requests_total\{route="\/api\/health",method="GET",status="200"\}/);
  });

  it('closes a connection whose headers never finish (header timeout)', async () => {
    const slow = await startTestServer({ headersTimeoutMs: 300 });
    try {
      const { port } = new URL(slow.url);
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
      await new Promise((resolve) => socket.on('close', resolve));
      assert.match(answer, /^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });

  it('refuses to listen beyond loopback without a token, and says when the port is taken', async () => {
    const store = server.store;
    await assert.rejects(
      startServer({ host: '0.0.0.0', port: 0, store, workers: 0 }),
      (error: unknown) =>
        error instanceof CorroborateError && error.code === 'bad-request' && /refusing to listen on 0\.0\.0\.0 without a token/.test(error.message),
    );
    const open = await startServer({ host: '0.0.0.0', port: 0, store, workers: 0, allowNoToken: true });
    await open.close();
    const guarded = await startServer({ host: '0.0.0.0', port: 0, store, workers: 0, token: 't0ken' });
    await guarded.close();
    const { port } = new URL(server.url);
    await assert.rejects(
      startServer({ port: Number(port), store, workers: 0 }),
      (error: unknown) => error instanceof CorroborateError && /port is in use .*--port/.test(error.message),
    );
  });

  it('fetches private URLs only from the hosts allowed one by one', async () => {
    const pages: Server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ARTICLE));
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    const port = (pages.address() as AddressInfo).port;
    const allowed = await startTestServer({ allowPrivateHosts: ['localhost'] });
    try {
      const story = await allowed.store.createStory(null);
      const add = (url: string) =>
        fetch(`${allowed.url}/api/stories/${story.id}/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ url }),
        });
      assert.equal((await add(`http://localhost:${port}/a.txt`)).status, 201, 'the allowed host');
      const refused = await add(`http://127.0.0.1:${port}/b.txt`);
      assert.equal(refused.status, 422, 'another private host');
      assert.match(((await refused.json()) as { error: { message: string } }).error.message, /loopback address/);
    } finally {
      await allowed.close();
      pages.close();
    }
  });
});
