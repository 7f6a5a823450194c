// `ingest` (no --story), `story …` and `watch` on the PostgreSQL store (`--database URL`), as `serve` and `worker` use
// it: run as a user runs them, on real ECB+ articles, against a database of the test's own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readJsonLines } from '../../test/support/example-story.js';
import { createTestDatabase, findTestPostgres, type TestDatabase } from '../../test/support/postgres.js';
import { ECBPLUS } from '../../test/support/story-articles.js';
import { repoPath } from '../../test/fixtures/paths.js';
import { openDatabaseMode } from '../server/background-work.js';

interface Line {
  id: string;
  title: string;
  text: string;
  date: string | null;
  source: string | null;
  topic: number;
}

const BIN = repoPath('bin', 'corroborate.js');

function run(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, out, err })));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

it('--database refuses a URL that is not PostgreSQL and --data given with it, before touching anything', async () => {
  const sqlite = await run(['story', 'rename', '1', 'x', '--database', 'mysql://db/news']);
  assert.equal(sqlite.code, 64, sqlite.err);
  assert.match(sqlite.err, /postgres:\/\/ or postgresql:\/\/ URL/);
  const both = await run(['story', 'rename', '1', 'x', '--database', 'postgres://127.0.0.1:1/none', '--data', tmpdir()]);
  assert.equal(both.code, 64, both.err);
  assert.match(both.err, /--data DIR or --database URL, not both/);
  // --data on the command line wins over $CORROBORATE_DATABASE_URL: the (empty) SQLite store answers.
  const data = mkdtempSync(join(tmpdir(), 'corroborate-dbcmd-'));
  try {
    const local = await run(['story', 'rename', '1', 'x', '--data', data], { ...process.env, CORROBORATE_DATABASE_URL: 'postgres://127.0.0.1:1/none' });
    assert.equal(local.code, 66, local.err);
    assert.match(local.err, /no story with id 1/);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

const server = await findTestPostgres();
const hasData = existsSync(ECBPLUS);

if (server.url === undefined) {
  it('ingest, story and watch on PostgreSQL', { skip: server.skip }, () => {});
} else {
  describe('ingest, story and watch on PostgreSQL (--database)', { skip: !hasData && 'needs ../shared/data' }, () => {
    const lines = hasData ? readJsonLines<Line>(ECBPLUS).filter((line) => line.topic === 1 || line.topic === 3) : [];
    let database: TestDatabase;
    let dir: string;
    before(async () => {
      database = await createTestDatabase(server.url);
      dir = mkdtempSync(join(tmpdir(), 'corroborate-dbcmd-'));
    });
    after(async () => {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('ingest without --story places articles in automatic stories, story rename/merge edit them, watch stores feed items and queues re-briefs', async () => {
      // ingest: the first 30 articles of ECB+ topics 1 and 3 as JSON lines, the stream clusterer placing them.
      const file = join(dir, 'first.jsonl');
      writeFileSync(
        file,
        lines
          .slice(0, 30)
          .map((line) => JSON.stringify({ id: line.id, title: line.title, text: line.text, source: line.source }))
          .join('\n'),
      );
      const ingested = await run(['ingest', file, '--database', database.url, '-q']);
      assert.equal(ingested.code, 0, ingested.err);
      assert.match(ingested.out, /^30 added to \d+ stor(y|ies), 0 not \(store: postgres:\/\//m);
      // From $CORROBORATE_DATABASE_URL too, as serve and worker read it: all duplicates now.
      const again = await run(['ingest', file, '-q'], { ...process.env, CORROBORATE_DATABASE_URL: database.url });
      assert.equal(again.code, 0, again.err);
      assert.match(again.out, /^0 added to 0 stories, 30 not/m);

      const mode = await openDatabaseMode(database.url);
      try {
        const listed = await mode.store.listStories({ limit: 500 });
        assert.ok(listed.total >= 2, `two topics make at least two stories, got ${listed.total}`);
        assert.ok(listed.stories.every((story) => story.automatic));
        assert.equal(
          listed.stories.reduce((sum, story) => sum + story.articles, 0),
          30,
        );
        assert.equal((await mode.store.getStreamState()).version, 30);
        const [big, next] = [...listed.stories].sort((a, b) => b.articles - a.articles);

        // story rename / merge on the same database.
        const renamed = await run(['story', 'rename', String(big!.id), 'Topic one', '--database', database.url]);
        assert.equal(renamed.code, 0, renamed.err);
        assert.match(renamed.out, new RegExp(`^renamed story #${big!.id} "Topic one": ${big!.articles} articles`, 'm'));
        assert.equal((await mode.store.getStory(big!.id))?.title, 'Topic one');
        const merged = await run(['story', 'merge', String(big!.id), String(next!.id), '--database', database.url]);
        assert.equal(merged.code, 0, merged.err);
        assert.equal((await mode.store.getStory(big!.id))?.articles, big!.articles + next!.articles);
        assert.equal(await mode.store.getStory(next!.id), null);
        const missing = await run(['story', 'rename', '987654', 'Nothing', '--database', database.url]);
        assert.notEqual(missing.code, 0);
        assert.match(missing.err, /no story with id 987654/);

        // watch --once: a feed on loopback with ten more articles; stored, and the changed stories' re-briefs queued.
        const items = lines
          .slice(30, 40)
          .map(
            (line, i) =>
              `<item><guid>${escapeXml(line.id)}</guid><title>${escapeXml(line.title)}</title><pubDate>${new Date(Date.UTC(2008, 8, 2, i)).toUTCString()}</pubDate><description>${escapeXml(line.text)}</description></item>`,
          );
        const feed = createServer((_req, res) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title>${items.join('')}</channel></rss>`);
        });
        await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
        try {
          const url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/news.xml`;
          const watched = await run(['watch', url, '--database', database.url, '--once', '--host-interval', '0', '--allow-private-url', '127.0.0.1']);
          assert.equal(watched.code, 0, watched.err);
          assert.match(watched.out, /^1 polls, 10 articles added, 0 failed polls \(store: postgres:\/\//m);
        } finally {
          feed.closeAllConnections();
          await new Promise((resolve) => feed.close(resolve));
        }
        assert.equal((await mode.store.getStreamState()).version, 40);
        const after = await mode.store.listStories({ limit: 500 });
        assert.equal(
          after.stories.reduce((sum, story) => sum + story.articles, 0),
          40,
        );
        const jobs = await mode.queue.listJobs({ state: 'created', kind: 'rebrief-story', limit: 100 });
        const queued = new Set(jobs.map((job) => (job.data as { story: number }).story));
        assert.ok(queued.size >= 1, 'the watcher queued re-briefs for workers instead of briefing itself');
        for (const story of queued) assert.ok((await mode.store.getStory(story)) !== null, `story ${story} exists`);
        assert.equal(await mode.store.getBriefing([...queued][0]!), null, 'no briefing made by the watcher itself');
      } finally {
        await mode.close();
      }
    });
  });
}
