import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readJsonLines } from '../../test/support/example-story.js';
import { ECBPLUS } from '../../test/support/story-articles.js';
import { repoPath } from '../../test/fixtures/paths.js';
import { fetchChanged, fetchUrl } from '../ingest/fetch-url.js';
import { FeedWatcher } from '../server/feed-watcher.js';
import { openPostgresStore, openSqliteStore, type Store } from '../store/index.js';
import { createTestDatabase, findTestPostgres } from '../../test/support/postgres.js';
import { expandFeeds } from './watch-command.js';

const needsData = { skip: !existsSync(ECBPLUS) && 'needs ../shared/data' };
// The restart test runs on PostgreSQL too when a test server is given (CORROBORATE_TEST_DATABASE_URL), else says why it skips.
const postgres = await findTestPostgres();

interface Line {
  id: string;
  title: string;
  text: string;
  source: string | null;
  topic: number;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Item {
  guid: string;
  title: string;
  text: string;
  date: string | null;
  link?: string;
}

function rss(items: readonly Item[]): string {
  const body = items
    .map(
      (item) =>
        `<item><guid>${escapeXml(item.guid)}</guid><title>${escapeXml(item.title)}</title>${item.link ? `<link>${escapeXml(item.link)}</link>` : ''}` +
        `${item.date ? `<pubDate>${item.date}</pubDate>` : ''}<description>${escapeXml(item.text)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>${body}</channel></rss>`;
}

/** A feed server on loopback: a feed that publishes items as the test says, with ETags and 304s, and bad feeds. */
class FeedServer {
  published: Item[] = [];
  requests: { path: string; conditional: boolean; status: number }[] = [];
  pages = new Map<string, string>();
  bigItems = 0;
  #server = createServer((req, res) => void this.#answer(req, res));
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  async #answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const send = (status: number, body: string, type = 'application/rss+xml', headers: Record<string, string> = {}) => {
      this.requests.push({ path, conditional: req.headers['if-none-match'] !== undefined, status });
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (path === '/news.xml') {
      const etag = `"n${this.published.length}"`;
      if (req.headers['if-none-match'] === etag) return send(304, '');
      return send(200, rss(this.published), 'application/rss+xml', { etag });
    }
    if (path === '/malformed.xml') return send(200, '<rss><channel><item><title>Broken</ti');
    if (path === '/error.xml') return send(500, 'internal error', 'text/plain');
    if (path === '/slow.xml') {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      if (!res.destroyed) send(200, rss([]));
      return;
    }
    if (path === '/big.json') {
      const items = Array.from({ length: this.bigItems }, (_, i) => ({
        id: `big-${i}`,
        title: `Bulletin ${i}`,
        content_text: `Bulletin number ${i}: the county council published routine notice ${i} about road works on street ${i % 97}.`,
      }));
      return send(200, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big Feed', items }), 'application/feed+json');
    }
    const page = this.pages.get(path);
    if (page) return send(200, page, 'text/html; charset=utf-8');
    send(404, 'not found', 'text/plain');
  }
}

// Generous for a loaded machine; the slow feed is polled with a short timeout of its own.
const GUARD = { allowHosts: ['127.0.0.1'], timeoutMs: 15_000 };
const lines = existsSync(ECBPLUS) ? readJsonLines<Line>(ECBPLUS).filter((line) => line.topic === 1) : [];
const itemOf = (line: Line, hour: number): Item => ({
  guid: line.id,
  title: line.title,
  text: line.text,
  date: new Date(Date.UTC(2008, 8, 1, hour)).toUTCString(),
});

describe('corroborate watch against a feed server on loopback', needsData, () => {
  const feeds = new FeedServer();
  let dir: string;
  before(async () => {
    await feeds.start();
    dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));
  });
  after(async () => {
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores items as they are published, answers to 304s, fetches teaser pages, and reports bad feeds and items while the rest goes on', async () => {
    const store = openSqliteStore(join(dir, 'a'));
    const logged: string[] = [];
    const watcher = new FeedWatcher(
      store,
      (url, validators) => fetchChanged(url, { ...GUARD, validators }),
      (url) => fetchUrl(url, GUARD),
      {
        hostIntervalMs: 0,
        maxItems: 300,
        brief: false,
        log: (line) => logged.push(line),
      },
    );
    const news = `${feeds.url}/news.xml`;
    const signal = new AbortController().signal;
    feeds.published = lines.slice(0, 5).map((line, i) => itemOf(line, i));
    const first = await watcher.poll(news, signal);
    assert.deepEqual([first.status, first.added], ['new', 5]);
    const second = await watcher.poll(news, signal);
    assert.equal(second.status, 'not-modified');
    assert.ok(
      feeds.requests.some((r) => r.path === '/news.xml' && r.conditional && r.status === 304),
      'a conditional request answered 304',
    );
    // More items, with a copy of an earlier one under another guid, one without text, one without date, one teaser.
    feeds.pages.set(
      '/page/full.html',
      `<html><head><title>${escapeXml(lines[6]!.title)}</title></head><body><article><h1>${escapeXml(lines[6]!.title)}</h1>${lines[6]!.text
        .split('\n')
        .map((p) => `<p>${escapeXml(p)}</p>`)
        .join('')}</article></body></html>`,
    );
    feeds.published = [
      ...feeds.published,
      itemOf(lines[5]!, 6),
      { ...itemOf(lines[0]!, 7), guid: 'copy-of-first' },
      { guid: 'empty', title: 'Nothing here', text: '', date: null },
      { ...itemOf(lines[7]!, 8), date: null },
      { guid: 'teaser', title: lines[6]!.title, text: lines[6]!.text.slice(0, 120), date: null, link: `${feeds.url}/page/full.html` },
    ];
    const third = await watcher.poll(news, signal);
    assert.equal(third.status, 'new');
    assert.equal(third.added, 3, JSON.stringify(third));
    assert.equal(third.duplicates, 5 + 1, 'five items seen before (by key), one copy (by content)');
    const codes = third.diagnostics.map((d) => d.code);
    assert.ok(
      codes.some((code) => /^empty-/.test(code)),
      `${codes}`,
    );
    assert.ok(codes.includes('undated-article'), `${codes}`);
    const teaser = (await store.listStories({ limit: 500 })).stories.length;
    assert.ok(teaser >= 1);
    const stored = await Promise.all((await store.listStories({ limit: 500 })).stories.map((s) => store.listArticles(s.id)));
    const page = stored.flat().find((a) => a.title === lines[6]!.title);
    assert.ok(page && page.chars > 120, 'the teaser was replaced by its page');

    // Bad feeds: each reported and backed off, none stops the others.
    const impatient = new FeedWatcher(
      store,
      (url, validators) => fetchChanged(url, { ...GUARD, timeoutMs: 1000, validators }),
      (url) => fetchUrl(url, GUARD),
      {
        hostIntervalMs: 0,
        brief: false,
      },
    );
    for (const bad of ['/malformed.xml', '/error.xml', '/slow.xml', '/missing.xml']) {
      const report = await (bad === '/slow.xml' ? impatient : watcher).poll(`${feeds.url}${bad}`, signal);
      assert.equal(report.status, 'failed', bad);
      assert.ok(report.diagnostics[0]!.message.length > 10, bad);
      const state = JSON.parse((await store.getFeedState(`${feeds.url}${bad}`))!);
      assert.equal(state.failures, 1);
    }
    const again = await watcher.poll(`${feeds.url}/error.xml`, signal);
    assert.equal(again.status, 'failed');
    const backoff = JSON.parse((await store.getFeedState(`${feeds.url}/error.xml`))!);
    assert.equal(backoff.failures, 2);
    assert.ok(backoff.next - Date.now() > 30 * 60_000, 'the second failure waits four times the interval');

    // 10,000 items: read 300 a poll, said so, the validators not kept so that the next poll reads on.
    feeds.bigItems = 10_000;
    const big = await watcher.poll(`${feeds.url}/big.json`, signal);
    assert.equal(big.added, 300);
    assert.ok(big.diagnostics.some((d) => d.code === 'feed-cut'));
    const more = await watcher.poll(`${feeds.url}/big.json`, signal);
    assert.equal(more.added, 300);
    assert.equal(more.duplicates, 300);
    await store.close();
  });

  /**
   * Starts `corroborate watch` on the news feed with this store, kills it (SIGKILL) while it stores the second poll's
   * items, publishes more and runs it again once: every published item must be stored once and seen once by the
   * clusterer.
   */
  async function killAndRestart(storeArgs: readonly string[], openStore: () => Promise<Store>): Promise<void> {
    const news = `${feeds.url}/news.xml`;
    const polled = () => feeds.requests.filter((r) => r.path === '/news.xml' && r.status === 200).length;
    const before = polled();
    feeds.published = lines.slice(0, 4).map((line, i) => itemOf(line, i));
    const bin = repoPath('bin', 'corroborate.js');
    const args = ['watch', news, ...storeArgs, '--every', '200ms', '--host-interval', '0', '--allow-private-url', '127.0.0.1', '--no-brief'];
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const waitFor = async (what: string, check: () => boolean) => {
      const start = Date.now();
      while (!check()) {
        if (Date.now() - start > 60_000) throw new Error(`timed out waiting for ${what}; stderr: ${err.slice(-2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await waitFor('the first items', () => /4 new/.test(err));
    // Publish more while it runs, then kill it at once (no clean shutdown) while it is storing them.
    feeds.published = lines.slice(0, 14).map((line, i) => itemOf(line, i));
    await waitFor('the next poll to start storing', () => polled() >= before + 2);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    feeds.published = lines.slice(0, 20).map((line, i) => itemOf(line, i));
    const rerun = spawn(process.execPath, [bin, ...args, '--once'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    rerun.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    rerun.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise((resolve) => rerun.once('exit', resolve));
    assert.equal(code, 0, out);
    const store = await openStore();
    try {
      const stories = (await store.listStories({ limit: 500 })).stories;
      const articles = (await Promise.all(stories.map((s) => store.listArticles(s.id)))).flat();
      assert.equal(articles.length, 20, 'every published item once');
      assert.equal(new Set(articles.map((a) => a.hash)).size, 20);
      assert.equal((await store.getStreamState()).version, 20, 'the clusterer saw each item once');
    } finally {
      await store.close();
    }
  }

  it('killed in the middle and restarted: every item stored once, each in a story', async () => {
    const data = join(dir, 'b');
    await killAndRestart(['--data', data], async () => openSqliteStore(data));
  });

  it('killed in the middle and restarted on PostgreSQL (--database): every item stored once, each in a story', { skip: postgres.skip }, async () => {
    const database = await createTestDatabase(postgres.url!);
    try {
      await killAndRestart(['--database', database.url], () => openPostgresStore(database.url));
    } finally {
      await database.drop();
    }
  });

  it('reads feed URLs from OPML files', async () => {
    const opml = join(dir, 'feeds.opml');
    writeFileSync(
      opml,
      '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss?x=1&amp;y=2"/><outline text="B"><outline xmlUrl=\'http://b.example/atom\'/></outline></body></opml>',
    );
    assert.deepEqual(await expandFeeds([opml, 'https://c.example/feed.json', 'https://c.example/feed.json']), [
      'https://a.example/rss?x=1&y=2',
      'http://b.example/atom',
      'https://c.example/feed.json',
    ]);
    await assert.rejects(expandFeeds([join(dir, 'none.opml')]), /not a feed URL/);
  });
});
