import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ANALYZER_VERSION } from '../pipeline/index.js';
import { OUTPUT_FORMATS } from '../render/index.js';
import { EXAMPLES_DIR, startTestServer, type TestServer } from '../../test/support/test-server.js';
import { readExampleArticles } from '../../test/contract/store-contract.js';
import { addAndAnalyzeArticles } from './add-articles.js';
import { loadBriefing } from './briefing-service.js';
import { briefArticles } from './pipeline.js';

const french = readFileSync(join(process.cwd(), 'test', 'fixtures', 'bad', 'non-english.txt'), 'utf8');

describe('kept per-article analyses', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server.close());

  it('an article added through the API is analyzed once and kept; the briefing reuses it and equals one from scratch', async () => {
    const story = (await (await fetch(`${server.url}/api/stories`, { method: 'POST' })).json()) as { id: number };
    const form = new FormData();
    for (const name of readdirSync(EXAMPLES_DIR)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      form.append('files', new Blob([readFileSync(join(EXAMPLES_DIR, name))], { type: 'text/plain' }), name);
    }
    assert.equal((await fetch(`${server.url}/api/stories/${story.id}/articles`, { method: 'POST', body: form })).status, 201);
    const kept = await server.store.getAnalyses(story.id, ANALYZER_VERSION);
    assert.equal(kept.size, 3);
    const { articles } = (await server.store.readStory(story.id))!;
    const reused = briefArticles(articles, kept);
    assert.deepEqual(reused.made, [], 'nothing is analyzed again');
    const served = await (await fetch(`${server.url}/api/stories/${story.id}/briefing`)).text();
    assert.equal(served, OUTPUT_FORMATS.json.render(briefArticles(articles).briefing), 'the served briefing is the one made from scratch');
    assert.equal(OUTPUT_FORMATS.json.render(reused.briefing), served);
  });

  it('re-briefing analyzes only the articles without a current analysis, and keeps those', async () => {
    const { store } = server;
    const story = await store.createStory('incremental');
    await addAndAnalyzeArticles(store, story.id, readExampleArticles().slice(0, 2));
    const [late] = await store.addArticles(story.id, [readExampleArticles()[2]!]);
    const [foreign] = await store.addArticles(story.id, [{ ...readExampleArticles()[0]!, text: french, origin: 'fr.txt' }]);
    await store.putAnalyses([
      { article: foreign!.article.id, analyzer: 'an older analyzer', analysis: (await store.getAnalyses(story.id, ANALYZER_VERSION)).values().next().value! },
    ]);
    assert.equal((await store.getAnalyses(story.id, ANALYZER_VERSION)).size, 2);
    const snapshot = (await store.readStory(story.id))!;
    const made = briefArticles(snapshot.articles, await store.getAnalyses(story.id, ANALYZER_VERSION)).made.map((m) => m.article);
    assert.deepEqual(made, [late!.article.id, foreign!.article.id]);
    const loaded = await loadBriefing(store, story.id);
    assert.equal(new TextDecoder().decode(loaded.json), OUTPUT_FORMATS.json.render(briefArticles(snapshot.articles).briefing));
    assert.equal((await store.getAnalyses(story.id, ANALYZER_VERSION)).size, 4, 'the briefing kept what it made');
  });

  it('a kept analysis that does not fit its article (made from other text) is remade, and the briefing is unchanged', async () => {
    const { store } = server;
    const story = await store.createStory('misfit');
    const [a, b] = (await addAndAnalyzeArticles(store, story.id, readExampleArticles().slice(0, 2))).map((result) => result.article.id);
    const kept = await store.getAnalyses(story.id, ANALYZER_VERSION);
    await store.putAnalyses([{ article: a!, analyzer: ANALYZER_VERSION, analysis: kept.get(b!)! }]);
    const { articles } = (await store.readStory(story.id))!;
    const result = briefArticles(articles, await store.getAnalyses(story.id, ANALYZER_VERSION));
    assert.deepEqual(
      result.made.map((m) => m.article),
      [a],
    );
    assert.equal(JSON.stringify(result.briefing), JSON.stringify(briefArticles(articles).briefing));
  });
});
