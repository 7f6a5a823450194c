// The behaviour every Store implementation must have: one suite, run by each implementation's own test file with a
// factory that opens a fresh, empty store (see src/store/sqlite-store.test.ts).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CorroborateError } from '../../src/model/index.js';
import { ingestRecords } from '../../src/ingest/index.js';
import { analyzeArticle } from '../../src/pipeline/index.js';
import type { NewArticle, Store } from '../../src/store/index.js';
import { EXAMPLES_DIR } from '../fixtures/paths.js';

/** Opens a fresh, empty store; `now` is the clock the store must stamp with. */
export type OpenTestStore = (now: () => Date) => Promise<{ store: Store; cleanup: () => Promise<void> }>;

export { EXAMPLES_DIR };

/** The example story's three articles, as the ingest stage would hand them over (title line split off). */
export function readExampleArticles(): NewArticle[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const body = readFileSync(join(EXAMPLES_DIR, name), 'utf8');
      return article(body, { origin: name, title: name.replace(/\.txt$/, '').replace(/-/g, ' ') });
    });
}

function article(text: string, extra: Partial<NewArticle> = {}): NewArticle {
  return { title: null, outlet: null, url: null, published: null, byline: null, format: 'text', origin: 'test', text, ...extra };
}

/** The behaviour every Store implementation must have; run it against each one. */
export function runStoreContract(name: string, open: OpenTestStore): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let tick = Date.parse('2024-01-01T00:00:00Z');
    before(async () => ({ store, cleanup } = await open(() => new Date((tick += 1000)))));
    after(async () => cleanup());

    it('creates, reads and lists stories, newest change first', async () => {
      const a = await store.createStory('  US–Iran   talks ');
      const b = await store.createStory(null);
      assert.equal(a.title, 'US–Iran talks');
      assert.deepEqual([b.title, b.version, b.articles], [null, 0, 0]);
      assert.deepEqual(await store.getStory(a.id), a);
      assert.deepEqual((await store.readStory(a.id))?.story, a);
      assert.equal(await store.readStory(987654), null);
      assert.equal(await store.getStory(987654), null);
      await store.addArticles(a.id, [article('Crocker met Kazemi Qomi for four hours.')]);
      const { stories, total } = await store.listStories();
      assert.ok(total >= 2);
      assert.deepEqual(
        stories.slice(0, 2).map((s) => s.id),
        [a.id, b.id],
      );
      assert.equal(stories[0]?.articles, 1);
      const page = await store.listStories({ limit: 1, offset: 1 });
      assert.deepEqual(
        page.stories.map((s) => s.id),
        [b.id],
      );
    });

    it('deduplicates per story by URL and by normalized content, and bumps the version only on additions', async () => {
      const story = await store.createStory('dedup');
      const [first, ...rest] = await store.addArticles(story.id, [
        article('The talks lasted four hours.', { url: 'https://example.com/a#top', title: 'A' }),
        article('Something else entirely.', { url: 'https://example.com/a' }),
        article('  THE talks   lasted four hours. ', { url: 'https://example.com/b' }),
        article('The talks lasted “four” hours.'),
        article('The talks lasted "four" hours.'),
      ]);
      assert.equal(first?.status, 'added');
      assert.deepEqual(
        rest.map((r) => (r.status === 'duplicate' ? r.reason : r.status)),
        ['url', 'content', 'added', 'content'],
      );
      assert.equal(first?.article.url, 'https://example.com/a');
      assert.match(first?.article.hash ?? '', /^[0-9a-f]{64}$/);
      assert.equal((await store.getStory(story.id))?.version, 1);
      const again = await store.addArticles(story.id, [article('The talks lasted four hours.')]);
      assert.equal(again[0]?.status, 'duplicate');
      assert.equal((await store.getStory(story.id))?.version, 1, 'a batch of duplicates changes nothing');
      const other = await store.createStory('other');
      assert.equal((await store.addArticles(other.id, [article('The talks lasted four hours.')]))[0]?.status, 'added');
      assert.equal((await store.listArticles(story.id)).length, 2);
    });

    it('keeps article text and metadata exactly, in the order added', async () => {
      const story = await store.createStory('round trip');
      const examples = readExampleArticles();
      const added = await store.addArticles(story.id, [
        ...examples,
        article('Ünïcode — “quotes” and emoji 🗞️ and <script>alert(1)</script>', { outlet: 'Ôutlet', published: '2007-05-28' }),
      ]);
      assert.ok(added.every((r) => r.status === 'added'));
      const stored = (await store.readStory(story.id))!.articles;
      assert.deepEqual(
        stored.slice(0, 3).map((a) => a.text),
        examples.map((a) => a.text),
      );
      assert.equal(stored[3]?.text, 'Ünïcode — “quotes” and emoji 🗞️ and <script>alert(1)</script>');
      assert.equal(stored[3]?.outlet, 'Ôutlet');
      assert.equal(stored[0]?.chars, examples[0]?.text.length);
      assert.deepEqual(await store.getArticle(stored[1]!.id), stored[1]);
      assert.equal(await store.getArticle(99999999), null);
    });

    it('refuses articles for an unknown story with not-found, and misuse with a TypeError', async () => {
      await assert.rejects(store.addArticles(424242, [article('x')]), (e) => e instanceof CorroborateError && e.code === 'not-found');
      const story = await store.createStory('misuse');
      await assert.rejects(store.addArticles(story.id, [{ text: 3 } as unknown as NewArticle]), TypeError);
      assert.equal((await store.getStory(story.id))?.articles, 0);
    });

    it('finds or creates a story by title', async () => {
      const first = await store.ensureStory('Baghdad 2007');
      const second = await store.ensureStory(' Baghdad  2007 ');
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.story.id, first.story.id);
    });

    it('searches story titles and article titles and text, stemmed, with a marked snippet', async () => {
      const story = await store.createStory('Example: Baghdad meeting');
      await store.addArticles(story.id, readExampleArticles());
      const byText = await store.listStories({ query: 'trilateral security mechanism' });
      assert.ok(byText.stories.some((s) => s.id === story.id));
      const hit = byText.stories.find((s) => s.id === story.id);
      assert.match(hit?.snippet ?? '', /\u0002[Tt]rilateral\u0003/);
      const stemmed = await store.listStories({ query: 'envoys cite' });
      assert.ok(stemmed.stories.some((s) => s.id === story.id));
      const byTitle = await store.listStories({ query: 'baghdad meet' });
      assert.equal(byTitle.stories[0]?.id, story.id, 'a story-title match ranks first');
      assert.equal((await store.listStories({ query: 'zzyzx-nothing' })).total, 0);
      for (const hostile of ['"', 'AND OR NOT', 'title:x', 'NEAR(a b', '*', '(((', "'; DROP TABLE stories; --"]) {
        await store.listStories({ query: hostile });
      }
      assert.ok((await store.getStory(story.id)) !== null);
    });

    it('bounds a search: a short last word is a whole word, candidates are the newest matches, a bounded search says so', async () => {
      const story = await store.createStory(null);
      await store.addArticles(story.id, [article('Crocker met Kazemi Qomi in the Green Zone for four hours.')]);
      assert.ok(
        (await store.listStories({ query: 'Kaz' })).stories.some((s) => s.id === story.id),
        'three letters: a prefix',
      );
      assert.ok(!(await store.listStories({ query: 'Ka' })).stories.some((s) => s.id === story.id), 'two letters: a whole word only');
      assert.ok(
        (await store.listStories({ query: 'in the' })).stories.some((s) => s.id === story.id),
        'short whole words still match',
      );
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) {
        const other = await store.createStory(null);
        await store.addArticles(other.id, [article(`The okapi census counted animal number ${i} in the reserve.`)]);
        ids.push(other.id);
      }
      const all = await store.listStories({ query: 'okapi' });
      assert.deepEqual([all.total, all.truncated], [12, false]);
      const capped = await store.listStories({ query: 'okapi', maxCandidates: 5, limit: 3 });
      assert.deepEqual([capped.total, capped.truncated, capped.stories.length], [5, true, 3]);
      const newest = await store.listStories({ query: 'okapi', maxCandidates: 5 });
      assert.deepEqual(
        newest.stories.map((s) => s.id).sort((a, b) => a - b),
        ids.slice(-5),
        'the newest matching articles are the candidates',
      );
      assert.ok(
        newest.stories.every((s) => /\u0002okapi\u0003/i.test(s.snippet ?? '')),
        'each hit has its snippet',
      );
      const hurried = await store.listStories({ query: 'okapi', timeBudgetMs: 0 });
      assert.ok(hurried.total >= 1, 'at least one candidate is read');
      assert.equal(hurried.truncated, hurried.total < 12);
      assert.equal((await store.listStories()).truncated, false);
      const long = await store.createStory(null);
      const filler = 'The delegations met again in the Green Zone and talked about security. '.repeat(800);
      assert.ok(filler.length > 50_000);
      await store.addArticles(long.id, [article(`Quokka sightings opened the report. ${filler} Wombat numbers closed it.`)]);
      assert.ok(
        (await store.listStories({ query: 'quokka' })).stories.some((s) => s.id === long.id),
        'the beginning of a long text is searched',
      );
      assert.ok(!(await store.listStories({ query: 'wombat' })).stories.some((s) => s.id === long.id), 'past the first 50,000 characters it is not');
    });

    it('caches a briefing for one version only', async () => {
      const story = await store.createStory(null);
      await store.addArticles(story.id, [article('One.')]);
      assert.equal(await store.getBriefing(story.id), null);
      const put = { story: story.id, generator: '0.1.0', texts: '{"S1":"One."}' };
      assert.equal(await store.putBriefing({ ...put, version: 0, headline: 'Old', json: '{}' }), false, 'stale version is not stored');
      assert.equal(await store.putBriefing({ ...put, version: 1, headline: 'Headline one', json: '{"title":"Headline one"}' }), true);
      const cached = await store.getBriefing(story.id);
      assert.deepEqual([cached?.version, cached?.generator, cached?.texts], [1, '0.1.0', '{"S1":"One."}']);
      assert.equal(new TextDecoder().decode(cached?.json), '{"title":"Headline one"}');
      assert.equal((await store.getStory(story.id))?.headline, 'Headline one');
      await store.addArticles(story.id, [article('Two.')]);
      assert.equal(await store.getBriefing(story.id), null, 'adding an article invalidates the briefing');
      assert.equal((await store.listStories({ query: 'headline' })).stories[0]?.id, story.id);
      assert.equal(await store.putBriefing({ ...put, story: 999999, version: 0, headline: 'x', json: '{}' }), false);
    });

    it('deletes a story with its articles and briefing', async () => {
      const story = await store.createStory('to delete zebra');
      const [added] = await store.addArticles(story.id, [article('The quagga is extinct.')]);
      await store.putBriefing({ story: story.id, version: 1, generator: '0.1.0', headline: 'q', json: '{}', texts: '{}' });
      assert.equal(await store.deleteStory(story.id), true);
      assert.equal(await store.deleteStory(story.id), false);
      assert.equal(await store.getStory(story.id), null);
      assert.equal(await store.getArticle(added!.article.id), null);
      assert.equal(await store.readStory(story.id), null);
      assert.equal((await store.listStories({ query: 'quagga' })).total, 0);
      assert.equal((await store.listStories({ query: 'zebra' })).total, 0);
    });

    it('keeps per-article analyses for one analyzer version, and drops them with their story', async () => {
      const story = await store.createStory('analyses');
      const examples = readExampleArticles().slice(0, 2);
      const [a, b] = (await store.addArticles(story.id, examples)).map((result) => result.article.id);
      const made = examples.map((example) => analyzeArticle(ingestRecords([example]).articles[0]!));
      const kept = (article: number, i: number, analyzer = 'v1') => ({ article, analyzer, analysis: made[i]! });
      assert.equal(await store.putAnalyses([kept(a!, 0), kept(b!, 1), kept(987654321, 0)]), 2, 'an unknown article is skipped');
      const got = await store.getAnalyses(story.id, 'v1');
      assert.deepEqual([...got.keys()], [a, b]);
      assert.deepEqual(got.get(b!), JSON.parse(JSON.stringify(made[1])), 'get after put round-trips');
      assert.equal((await store.getAnalyses(story.id, 'v0')).size, 0, 'another analyzer version is never returned');
      assert.equal(await store.putAnalyses([kept(a!, 0, 'v2')]), 1);
      assert.deepEqual([...(await store.getAnalyses(story.id, 'v1')).keys()], [b], 'a newer analysis replaces the old one');
      assert.equal((await store.getAnalyses(987654321, 'v1')).size, 0);
      await assert.rejects(store.putAnalyses([{ article: a!, analyzer: 'v1' } as never]), TypeError);
      await store.deleteStory(story.id);
      assert.equal(await store.putAnalyses([kept(a!, 0)]), 0, 'the deleted story took its articles and their analyses');
    });
  });
}
