import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OUTPUT_FORMATS } from '../render/index.js';
import { ANALYZER_VERSION } from '../pipeline/index.js';
import { repoPath, sharedDataPath } from '../../test/fixtures/paths.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { startTestServer, type TestServer } from '../../test/support/test-server.js';
import { renderStoredBriefing } from './heavy-tasks.js';
import { briefArticles } from './pipeline.js';
import { PoolRunner } from './pool-runner.js';

const ecbplus = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');

describe('the worker-thread pool (embedded mode)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ workers: 1 });
  });
  after(async () => server.close());

  it('reads uploads, keeps analyses and briefs in a worker exactly as in-process', async () => {
    const story = (await (await fetch(`${server.url}/api/stories`, { method: 'POST' })).json()) as { id: number };
    const form = new FormData();
    const pages = repoPath('test', 'fixtures', 'baghdad-2007', 'html');
    for (const name of readdirSync(pages).sort()) form.append('files', new Blob([readFileSync(join(pages, name))], { type: 'text/html' }), name);
    const added = await fetch(`${server.url}/api/stories/${story.id}/articles`, { method: 'POST', body: form });
    assert.equal(added.status, 201);
    assert.equal(((await added.json()) as { added: unknown[] }).added.length, 3, 'three pages extracted in the worker');
    assert.equal((await server.store.getAnalyses(story.id, ANALYZER_VERSION)).size, 3, 'their analyses kept by the worker');
    const { articles } = (await server.store.readStory(story.id))!;
    const inline = briefArticles(articles);
    const served = await fetch(`${server.url}/api/stories/${story.id}/briefing`);
    assert.equal(served.headers.get('x-briefing-cache'), 'miss');
    assert.equal(await served.text(), OUTPUT_FORMATS.json.render(inline.briefing));
    const html = await (await fetch(`${server.url}/api/stories/${story.id}/briefing?format=html`)).text();
    const cached = (await server.store.getBriefing(story.id))!;
    assert.equal(html, renderStoredBriefing(cached, 'html'), 'rendered in the worker as in-process');
  });

  it('stops a running briefing when its signal aborts, and briefs again afterwards', { skip: !existsSync(ecbplus) && 'needs ../shared/data' }, async () => {
    const story = await server.store.createStory('big');
    const records = readJsonLines<{ title: string; text: string }>(ecbplus, 300);
    await server.store.addArticles(
      story.id,
      records.map((record) => ({
        title: record.title,
        outlet: null,
        url: null,
        published: null,
        byline: null,
        format: 'text',
        origin: 'test',
        text: record.text,
      })),
    );
    const pool = new PoolRunner({ dataDir: server.dir, threads: 1 });
    try {
      const controller = new AbortController();
      const running = pool.brief({ story: story.id }, controller.signal);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(pool.stats().running + pool.stats().queued, 1);
      controller.abort(new DOMException('the client has gone', 'AbortError'));
      await assert.rejects(running, (error: Error) => error.name === 'AbortError' && /client has gone/.test(error.message));
      assert.equal(await server.store.getBriefing(story.id), null, 'nothing cached by the stopped briefing');
      assert.equal(pool.stats().running, 0);
      const small = await pool.brief({ story: story.id, budget: { maxArticles: 20 } });
      assert.equal(JSON.parse(new TextDecoder().decode(small.json)).sources.length, 20, 'a new worker briefs');
    } finally {
      await pool.close();
    }
  });
});
