import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { readExampleArticles } from '../../test/contract/store-contract.js';
import { createTestDatabase, findTestPostgres } from '../../test/support/postgres.js';
import { FAST_QUEUE, queueIsIdle, waitFor } from '../../test/support/workers.js';
import { fetchUrl } from '../ingest/fetch-url.js';
import { ANALYZER_VERSION } from '../pipeline/index.js';
import { createApp } from '../server/app.js';
import { createQueuedWork, openDatabaseMode, type DatabaseMode } from '../server/background-work.js';
import { toQueuedArticle } from './handlers.js';
import { startWorker } from './worker.js';

const server = await findTestPostgres();

/** Runs `check` against a fresh database in database mode (store + queue), then drops it. */
async function withDatabase(check: (mode: DatabaseMode, url: string) => Promise<void>, options = FAST_QUEUE): Promise<void> {
  const database = await createTestDatabase(server.url!);
  const mode = await openDatabaseMode(database.url, { queue: options });
  try {
    await check(mode, database.url);
  } finally {
    await mode.close();
    await database.drop();
  }
}

const noFetch = async (): Promise<never> => Promise.reject(new Error('no fetching in this test'));

describe('jobs on PostgreSQL', { skip: server.skip }, () => {
  it('ingests articles into a named story and makes one briefing of a burst, with every analysis kept', (t) =>
    withDatabase(
      async ({ store, queue }) => {
        const examples = readExampleArticles();
        for (const article of examples) await queue.enqueue('ingest-article', { article: toQueuedArticle(article), target: { storyTitle: 'US–Iran talks' } });
        const worker = startWorker({ store, queue, fetchInput: noFetch }, { pollMs: 100 });
        t.after(() => worker.stop());
        await waitFor('the queue to drain', () => queueIsIdle(queue), 60_000);
        const { stories } = await store.listStories();
        assert.equal(stories.length, 1);
        const story = stories[0]!;
        assert.deepEqual([story.title, story.articles, story.version], ['US–Iran talks', 3, 3]);
        assert.equal((await store.getBriefing(story.id))?.version, 3, 'the briefing is current');
        assert.equal((await store.getAnalyses(story.id, ANALYZER_VERSION)).size, 3, 'every article keeps its analysis');
        const briefings = await queue.listJobs({ state: 'completed', kind: 'rebrief-story' });
        assert.equal(briefings.length, 1, 'three articles queued together make one briefing');
        // The same articles again: duplicates, the version stays, the briefing stays current.
        for (const article of examples) await queue.enqueue('ingest-article', { article: toQueuedArticle(article), target: { storyTitle: 'US–Iran talks' } });
        await waitFor('the queue to drain again', () => queueIsIdle(queue), 60_000);
        assert.equal((await store.getStory(story.id))?.version, 3);
        assert.equal((await store.getBriefing(story.id))?.version, 3);
        await worker.stop();
        assert.equal(worker.counts.failed + worker.counts.retrying, 0);
      },
      // No expiry during the test: on a loaded machine a slow first ingest (models loading) would expire and run twice.
      {
        ...FAST_QUEUE,
        settings: {
          ...FAST_QUEUE.settings,
          'ingest-article': { ...FAST_QUEUE.settings?.['ingest-article'], expireSeconds: 600 },
          'rebrief-story': { ...FAST_QUEUE.settings?.['rebrief-story'], expireSeconds: 600, delaySeconds: 1 },
        },
      },
    ));

  it('coalesces re-briefs per story, also after another process opened the queue with other settings', () =>
    withDatabase(async ({ queue }, url) => {
      const other = await openDatabaseMode(url);
      try {
        const first = await other.queue.enqueue('rebrief-story', { story: 7 }, { key: 'story-7' });
        assert.ok(first);
        assert.equal(await queue.enqueue('rebrief-story', { story: 7 }, { key: 'story-7' }), null, 'a second waiting re-brief of story 7 is dropped');
        assert.ok(await queue.enqueue('rebrief-story', { story: 8 }, { key: 'story-8' }), 'another story queues its own');
      } finally {
        await other.close();
      }
    }));

  it('never hands one job to two workers: concurrent takers on separate connections split the jobs', () =>
    withDatabase(async ({ queue }, url) => {
      const other = await openDatabaseMode(url, { queue: FAST_QUEUE });
      try {
        const article = toQueuedArticle(readExampleArticles()[0]!);
        await queue.enqueueMany(
          'ingest-article',
          Array.from({ length: 300 }, (_, i) => ({ article: { ...article, url: `https://example.com/${i}` }, target: { story: 1 } })),
        );
        const takenBy: string[][] = [[], [], [], []];
        const takers = [queue, other.queue, queue, other.queue];
        await Promise.all(
          takers.map(async (taker, i) => {
            for (;;) {
              const jobs = await taker.take('ingest-article', 7);
              if (jobs.length === 0) return;
              takenBy[i]!.push(...jobs.map((job) => job.id));
              for (const job of jobs) await taker.complete(job, { by: i });
            }
          }),
        );
        const all = takenBy.flat();
        assert.equal(all.length, 300, 'every job taken');
        assert.equal(new Set(all).size, 300, 'no job taken twice');
        assert.ok(takenBy.filter((ids) => ids.length > 0).length >= 2, 'the takers shared the work');
        // One waiting job, twenty takers at once: exactly one of them gets it.
        for (let round = 0; round < 5; round += 1) {
          await queue.enqueue('ingest-article', { article, target: { story: 1 } });
          const got = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? other.queue : queue).take('ingest-article', 1)));
          assert.equal(got.flat().length, 1, `round ${round}: one taker got the job`);
        }
      } finally {
        await other.close();
      }
    }));

  it('ends a job that always fails in the failed state, after its retries, with its error visible through the API', () =>
    withDatabase(async ({ store, queue }) => {
      const broken = createServer((_request, response) => response.writeHead(500).end('down'));
      await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/story.html`;
      const { app } = createApp({ store, background: createQueuedWork(store, queue) });
      const worker = startWorker({ store, queue, fetchInput: (target) => fetchUrl(target, { allowPrivate: true, timeoutMs: 5000 }) }, { pollMs: 100 });
      try {
        const story = await store.createStory('broken source');
        const added = await app.request(`/api/stories/${story.id}/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', host: 'localhost' },
          body: JSON.stringify({ url }),
        });
        assert.equal(added.status, 202, 'the URL is queued, not fetched in the request');
        const { queued } = (await added.json()) as { queued: { job: string; link: string }[] };
        const link = queued[0]!.link;
        await waitFor('the job to fail for good', async () => (await queue.getJob(queued[0]!.job))?.state === 'failed', 60_000, 200);
        const job = (await (await app.request(link, { headers: { host: 'localhost' } })).json()) as Record<string, unknown>;
        assert.equal(job.state, 'failed');
        assert.equal(job.kind, 'fetch-url');
        assert.equal(job.retryCount, 2, 'it was retried twice before giving up');
        assert.match(String((job.output as { message: string }).message), /500/);
        const failed = (await (await app.request('/api/jobs?state=failed', { headers: { host: 'localhost' } })).json()) as { jobs: { id: string }[] };
        assert.deepEqual(
          failed.jobs.map((j) => j.id),
          [queued[0]!.job],
        );
        assert.equal((await store.getStory(story.id))?.articles, 0, 'nothing was stored');
      } finally {
        await worker.stop();
        await new Promise((resolve) => broken.close(resolve));
      }
    }));

  it('answers 202 while a briefing is pending, then serves the cached one', () =>
    withDatabase(async ({ store, queue }) => {
      const { app } = createApp({ store, background: createQueuedWork(store, queue) });
      const story = await store.createStory('pending');
      const post = await app.request(`/api/stories/${story.id}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'localhost' },
        body: JSON.stringify(readExampleArticles().map(({ title, text }) => ({ title, text }))),
      });
      assert.equal(post.status, 201);
      const pending = await app.request(`/api/stories/${story.id}/briefing`, { headers: { host: 'localhost' } });
      assert.equal(pending.status, 202);
      assert.equal(pending.headers.get('location'), `/api/stories/${story.id}/briefing`);
      assert.equal(((await pending.json()) as { status: string }).status, 'pending');
      const page = await (await app.request(`/stories/${story.id}`, { headers: { host: 'localhost' } })).text();
      assert.match(page, /A worker is making the briefing/, 'the story page says the briefing is on its way');
      const worker = startWorker({ store, queue, fetchInput: noFetch }, { pollMs: 100 });
      try {
        await waitFor('the queue to drain', () => queueIsIdle(queue), 60_000);
      } finally {
        await worker.stop();
      }
      const ready = await app.request(`/api/stories/${story.id}/briefing`, { headers: { host: 'localhost' } });
      assert.equal(ready.status, 200);
      assert.equal(ready.headers.get('x-briefing-cache'), 'hit');
      assert.equal(((await ready.json()) as { sources: unknown[] }).sources.length, 3);
    }));
});
