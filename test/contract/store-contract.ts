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

    it('hands back the same decoded analysis while its row is unchanged, and the new one once it is replaced', async () => {
      const story = await store.createStory('analyses decoded once');
      const examples = readExampleArticles().slice(0, 2);
      const [a, b] = (await store.addArticles(story.id, examples)).map((result) => result.article.id);
      const made = examples.map((example) => analyzeArticle(ingestRecords([example]).articles[0]!));
      await store.putAnalyses([
        { article: a!, analyzer: 'v1', analysis: made[0]! },
        { article: b!, analyzer: 'v1', analysis: made[1]! },
      ]);
      const first = await store.getAnalyses(story.id, 'v1');
      const again = await store.getAnalyses(story.id, 'v1');
      assert.equal(again.get(a!), first.get(a!), 'an unchanged row is not decoded again');
      assert.ok(Object.isFrozen(first.get(a!)), 'shared between briefings, so frozen');
      assert.equal(await store.putAnalyses([{ article: a!, analyzer: 'v1', analysis: made[1]! }]), 1);
      const replaced = await store.getAnalyses(story.id, 'v1');
      assert.deepEqual(replaced.get(a!), JSON.parse(JSON.stringify(made[1])), 'a replaced row is read again');
      assert.equal(replaced.get(b!), first.get(b!));
      await store.deleteStory(story.id);
    });

    it("places stream articles in their clusters' stories with the clusterer state, in one versioned write", async () => {
      // Texts no other test stored: a stream finds duplicates in every story.
      const [a, b, c] = readExampleArticles().map((example) => ({ ...example, text: `${example.text}\nStream copy.` }));
      const start = await store.getStreamState();
      const keyed = (article: NewArticle, cluster: number, key: string | null = null) => ({ article: { ...article, outlet: key ?? 'Wire' }, key, cluster });
      const first = await store.addToStream(start.version, '{"n":2}', [keyed(a!, 7, 'feed:x:1'), keyed(b!, 7, 'feed:x:2')]);
      assert.equal(first.status, 'done');
      if (first.status !== 'done') return;
      const [ra, rb] = first.results;
      assert.ok(ra?.status === 'added' && rb?.status === 'added');
      assert.equal(ra.story, rb.story, 'one cluster, one story');
      assert.deepEqual([ra.opened, rb.opened], [true, false]);
      const story = await store.getStory(ra.story);
      assert.deepEqual([story?.automatic, story?.articles, story?.sources, story?.title], [true, 2, 2, null]);
      assert.equal(story?.headline, a!.title, 'an automatic story is headlined by its first article');
      assert.deepEqual(await store.getStreamState(), { version: start.version + 2, state: '{"n":2}' });
      // A stale writer is refused and writes nothing.
      const stale = await store.addToStream(start.version, '{"n":"stale"}', [keyed(c!, 8)]);
      assert.deepEqual(stale, { status: 'moved', version: start.version + 2 });
      assert.equal((await store.getStreamState()).state, '{"n":2}');
      // Duplicates by key (in any story), by URL, by content.
      const dups = await store.findDuplicates([
        { key: 'feed:x:1', url: null, text: 'something else' },
        { key: null, url: null, text: b!.text },
        { key: 'feed:x:9', url: null, text: c!.text },
      ]);
      assert.deepEqual(
        dups.map((d) => d?.reason ?? null),
        ['key', 'content', null],
      );
      const second = await store.addToStream(start.version + 2, '{"n":4}', [keyed(b!, 8), keyed(c!, 9, 'feed:x:3')]);
      assert.ok(second.status === 'done');
      assert.deepEqual(
        second.results.map((r) => r.status),
        ['duplicate', 'added'],
      );
      const opened = second.results[1]!;
      assert.ok(opened.status === 'added' && opened.opened && opened.story !== ra.story);

      // By hand: rename, merge (the cluster follows: its next article goes to the merged story), split.
      const renamed = await store.editStories({ kind: 'rename', story: ra.story, title: ' Talks in Baghdad ' });
      assert.deepEqual([renamed.title, renamed.automatic], ['Talks in Baghdad', false]);
      const merged = await store.editStories({ kind: 'merge', into: ra.story, from: [opened.story] });
      assert.equal(merged.articles, 3);
      assert.ok(merged.version > renamed.version);
      assert.equal(await store.getStory(opened.story), null);
      const more = await store.addToStream(start.version + 4, '{"n":5}', [
        { article: { ...c!, text: `${c!.text} Updated.`, url: 'https://example.com/c2' }, key: null, cluster: 9 },
      ]);
      assert.ok(more.status === 'done' && more.results[0]?.status === 'added' && more.results[0].story === ra.story);
      const split = await store.editStories({ kind: 'split', story: ra.story, articles: [rb.article.id], title: 'Split off' });
      assert.deepEqual([split.title, split.articles], ['Split off', 1]);
      assert.equal((await store.getStory(ra.story))?.articles, 3);
      await assert.rejects(store.editStories({ kind: 'split', story: ra.story, articles: [rb.article.id], title: null }), /not in story/);
      await assert.rejects(store.editStories({ kind: 'merge', into: ra.story, from: [987654] }), /no story/);
      await assert.rejects(store.editStories({ kind: 'rename', story: ra.story, title: '  ' }), /non-empty/);
      // The clusterer moves earlier articles: one still in its cluster's story moves (to a new story for a new
      // cluster); one a person split off stays where the person put it.
      const version = (await store.getStreamState()).version;
      const moved = await store.addToStream(
        version,
        '{"n":6}',
        [],
        [
          { article: 'feed:x:3', from: 9, to: 77 },
          { article: 'feed:x:2', from: 7, to: 77 },
        ],
      );
      assert.ok(moved.status === 'done');
      const c3 = (await store.findDuplicates([{ key: 'feed:x:3', url: null, text: '' }]))[0]!.article;
      assert.notEqual(c3.story, ra.story);
      assert.deepEqual(
        [...moved.moved].sort((x, y) => x - y),
        [ra.story, c3.story].sort((x, y) => x - y),
        'the story left and the story joined are reported; the story split off by hand is not',
      );
      assert.deepEqual(second.moved, [], 'no move, no story reported moved');
      assert.equal((await store.getStory(c3.story))?.articles, 1);
      assert.equal((await store.getStory(split.id))?.articles, 1, 'the article split off by hand stayed');
      assert.equal((await store.getStory(ra.story))?.articles, 2);
    });

    it("lists several stories' outlets in one call: trimmed, once each whatever the case, in the order they came", async () => {
      const one = await store.createStory('outlets one');
      const two = await store.createStory('outlets two');
      const outlets = [' Reuters ', 'AP', 'reuters', null, '  ', 'Agence France-Presse', 'ap'];
      await store.addArticles(
        one.id,
        outlets.map((outlet, n) => article(`Outlet test report ${n} of the first story.`, { outlet })),
      );
      await store.addArticles(two.id, [article('Outlet test report of the second story.', { outlet: 'AP' })]);
      const empty = await store.createStory('outlets none');
      const listed = await store.listOutlets([two.id, one.id, empty.id, 987654]);
      assert.deepEqual(
        [...listed],
        [
          [two.id, ['AP']],
          [one.id, ['Reuters', 'AP', 'Agence France-Presse']],
          [empty.id, []],
          [987654, []],
        ],
      );
      assert.equal(
        listed.get(one.id)!.length,
        (await store.getStory(one.id))!.sources - 2,
        'as sources counts them (the two articles without an outlet count alone)',
      );
      assert.equal((await store.listOutlets([])).size, 0);
    });

    it('lists stories filtered by time and sources, and ranked by sources and recency', async () => {
      const wide = await store.createStory('ranked wide');
      const narrow = await store.createStory('ranked narrow');
      const text = (n: number) => `Distinct report number ${n} about the ranked test event.`;
      await store.addArticles(
        wide.id,
        [1, 2, 3].map((n) => ({ ...article(text(n)), outlet: `Outlet ${n}` })),
      );
      await store.addArticles(
        narrow.id,
        [4, 5].map((n) => ({ ...article(text(n)), outlet: 'Same Outlet' })),
      );
      const ranked = await store.listStories({ order: 'rank', minSources: 1, limit: 500 });
      const order = ranked.stories.map((s) => s.id);
      assert.ok(order.indexOf(wide.id) < order.indexOf(narrow.id), 'three sources rank above one, however recent');
      assert.equal(ranked.stories.find((s) => s.id === narrow.id)?.sources, 1);
      const filtered = await store.listStories({ minSources: 3, limit: 500 });
      assert.ok(filtered.stories.some((s) => s.id === wide.id) && !filtered.stories.some((s) => s.id === narrow.id));
      const since = (await store.getStory(narrow.id))!.updated;
      const recent = await store.listStories({ since, limit: 500 });
      assert.deepEqual(
        recent.stories.map((s) => s.id),
        [narrow.id],
      );
      assert.equal(recent.total, 1);
    });

    it('keeps the briefing a newer one replaced', async () => {
      const story = await store.createStory('briefed twice');
      const text = (n: number) => `Briefed twice, report ${n}: the bridge reopened after repairs on Monday.`;
      await store.addArticles(story.id, [article(text(1))]);
      const put = (version: number, json: string) => store.putBriefing({ story: story.id, version, generator: 'g', headline: 'h', json, texts: '{}' });
      assert.equal(await put(1, '{"n":1}'), true);
      assert.equal(await store.getPreviousBriefing(story.id), null, 'none before the first');
      assert.equal((await store.getStory(story.id))?.briefedArticles, 1);
      await store.addArticles(story.id, [article(text(2))]);
      assert.equal(await store.getPreviousBriefing(story.id), null, 'none while the current one is stale');
      assert.equal(await put(2, '{"n":2}'), true);
      const previous = await store.getPreviousBriefing(story.id);
      assert.deepEqual([previous?.version, new TextDecoder().decode(previous?.json)], [1, '{"n":1}']);
      assert.equal((await store.getStory(story.id))?.briefedArticles, 2);
      await store.deleteStory(story.id);
      assert.equal(await store.getPreviousBriefing(story.id), null);
    });

    it('keeps feed state', async () => {
      assert.equal(await store.getFeedState('https://example.com/feed'), null);
      await store.putFeedState('https://example.com/feed', '{"etag":"a"}');
      await store.putFeedState('https://example.com/feed', '{"etag":"b"}');
      assert.equal(await store.getFeedState('https://example.com/feed'), '{"etag":"b"}');
    });
  });
}
