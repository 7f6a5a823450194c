// Failure paths of the workers, with real worker processes: killed with SIGKILL in the middle of a job, and the database
// server restarted under a running worker. Real articles (ECB+, gold stories as story names).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { repoPath, sharedDataPath } from '../../test/fixtures/paths.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { createTestDatabase, findTestPostgres } from '../../test/support/postgres.js';
import { FAST_QUEUE, queueIsIdle, spawnWorker, waitFor, type WorkerChild } from '../../test/support/workers.js';
import { openDatabaseMode, type DatabaseMode } from '../server/background-work.js';
import { toQueuedArticle } from './handlers.js';
import type { QueuedArticle } from './job-kinds.js';

const ECBPLUS = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');
const server = await findTestPostgres();
const skip = server.skip ?? (existsSync(ECBPLUS) ? undefined : '../shared/data (ECB+) not available');

interface EcbRecord {
  id: string;
  story: string;
  title: string;
  text: string;
  url: string | null;
  source: string | null;
}

/** `count` ECB+ articles from the first stories, each with the name of its gold story. */
function ecbArticles(count: number): { article: QueuedArticle; story: string }[] {
  return readJsonLines<EcbRecord>(ECBPLUS, count).map((record) => ({
    story: `ECB+ ${record.story}`,
    article: toQueuedArticle({
      title: record.title,
      outlet: record.source,
      url: record.url,
      published: null,
      byline: null,
      format: 'text',
      origin: `ecbplus:${record.id}`,
      text: record.text,
    }),
  }));
}

/** Every article stored once in its own story, every job done, every briefing current. */
async function checkEverythingOnce(mode: DatabaseMode, items: readonly { article: QueuedArticle; story: string }[]): Promise<void> {
  const rows = await mode.store.connection.query<{ origin: string; title: string; n: number }>(
    `SELECT a.origin, s.title, count(*) OVER (PARTITION BY a.origin) AS n FROM articles a JOIN stories s ON s.id = a.story`,
  );
  const expected = new Map(items.map(({ article, story }) => [article.origin, story]));
  assert.equal(rows.length, expected.size, 'as many stored articles as distinct articles queued');
  for (const row of rows) {
    assert.equal(row.n, 1, `${row.origin} stored once`);
    assert.equal(row.title, expected.get(row.origin), `${row.origin} in its story`);
  }
  const counts = await mode.queue.countJobs();
  assert.equal(counts['ingest-article']?.completed, items.length, 'every ingest job completed');
  assert.deepEqual(
    Object.values(counts).map((states) => states.failed ?? 0),
    Object.values(counts).map(() => 0),
    'no job failed',
  );
  const stale = await mode.store.connection.query(
    `SELECT s.id FROM stories s LEFT JOIN briefings b ON b.story = s.id AND b.version = s.version WHERE b.story IS NULL`,
  );
  assert.deepEqual(stale, [], 'every story has a current briefing');
}

async function enqueueAll(mode: DatabaseMode, items: readonly { article: QueuedArticle; story: string }[]): Promise<void> {
  await mode.queue.enqueueMany(
    'ingest-article',
    items.map(({ article, story }) => ({ article, target: { storyTitle: story } })),
  );
}

/** Waits until the worker is inside a job (started one it has not finished), then kills it with SIGKILL. */
async function killMidJob(worker: WorkerChild, afterJobs: number): Promise<string> {
  await waitFor(
    `worker to be inside its job #${afterJobs}`,
    () => worker.started.length >= afterJobs && worker.started.length > worker.finished.length,
    60_000,
    2,
  );
  const inFlight = worker.started[worker.started.length - 1]!;
  worker.process.kill('SIGKILL');
  await worker.exited;
  return inFlight.split(' ')[1]!;
}

// Jobs that would only come back after 10 minutes by expiry: a killed worker's jobs return through its free lease.
const LEASED_QUEUE = {
  ...FAST_QUEUE,
  settings: {
    ...FAST_QUEUE.settings,
    'ingest-article': { ...FAST_QUEUE.settings?.['ingest-article'], expireSeconds: 600 },
    'rebrief-story': { ...FAST_QUEUE.settings?.['rebrief-story'], expireSeconds: 600 },
  },
};

describe('worker failures', { skip, timeout: 240_000 }, () => {
  it('a worker killed with SIGKILL in the middle of a job leaves no duplicate and no lost article', async () => {
    const database = await createTestDatabase(server.url!);
    const mode = await openDatabaseMode(database.url, { queue: LEASED_QUEUE });
    const workers: WorkerChild[] = [];
    try {
      const items = ecbArticles(90);
      await enqueueAll(mode, items);
      const first = spawnWorker(database.url, LEASED_QUEUE);
      workers.push(first);
      const killedFirst = await killMidJob(first, 15);
      const second = spawnWorker(database.url, LEASED_QUEUE);
      const third = spawnWorker(database.url, LEASED_QUEUE);
      workers.push(second, third);
      const killedSecond = await killMidJob(second, 10);
      workers.push(spawnWorker(database.url, LEASED_QUEUE));
      await waitFor('the queue to drain', () => queueIsIdle(mode.queue), 180_000, 250);
      await checkEverythingOnce(mode, items);
      for (const killed of [killedFirst, killedSecond]) {
        const job = await mode.queue.getJob(killed);
        assert.equal(job?.state, 'completed', `the job held by a killed worker (${killed}) was run again and completed`);
        assert.ok((job?.retryCount ?? 0) >= 1, 'it was run again');
        assert.ok((job?.retryLimit ?? 0) > 8, "handed back through its dead worker's lease, the attempt not counted against its retries");
      }
    } finally {
      for (const worker of workers) worker.process.kill('SIGKILL');
      await Promise.all(workers.map((worker) => worker.exited));
      await mode.close();
      await database.drop();
    }
  });

  it('a worker killed while it takes jobs leaves each one waiting or under its lease, none active without one', async () => {
    const database = await createTestDatabase(server.url!);
    const mode = await openDatabaseMode(database.url, { queue: LEASED_QUEUE });
    const db = mode.store.connection;
    const blocker = await db.openSession();
    const workers = [spawnWorker(database.url, LEASED_QUEUE)];
    try {
      await workers[0]!.ready;
      // The lease table held by another transaction stops the worker right after its take, before its lease is written.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE worker_leases IN ACCESS EXCLUSIVE MODE');
      const items = ecbArticles(6);
      await enqueueAll(mode, items);
      const waiting = async () =>
        db.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO worker_leases%'`,
        );
      await waitFor('the worker to take jobs and wait to record its lease', async () => (await waiting()).length > 0, 60_000, 20);
      const [{ pid }] = (await waiting()) as [{ pid: number }];
      workers[0]!.process.kill('SIGKILL');
      await workers[0]!.exited;
      // What the server does once it notices the client is gone: the statement it was running ends, its work undone.
      await db.query('SELECT pg_terminate_backend($1)', [pid]);
      await blocker.query('ROLLBACK');
      const orphans = await db.query(`SELECT j.id FROM pgboss.job j LEFT JOIN worker_leases l ON l.job = j.id WHERE j.state = 'active' AND l.job IS NULL`);
      assert.deepEqual(orphans, [], 'no job left active without a lease (it would return only when it expires, in 600 s)');
      workers.push(spawnWorker(database.url, LEASED_QUEUE));
      await waitFor('the queue to drain', () => queueIsIdle(mode.queue), 120_000, 250);
      await checkEverythingOnce(mode, items);
    } finally {
      blocker.release();
      for (const worker of workers) worker.process.kill('SIGKILL');
      await Promise.all(workers.map((worker) => worker.exited));
      await mode.close();
      await database.drop();
    }
  });

  describe('the database server restarted under a running worker', () => {
    // A cluster of this test's own (scripts/test-postgres.sh), so that restarting it disturbs no other test.
    let cluster: { url: string; dir: string; restart: () => void } | null = null;
    let why: string | undefined;
    before(() => {
      try {
        const exports = execFileSync('bash', [repoPath('scripts', 'test-postgres.sh'), 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        const value = (name: string) => new RegExp(`export ${name}=(\\S+)`).exec(exports)?.[1] ?? '';
        const dir = value('CORROBORATE_TEST_PG_DIR');
        cluster = {
          url: value('CORROBORATE_TEST_DATABASE_URL'),
          dir,
          restart: () => execFileSync('bash', [repoPath('scripts', 'test-postgres.sh'), 'restart', dir], { stdio: 'ignore' }),
        };
      } catch (error) {
        why = `no private PostgreSQL cluster could be started (scripts/test-postgres.sh: ${(error as Error).message.split('\n')[0]})`;
        if (process.env.CORROBORATE_REQUIRE_POSTGRES === '1') throw new Error(why);
      }
    });
    after(() => {
      if (cluster) execFileSync('bash', [repoPath('scripts', 'test-postgres.sh'), 'stop', cluster.dir], { stdio: 'ignore' });
    });

    it('the worker reconnects and finishes every job, queued before and after the restart', async (t) => {
      if (!cluster) return t.skip(why);
      const database = await createTestDatabase(cluster.url);
      const mode = await openDatabaseMode(database.url, { queue: FAST_QUEUE });
      const worker = spawnWorker(database.url);
      try {
        const items = ecbArticles(60);
        await enqueueAll(mode, items.slice(0, 40));
        await waitFor('some jobs done before the restart', () => worker.finished.length >= 8, 60_000, 20);
        cluster.restart();
        await enqueueAll(mode, items.slice(40));
        await waitFor('the queue to drain after the restart', () => queueIsIdle(mode.queue), 120_000, 250).catch(async (error: Error) => {
          const jobs = await mode.queue.countJobs().catch((e: Error) => e.message);
          throw new Error(`${error.message}; jobs ${JSON.stringify(jobs)}; worker said: ${worker.stderr().slice(-2000)}`);
        });
        assert.equal(worker.process.exitCode, null, 'the worker kept running');
        await checkEverythingOnce(mode, items);
        const afterRestart = worker.finished.filter((line) => line.startsWith('completed ingest-article'));
        assert.ok(afterRestart.length >= 40, 'the same worker process completed the jobs queued after the restart');
      } finally {
        worker.process.kill('SIGKILL');
        await worker.exited;
        await mode.close();
        await database.drop();
      }
    });
  });
});
