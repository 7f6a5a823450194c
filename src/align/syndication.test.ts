import { analyzeTexts, readJsonLines } from '../../test/support/example-story.js';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze/index.js';
import { readExampleDocs } from '../../test/fixtures/analyze/example-docs.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { DEFAULT_SYNDICATION_OPTIONS, findSyndicatedPairs, findSyndicatedPairsByAllPairs } from './syndication.js';

// The shingle index must find exactly the pairs that comparing every pair of documents finds.
const MULTINEWS = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const ECBPLUS = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');

const readLines = readJsonLines;
const analyze = analyzeTexts;

const OPTION_SETS = [
  DEFAULT_SYNDICATION_OPTIONS,
  { shingleWords: 5, minSharedWords: 12, minSharedShare: 0.02 },
  { shingleWords: 8, minSharedWords: 0, minSharedShare: 0 },
];

test('syndication: the index finds the same pairs as all pairs on examples/baghdad-2007', () => {
  const docs = [...readExampleDocs().values()].map((clean) => analyzeDocument(clean));
  for (const options of OPTION_SETS) assert.deepEqual(findSyndicatedPairs(docs, options), findSyndicatedPairsByAllPairs(docs, options));
  assert.ok(findSyndicatedPairs(docs).length > 0, 'the example shares AP copy');
});

test('syndication: the index finds the same pairs as all pairs on 40 Multi-News clusters', (t) => {
  if (!existsSync(MULTINEWS)) return t.skip('../shared/data not available');
  let found = 0;
  for (const cluster of readLines<{ documents: string[] }>(MULTINEWS).slice(0, 40)) {
    const docs = analyze(cluster.documents);
    for (const options of OPTION_SETS) {
      const pairs = findSyndicatedPairs(docs, options);
      assert.deepEqual(pairs, findSyndicatedPairsByAllPairs(docs, options));
      if (options === DEFAULT_SYNDICATION_OPTIONS) found += pairs.length;
    }
  }
  assert.ok(found > 0, 'some real clusters share copy');
});

/** The first `count` ECB+ texts, then near-copies of the first `copies` of them (the last line dropped). */
function ecbWithNearCopies(count: number, copies: number): string[] {
  const texts = readLines<{ text: string }>(ECBPLUS)
    .slice(0, count)
    .map((article) => article.text);
  return [...texts, ...texts.slice(0, copies).map((text) => text.split('\n').slice(0, -1).join('\n'))];
}

test('syndication: the index finds the same pairs as all pairs on 60 ECB+ articles and near-copies of ten', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  const docs = analyze(ecbWithNearCopies(60, 10));
  const pairs = findSyndicatedPairs(docs);
  assert.deepEqual(pairs, findSyndicatedPairsByAllPairs(docs));
  assert.ok(pairs.length >= 10, 'each near-copy shares copy with its original');
});

test('syndication: kept documents compared in an earlier briefing give the same pairs as all pairs after one is added, moved or dropped', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  // Kept analyses are frozen (the store's decoder): their pairs are kept between briefings.
  const kept = analyze(ecbWithNearCopies(40, 6)).map((doc) => Object.freeze({ ...doc }));
  const first = kept.slice(0, 30);
  const stories = [
    first,
    [...first, kept[30]!],
    [...first, ...kept.slice(40)],
    [kept[41]!, ...first.slice(1, 20), kept[0]!, ...first.slice(20)],
    kept.filter((_, index) => index % 3 !== 1),
    kept,
  ];
  let found = 0;
  for (const docs of stories) {
    for (const options of OPTION_SETS) {
      const pairs = findSyndicatedPairs(docs, options);
      assert.deepEqual(pairs, findSyndicatedPairsByAllPairs(docs, options));
      if (options === DEFAULT_SYNDICATION_OPTIONS) found += pairs.length;
    }
  }
  assert.ok(found >= 6, 'the near-copies share copy with their originals');
});

// Wire copy is shared running text; two outlets quoting one speaker or one transcript are not copies of each other.
test('syndication: two outlets running the same press-conference exchange are not wire copy; the example keeps its AP copy', (t) => {
  if (!existsSync(MULTINEWS)) return t.skip('../shared/data not available');
  // Multi-News test cluster 88: a transcript article (S1) and NPR's broadcast transcript (S8) of one Trump news
  // conference share one 35-word answer ("Tomorrow they will say, Donald Trump rants and raves at the press…").
  const cluster = readLines<{ documents: string[] }>(MULTINEWS)[88]!;
  const [transcript, npr] = analyze([cluster.documents[0]!, cluster.documents[7]!]);
  assert.deepEqual(findSyndicatedPairs([transcript!, npr!]), []);
  const example = findSyndicatedPairs([...readExampleDocs().values()].map((clean) => analyzeDocument(clean)));
  assert.deepEqual(
    example.map((pair) => pair.sources),
    [['S2', 'S3']],
  );
  assert.ok(example[0]!.sharedWords >= 40, 'the NPR and Jerusalem Post copies of the AP dispatch');
});

test('syndication: a shared transcript passage printed as prose in two long reports is under 5% of the shorter', (t) => {
  if (!existsSync(MULTINEWS)) return t.skip('../shared/data not available');
  // NPR's transcript without its speaker labels ("TRUMP: …"): nothing marks the answer as a quotation any more.
  const cluster = readLines<{ documents: string[] }>(MULTINEWS)[88]!;
  const unlabelled = cluster.documents[7]!.replace(/^(\s*)[A-Z][A-Z .'-]*:\s/gm, '$1');
  const docs = analyze([cluster.documents[0]!, unlabelled]);
  assert.equal(findSyndicatedPairs(docs, { ...DEFAULT_SYNDICATION_OPTIONS, minSharedShare: 0 }).length, 1, 'the answer is 30+ shared words');
  assert.deepEqual(findSyndicatedPairs(docs), []);
});

test('syndication: a quotation running over several sentences (one per line in ECB+) is not shared copy', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  // ECB+ story 4 (Bettie Page): S7 and S9 share her 1998 quote, "I don't want to be photographed in my old age …
  // I feel the same way with old movie stars. It makes me sad. …", split over lines, and little else.
  const story = readLines<{ story: string; text: string }>(ECBPLUS).filter((article) => article.story === '4ecb');
  const docs = analyze(story.map((article) => article.text));
  const pair = findSyndicatedPairs(docs, { ...DEFAULT_SYNDICATION_OPTIONS, minSharedWords: 0, minSharedShare: 0 }).find(
    (candidate) => candidate.sources.join() === 'S7,S9',
  );
  assert.ok(pair?.passages.some((passage) => passage.includes('It makes me sad')));
  assert.ok(!findSyndicatedPairs(docs).some((candidate) => candidate.sources.join() === 'S7,S9'));
});
