import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { StoryArticle, StoryAssignment, StoryMove, StoryState } from '../model/index.js';
import { ECBPLUS, UCI, loadEcbTopics, loadUciHeadlines, prepareLabelled } from '../../test/support/story-articles.js';
import { applyStoryMoves, assignArticles, StoryStream } from './index.js';

const needsData = { skip: !(existsSync(ECBPLUS) && existsSync(UCI)) && 'needs ../shared/data' };

/** Each predicted story's gold labels and counts. */
function compositions(assignments: readonly StoryAssignment[], gold: ReadonlyMap<string, string>): Record<string, number>[] {
  const byStory = new Map<number, Record<string, number>>();
  for (const { article, story } of assignments) {
    const counts = byStory.get(story) ?? byStory.set(story, {}).get(story)!;
    const label = gold.get(article)!;
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return [...byStory.values()];
}

/** A state as the stream it stands for: the story-frequency table merged from its layers (how it is cut depends on the calls). */
function logical(state: StoryState | null): unknown {
  if (state === null) return null;
  const table: Record<string, number> = {};
  for (const layer of [state.termStories, ...(state.termLayers ?? [])]) for (const [key, count] of Object.entries(layer)) table[key] = count;
  const { termLayers: _layers, termSizes: _sizes, ...rest } = state;
  return JSON.parse(JSON.stringify({ ...rest, termStories: Object.fromEntries(Object.entries(table).sort()) }));
}

/** Assigns the articles one a call, the state going through JSON between calls (as the store keeps it). */
function streamThroughJson(articles: readonly StoryArticle[]): { assignments: StoryAssignment[]; moved: StoryMove[]; state: StoryState | null } {
  let state: StoryState | null = null;
  const assignments: StoryAssignment[] = [];
  const moved: StoryMove[] = [];
  for (const article of articles) {
    const result = assignArticles(state, [article]);
    assignments.push(...result.assignments);
    moved.push(...result.moved);
    state = JSON.parse(JSON.stringify(result.state)) as StoryState;
  }
  return { assignments, moved, state };
}

test('ECB+ topics 1 and 3: the same stories in one call, one article a call through JSON, or a stream fed seven at a time', needsData, () => {
  const { articles } = loadEcbTopics([1, 3]);
  assert.equal(articles.length, 59);
  const whole = assignArticles(null, articles);
  assert.deepEqual(assignArticles(null, articles), whole, 'deterministic');
  let state = null;
  const oneByOne: StoryAssignment[] = [];
  for (const article of articles) {
    const result = assignArticles(state, [article]);
    oneByOne.push(...result.assignments);
    state = JSON.parse(JSON.stringify(result.state));
  }
  assert.deepEqual(oneByOne, whole.assignments);
  assert.deepEqual(logical(state), logical(whole.state));
  const stream = new StoryStream(null);
  const streamed: StoryAssignment[] = [];
  for (let i = 0; i < articles.length; i += 7) streamed.push(...stream.assign(articles.slice(i, i + 7)).assignments);
  assert.deepEqual(streamed, whole.assignments);
  assert.deepEqual(logical(stream.snapshot()), logical(whole.state));
});

test(
  'ECB+ topics 1-12 in one stream: the split check parts look-alike events, and moves applied call by call give the one-call stories',
  needsData,
  async () => {
    const { articles, gold } = loadEcbTopics([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const { scoreClustering } = await import('../eval/index.js');
    const labels = articles.map((article) => gold.get(article.id)!);
    const whole = assignArticles(null, articles);
    const unsplit = assignArticles(null, articles, { splitRatio: 0 });
    assert.ok(whole.moved.length > 0 && unsplit.moved.length === 0);
    const f1 = (result: typeof whole): number =>
      scoreClustering(
        labels,
        result.assignments.map((a) => a.story),
      ).bcubed.f1;
    assert.ok(f1(whole) > f1(unsplit) + 0.01, `B³-F1 ${f1(whole).toFixed(3)} with the split check, ${f1(unsplit).toFixed(3)} without`);
    const { assignments, moved, state } = streamThroughJson(articles);
    assert.deepEqual(moved, whole.moved);
    assert.deepEqual(applyStoryMoves(assignments, moved), whole.assignments);
    assert.deepEqual(logical(state), logical(whole.state));
  },
);

test('two rehab check-ins (ECB+ topic 1: Tara Reid, Lindsay Lohan) stay two stories', needsData, () => {
  const { articles, gold } = loadEcbTopics([1]);
  const { assignments } = assignArticles(null, articles);
  const stories = compositions(assignments, gold);
  // No story mixes the two events, and each event's biggest story holds most of its articles.
  assert.ok(
    stories.every((counts) => Object.keys(counts).length === 1),
    JSON.stringify(stories),
  );
  for (const event of ['1ecb', '1ecbplus']) {
    const total = [...gold.values()].filter((label) => label === event).length;
    const biggest = Math.max(...stories.map((counts) => counts[event] ?? 0));
    assert.ok(biggest >= 0.8 * total, `${event}: ${biggest} of ${total} together`);
  }
});

test('UCI headlines (no text, dated): every one assigned, better than the single-pass baseline', needsData, async () => {
  const { articles, gold } = loadUciHeadlines(400);
  assert.ok(articles.every((article) => article.body === null && article.headline !== null));
  const { assignments, diagnostics } = assignArticles(null, articles);
  assert.equal(assignments.length, 400);
  assert.deepEqual(diagnostics, []);
  const { scoreClustering, clusterSinglePass } = await import('../eval/index.js');
  const labels = articles.map((article) => gold.get(article.id)!);
  const ours = scoreClustering(
    labels,
    assignments.map((a) => a.story),
  ).bcubed.f1;
  const baseline = scoreClustering(labels, clusterSinglePass(articles, 0.2)).bcubed.f1;
  assert.ok(ours > 0.7 && ours > baseline, `B³-F1 ${ours.toFixed(3)} against single-pass ${baseline.toFixed(3)}`);
});

const GERMAN =
  'Die Bundesregierung hat am Montag in Berlin ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. ' +
  'Nach Angaben des Wirtschaftsministeriums sollen die Ausgaben in den kommenden Jahren deutlich steigen. Die Opposition kritisierte den Entwurf als unzureichend.';

test('bad articles get diagnostics and the stream goes on: no content, no date, an unreadable date, a German text, an id given twice', needsData, () => {
  const { articles } = loadEcbTopics([1]);
  const odd = prepareLabelled([
    { id: 'empty', title: '', text: '' },
    { id: 'german', title: 'Neues Energiegesetz beschlossen', text: GERMAN, published: 'Montag früh' },
  ]).articles;
  // ingest keeps neither an empty record nor a bad date: make them as a library caller could.
  const empty: StoryArticle = { id: 'empty', title: null, outlet: null, published: null, headline: null, body: null };
  const german = { ...odd[0]!, published: 'Montag früh' };
  const stream = [...articles.slice(0, 10), empty, german, articles[3]!, ...articles.slice(10)];
  const { assignments, diagnostics } = assignArticles(null, stream);
  assert.equal(assignments.length, stream.length);
  const codeOf = (id: string): string[] => diagnostics.filter((d) => d.source === id).map((d) => d.code);
  assert.deepEqual(codeOf('empty'), ['undated-article', 'empty-article']);
  assert.deepEqual(codeOf('german'), ['unparsed-date']);
  assert.ok(codeOf(articles[0]!.id).includes('undated-article'));
  const storyOf = (index: number): number => assignments[index]!.story;
  assert.ok(assignments[10]!.opened && assignments[11]!.opened, 'the empty and the German article open stories of their own');
  assert.equal(storyOf(12), storyOf(3), 'the id given twice goes to the story of its first copy');
  assert.ok(codeOf(articles[3]!.id).includes('duplicate-article'));
  // The stream goes on as if the odd articles were not there for the English ones.
  const clean = assignArticles(null, articles).assignments;
  const englishAfter = assignments.slice(13).map((a) => a.story);
  assert.equal(new Set(englishAfter).size, new Set(clean.slice(10).map((a) => a.story)).size);
});

test('quiet stories close and leave the state: by the clock, and by articles when undated', needsData, () => {
  const { articles } = loadUciHeadlines(300);
  const day = (n: number): string => new Date(Date.UTC(2014, 2, 10 + n)).toISOString();
  const first = { ...articles[0]!, published: day(0) };
  // Ten days later, 64 headlines of other stories (the first story of the file has 9 headlines), then the first again.
  const later = articles.slice(20, 84).map((article) => ({ ...article, published: day(10) }));
  const again = { ...articles[0]!, id: 'same-text-later', published: day(10) };
  const dated = assignArticles(null, [first, ...later, again]);
  assert.ok(dated.closed.includes(dated.assignments[0]!.story), 'the first story went quiet for ten days and closed');
  assert.ok(!dated.state.stories.some((story) => story.id === dated.assignments[0]!.story));
  assert.ok(dated.assignments.at(-1)!.opened, 'the same headline ten days later opens a new story');
  const undated = articles.map((article) => ({ ...article, published: null }));
  const { state } = assignArticles(null, undated, { quietArticles: 20, maxFeatures: 300 });
  // Stories quiet for 20 articles are closed at the next sweep (every 64 articles): the state stays small.
  assert.ok(state.stories.length <= 20 + 64, `${state.stories.length} open stories`);
  assert.ok(state.stories.every((story) => state.articles - story.lastArticle <= 20 + 64));
  assert.ok(Object.keys((logical(state) as StoryState).termStories).length <= 300, 'the story-frequency table is pruned');
  assert.equal(state.termCount, Object.keys((logical(state) as StoryState).termStories).length);
});

test('misuse throws a TypeError naming the function', () => {
  assert.throws(() => assignArticles(null, 'x' as never), /assignArticles: expected an array/);
  assert.throws(() => assignArticles({ version: 2 } as never, []), /assignArticles: expected a StoryState/);
  const empty = assignArticles(null, []).state;
  assert.throws(() => assignArticles({ ...empty, termLayers: 'x' } as never, []), /assignArticles: expected a StoryState/);
  // Sizes that do not fit the layers (a state edited by hand) are counted again, not trusted.
  assert.equal(assignArticles({ ...empty, termStories: { a: 1 }, termSizes: [5, 5] }, []).state.termCount, 1);
  assert.throws(() => assignArticles(null, [], { threshold: -1 }), /threshold/);
  assert.throws(() => assignArticles(null, [{ title: 'no id' } as never]), /articles\[0\]/);
  const { state } = assignArticles(null, []);
  assert.equal(state.articles, 0);
  assert.deepEqual(state.stories, []);
});

test('a call does not copy the state: the stories it did not change and the counts it did not write are shared with the next', needsData, () => {
  const { articles } = loadEcbTopics([1, 2, 3, 4, 5, 6]);
  const before = assignArticles(null, articles.slice(0, -1)).state;
  const after = assignArticles(before, articles.slice(-1));
  const changed = new Set([...after.assignments.map((a) => a.story), ...after.moved.map((m) => m.from)]);
  const kept = after.state.stories.filter((story) => !changed.has(story.id));
  assert.ok(kept.length > 5);
  for (const story of kept)
    assert.equal(
      story,
      before.stories.find((old) => old.id === story.id),
      `story ${story.id} shared`,
    );
  assert.equal(after.state.termStories, before.termStories, 'the counts before are shared');
  const written = after.state.termLayers!.at(-1)!;
  assert.ok(Object.keys(written).length < 200, `${Object.keys(written).length} counts written for one article`);
  assert.deepEqual(logical(after.state), logical(assignArticles(null, articles).state));
});

test('two title defences of Wladimir Klitschko (ECB+ topic 7) and two Waitrose fires (topic 14) stay apart in a stream of topics 1-14', needsData, () => {
  // The events of each topic arrive interleaved and share people and words: the second article joins the first,
  // and only the split check can part them again, once each side has a few articles.
  const { articles, gold } = loadEcbTopics([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  const stories = compositions(assignArticles(null, articles).assignments, gold);
  for (const topic of ['7', '14']) {
    const mixed = stories.filter((counts) => (counts[`${topic}ecb`] ?? 0) > 1 && (counts[`${topic}ecbplus`] ?? 0) > 1);
    assert.deepEqual(mixed, [], `topic ${topic}`);
    for (const event of [`${topic}ecb`, `${topic}ecbplus`]) {
      const total = [...gold.values()].filter((label) => label === event).length;
      const biggest = Math.max(...stories.map((counts) => counts[event] ?? 0));
      assert.ok(biggest >= 0.8 * total, `${event}: ${biggest} of ${total} together`);
    }
  }
});

test('UCI headlines: the merge check brings a small story of headlines back into the story they shared too little with at first', needsData, async () => {
  // "UK's first bitcoin machine opens in London cafe" and its three copies share no word with the Mt. Gox headlines
  // before them but "bitcoin", too little to join; once the four make a story, its centroid is close to the big one's.
  const { articles, gold } = loadUciHeadlines(400);
  const { scoreClustering } = await import('../eval/index.js');
  const labels = articles.map((article) => gold.get(article.id)!);
  const run = (mergeThreshold?: number) => {
    const result = assignArticles(null, articles, mergeThreshold === undefined ? {} : { mergeThreshold });
    const stories = applyStoryMoves(result.assignments, result.moved).map((a) => a.story);
    return { stories, scores: scoreClustering(labels, stories).bcubed };
  };
  const merged = run();
  const apart = run(0);
  const bitcoinMachine = ['302', '305', '306', '310'].map((id) => articles.findIndex((article) => article.id === id));
  const withItsStory = (stories: readonly number[]): boolean =>
    bitcoinMachine.every((i) => {
      const mates = stories.flatMap((story, j) => (story === stories[i] && j !== i ? [labels[j]] : []));
      return mates.filter((label) => label === labels[i]).length > 50;
    });
  assert.ok(withItsStory(merged.stories) && !withItsStory(apart.stories));
  // A stream resumed from its JSON state after every article merges the same (the state keeps which articles are headlines).
  const { assignments, moved } = streamThroughJson(articles);
  assert.deepEqual(
    applyStoryMoves(assignments, moved).map((a) => a.story),
    merged.stories,
  );
  assert.ok(
    merged.scores.recall > apart.scores.recall + 0.05 && merged.scores.f1 > apart.scores.f1 + 0.03,
    `B³ P/R/F1 ${[merged.scores.precision, merged.scores.recall, merged.scores.f1].map((x) => x.toFixed(3))} with the merge check, ${[apart.scores.precision, apart.scores.recall, apart.scores.f1].map((x) => x.toFixed(3))} without`,
  );
});
