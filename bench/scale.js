#!/usr/bin/env node
// Scale-out benchmark: a stream of real articles (Multi-News+ test documents, ECB+ articles, UCI headlines; ids made
// unique) pushed through the job queue in PostgreSQL and run by 1, 2 and 4 worker processes, while one worker is killed
// with SIGKILL every few seconds (in the middle of a job) and restarted. Prints articles/s, the time from enqueue to a current briefing (p50,
// p99) and correctness counts: every article stored exactly once, in its one story, every briefing current, no job lost.
// Each article goes to the story its data set names (see assignStory in scale-stream.js: the clusterer replaces it).
//
// Usage: npm run bench:scale [-- --articles 20000] [--workers 1,2,4] [--kill-every 5] [--backlog 200]
//        [--database postgres://…  (a server where it may create databases; default $CORROBORATE_TEST_DATABASE_URL,
//         else a private cluster started with scripts/test-postgres.sh)]
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabaseMode } from '../dist/src/server/background-work.js';
import { connectPostgres, hashContent } from '../dist/src/store/index.js';
import { option } from './common.js';
import { assignStory, loadStream } from './scale-stream.js';

const ARTICLES = Number(option('articles', '20000'));
const WORKER_COUNTS = option('workers', '1,2,4').split(',').map(Number);
const KILL_EVERY_S = Number(option('kill-every', '5'));
const BACKLOG = Number(option('backlog', '200'));
const CHILD = fileURLToPath(new URL('../dist/src/jobs/worker-child.js', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../scripts/test-postgres.sh', import.meta.url));

// Queue settings of the run: the defaults, but a worker takes 2 articles at a time (a kill strands fewer) and retries
// wait 1 s. A killed worker's jobs come back through its lease (worker-leases.ts) within the 2 s reclaim period.
const QUEUE = {
  settings: {
    'ingest-article': { retryDelaySeconds: 1, batchSize: 2 },
    'rebrief-story': { retryDelaySeconds: 1 },
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : Number.NaN);
const TICKS = 100; // clock ticks a second in /proc/<pid>/stat (USER_HZ)

function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

function adminUrl() {
  const given = option('database', process.env.CORROBORATE_TEST_DATABASE_URL);
  if (given) return { url: given, stop: () => {} };
  const exports = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8' });
  const url = /CORROBORATE_TEST_DATABASE_URL=(\S+)/.exec(exports)[1];
  const dir = /CORROBORATE_TEST_PG_DIR=(\S+)/.exec(exports)[1];
  return { url, stop: () => execFileSync('bash', [SCRIPT, 'stop', dir]) };
}

/**
 * A pool of worker processes. `kill()` SIGKILLs the oldest worker that is inside a job and has finished one since it
 * started (so that each replacement gets to work before it is killed in turn), and starts another in its place.
 */
function workerPool(url, count) {
  let cpu = 0;
  let kills = 0;
  const spawnOne = () => {
    const child = spawn(process.execPath, [CHILD, url, JSON.stringify(QUEUE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const worker = { child, started: 0, finished: 0 };
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (line.startsWith('start ')) worker.started += 1;
        else if (!line.startsWith('ready ')) worker.finished += 1;
      }
    });
    child.stderr.on('data', () => {});
    return worker;
  };
  const workers = Array.from({ length: count }, spawnOne);
  return {
    /** Kills one worker in the middle of a job if one qualifies now; returns whether it did. */
    kill() {
      const index = workers.findIndex((w) => w.finished > 0 && w.started > w.finished);
      if (index < 0) return false;
      const [victim] = workers.splice(index, 1);
      cpu += cpuSeconds(victim.child.pid);
      victim.child.kill('SIGKILL');
      kills += 1;
      workers.push(spawnOne());
      return true;
    },
    async stop() {
      const exits = workers.map((w) => new Promise((resolve) => w.child.once('exit', resolve)));
      for (const w of workers) {
        cpu += cpuSeconds(w.child.pid);
        w.child.kill('SIGTERM');
      }
      await Promise.all(exits);
      return { cpu, kills };
    },
  };
}

async function waitingIngests(db) {
  const [row] = await db.query(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'ingest-article' AND state IN ('created', 'retry')`);
  return row.n;
}

async function isIdle(db) {
  const [row] = await db.query(`SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`);
  return row.n === 0;
}

async function runOnce(admin, stream, workers) {
  const name = `corroborate_bench_${workers}w_${randomBytes(4).toString('hex')}`;
  const server = await connectPostgres(admin, { maxConnections: 1 });
  await server.query(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(admin), { pathname: `/${name}` }).href;
  const mode = await openDatabaseMode(url, { queue: QUEUE });
  const db = mode.store.connection;
  const pool = workerPool(url, workers);
  const enqueuedAt = new Map();
  const started = Date.now();
  // Every KILL_EVERY_S seconds (counted from the last kill), the next worker caught inside a job is killed.
  let nextKill = started + KILL_EVERY_S * 1000;
  const killer =
    KILL_EVERY_S > 0
      ? setInterval(() => {
          if (Date.now() >= nextKill && pool.kill()) nextKill = Date.now() + KILL_EVERY_S * 1000;
        }, 20)
      : null;
  let next = 0;
  let lastReport = started;
  while (next < stream.length || !(await isIdle(db))) {
    if (next < stream.length) {
      const room = BACKLOG - (await waitingIngests(db));
      if (room > 0) {
        const chunk = stream.slice(next, next + room);
        const now = Date.now();
        await mode.queue.enqueueMany(
          'ingest-article',
          chunk.map((item) => ({ article: item.article, target: assignStory(item) })),
        );
        for (const item of chunk) enqueuedAt.set(item.uid, now);
        next += chunk.length;
      }
    }
    if (Date.now() - lastReport > 15_000) {
      lastReport = Date.now();
      process.stderr.write(`  ${workers} worker(s): ${next}/${stream.length} enqueued after ${((lastReport - started) / 1000).toFixed(0)} s\n`);
    }
    await sleep(50);
  }
  const seconds = (Date.now() - started) / 1000;
  if (killer) clearInterval(killer);
  const { cpu, kills } = await pool.stop();
  const result = await measure(mode, stream, enqueuedAt);
  await mode.close();
  await server.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await server.close();
  return { workers, seconds, cpu, kills, ...result };
}

async function measure(mode, stream, enqueuedAt) {
  const db = mode.store.connection;
  const rows = await db.query(`SELECT a.id, a.story, a.origin, s.title FROM articles a JOIN stories s ON s.id = a.story ORDER BY a.story, a.id`);
  // Articles with the same text in the same story are one article (deduplicated by content): one of them is stored.
  const groups = new Map();
  for (const item of stream) {
    const key = `${item.story}\u0000${hashContent(item.article.text)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const byOrigin = new Map();
  for (const row of rows) byOrigin.set(row.origin, [...(byOrigin.get(row.origin) ?? []), row]);
  let once = 0;
  let lost = 0;
  let duplicated = 0;
  let wrongStory = 0;
  for (const items of groups.values()) {
    const stored = items.flatMap((item) => byOrigin.get(item.uid) ?? []);
    if (stored.length === 0) lost += 1;
    else if (stored.length > 1) duplicated += 1;
    else once += 1;
    wrongStory += stored.filter((row) => row.title !== items[0].story).length;
  }
  // A story none of whose articles is usable (nothing left after cleaning) has no briefing: its re-brief fails for good
  // with no-usable-input, as `brief` would. Counted apart from stale briefings.
  const unbriefable = new Set(
    (
      await db.query(
        `SELECT DISTINCT (data->>'story')::bigint AS story FROM pgboss.job WHERE name = 'rebrief-story' AND state = 'failed' AND output->>'code' = 'no-usable-input'`,
      )
    ).map((row) => row.story),
  );
  const staleStories = await db.query(`SELECT s.id FROM stories s LEFT JOIN briefings b ON b.story = s.id AND b.version = s.version WHERE b.story IS NULL`);
  const stale = { n: staleStories.filter((row) => !unbriefable.has(row.id)).length };
  // Stories left without a briefing because none of their articles is usable (a re-brief that failed earlier, before a
  // usable article arrived, does not count: the story has a current briefing now).
  const unusable = staleStories.filter((row) => unbriefable.has(row.id)).length;
  const [stories] = await db.query(`SELECT count(*) AS n FROM stories`);
  const jobs = await db.query(
    `SELECT name, state, count(*) AS n, count(*) FILTER (WHERE retry_count > 0) AS retried FROM pgboss.job GROUP BY name, state ORDER BY name, state`,
  );
  const ingested = jobs.filter((j) => j.name === 'ingest-article').reduce((sum, j) => sum + j.n, 0);
  // Failed re-briefs of stories with no usable article are the data's doing, not the queue's.
  const [dataFailures] = await db.query(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = 'rebrief-story' AND state = 'failed' AND output->>'code' = 'no-usable-input'`,
  );
  const failed = jobs.filter((j) => j.state === 'failed').reduce((sum, j) => sum + j.n, 0) - dataFailures.n;
  const retried = jobs.reduce((sum, j) => sum + j.retried, 0);
  const briefings = await db.query(
    `SELECT (output->>'story')::bigint AS story, (output->>'articles')::int AS articles, completed_on
     FROM pgboss.job WHERE name = 'rebrief-story' AND state = 'completed' AND output->>'stored' = 'true'`,
  );
  // The time an article waited: from its enqueueing to the first stored briefing of its story that included it.
  const byStory = new Map();
  for (const b of briefings) byStory.set(b.story, [...(byStory.get(b.story) ?? []), b]);
  const latencies = [];
  let ordinal = 0;
  let story = null;
  for (const row of rows) {
    ordinal = row.story === story ? ordinal + 1 : 1;
    story = row.story;
    const covering = (byStory.get(row.story) ?? []).filter((b) => b.articles >= ordinal).map((b) => b.completed_on.getTime());
    if (covering.length > 0) latencies.push((Math.min(...covering) - enqueuedAt.get(row.origin)) / 1000);
  }
  latencies.sort((a, b) => a - b);
  return {
    articles: stream.length,
    distinct: groups.size,
    once,
    lost,
    duplicated,
    wrongStory,
    stories: stories.n,
    stale: stale.n,
    unbriefable: unusable,
    ingestJobs: ingested,
    briefingJobs: jobs.filter((j) => j.name === 'rebrief-story').reduce((sum, j) => sum + j.n, 0),
    failed,
    retried,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    measured: latencies.length,
  };
}

const { stream, empty, available } = loadStream(ARTICLES);
const counts = {};
for (const item of stream) counts[item.dataset] = (counts[item.dataset] ?? 0) + 1;
console.log(
  `bench/scale: ${stream.length} articles of ${available} (${Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')}; ${empty} empty documents left out); backlog ≤ ${BACKLOG} waiting; ` +
    `${KILL_EVERY_S > 0 ? `one worker SIGKILLed mid-job every ${KILL_EVERY_S} s and restarted` : 'no kills'}; load average ${loadavg()[0].toFixed(1)} on this machine`,
);
const admin = adminUrl();
try {
  const rows = [];
  for (const workers of WORKER_COUNTS) {
    const r = await runOnce(admin.url, stream, workers);
    rows.push(r);
    console.log(
      `${workers} worker(s): ${(r.articles / r.seconds).toFixed(1)} articles/s (${r.seconds.toFixed(0)} s wall, worker CPU ${(r.cpu / (r.articles / 1000)).toFixed(1)} s per 1,000 articles), ` +
        `enqueue → current briefing p50 ${r.p50.toFixed(2)} s, p99 ${r.p99.toFixed(2)} s (${r.measured} articles); ` +
        `${r.kills} kills; stored once ${r.once}/${r.distinct} distinct (lost ${r.lost}, duplicated ${r.duplicated}, wrong story ${r.wrongStory}); ` +
        `${r.stories} stories, ${r.stale} without a current briefing (and ${r.unbriefable} with no usable article); jobs: ${r.ingestJobs} ingest of ${r.articles} enqueued, ${r.briefingJobs} briefings, ` +
        `${r.failed} failed (besides those), ${r.retried} retried; load average ${loadavg()[0].toFixed(1)}`,
    );
  }
  console.log(
    '\n| workers | articles/s | wall s | worker CPU s / 1k articles | p50 s | p99 s | kills | stored once | lost | duplicated | stale briefings | failed jobs |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.workers} | ${(r.articles / r.seconds).toFixed(1)} | ${r.seconds.toFixed(0)} | ${(r.cpu / (r.articles / 1000)).toFixed(1)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.kills} | ${r.once}/${r.distinct} | ${r.lost} | ${r.duplicated} | ${r.stale} | ${r.failed} |`,
    );
  }
} finally {
  admin.stop();
}
