import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, buildTokenTable } from '../analyze/index.js';
import type { AnalyzedDocument } from '../model/index.js';
import { loadExampleStory } from '../../test/support/example-story.js';
import { alignFacts, DEFAULT_ALIGN_OPTIONS, detectSyndication } from './index.js';
import { findCandidatePairs } from './candidates.js';
import { buildUnits } from './units.js';
import { weighStoryTerms } from './weights.js';

const { docs } = loadExampleStory();
const find = (pattern: RegExp) => alignFacts(docs).find((fact) => fact.evidence.some((evidence) => pattern.test(evidence.text)));

test('the NPR and Jerusalem Post copies share AP wire copy; the first source is independent', () => {
  const { syndication, independence } = detectSyndication(docs);
  assert.equal(syndication.length, 1);
  assert.deepEqual(syndication[0]!.sources, ['S2', 'S3']);
  assert.ok(syndication[0]!.sharedWords >= 30, `shared ${syndication[0]!.sharedWords}`);
  assert.ok(syndication[0]!.passages.some((passage) => passage.includes("Nouri al-Maliki's Green Zone office")));
  assert.deepEqual(independence, [['S1'], ['S2', 'S3']]);
});

test('a paraphrase across three sources is one consensus fact with two independent sources', () => {
  const fact = find(/arming, funding and training/);
  assert.ok(fact, 'the arming/funding/training fact is aligned');
  assert.deepEqual(fact.sources, ['S1', 'S2', 'S3']);
  assert.equal(fact.status, 'consensus');
  assert.equal(fact.independent, 2, 'S2 and S3 share wire copy');
  assert.ok(fact.evidence.some((evidence) => evidence.text.includes('told Tehran to stop supporting Iraqi militias')));
  for (const evidence of fact.evidence)
    assert.equal(docs.find((doc) => doc.source === evidence.source)!.text.slice(evidence.start, evidence.end), evidence.text);
});

test('the proposed trilateral mechanism is consensus although S1 calls it a "group"', () => {
  const fact = find(/trilateral security mechanism/);
  assert.ok(fact);
  assert.deepEqual(fact.sources, ['S1', 'S2', 'S3']);
  assert.equal(fact.status, 'consensus');
});

test('of two candidates sharing words, the paraphrase that shares the phrase is chosen', () => {
  const fact = find(/both sides say they want a stable, democratic Iraq/);
  assert.ok(fact);
  assert.ok(fact.evidence.some((evidence) => evidence.text.startsWith('Both parties agreed on the need for a stable and democratic Iraq')));
  assert.ok(!fact.evidence.some((evidence) => evidence.text.includes('Iraqis wanted a stable country')));
});

test('wire copy shared only by syndicated sources is not consensus', () => {
  const fact = find(/session was proceeding cordially/);
  assert.ok(fact);
  assert.deepEqual(fact.sources, ['S2', 'S3']);
  assert.equal(fact.status, 'single-source');
  assert.equal(fact.independent, 1);
});

test('sentences that merely share words are not aligned', () => {
  const fact = find(/sat at the same table at a Baghdad conference/);
  assert.ok(!fact || fact.sources.length === 1, 'the March conference is not the envoys sitting across the table');
  const proposal = find(/proposal would need study in Washington/);
  assert.ok(!proposal?.evidence.some((evidence) => /wanted to propose a second session/.test(evidence.text)));
});

test('a paraphrase in other forms of the same words is a candidate pair: "the proposal would need study" and "Iran proposed … would require study"', () => {
  const units = buildUnits(docs);
  const index = (source: string, pattern: RegExp) => units.find((unit) => unit.source === source && pattern.test(unit.text))!.index;
  const proposal = index('S2', /the proposal would need study in Washington/);
  const proposed = index('S3', /would require study in Washington/);
  const pairs = findCandidatePairs(units, weighStoryTerms(units), DEFAULT_ALIGN_OPTIONS);
  assert.ok(pairs.some((pair) => pair.a === proposal && pair.b === proposed));
});

test('alignment is deterministic and rejects bad input', () => {
  assert.deepEqual(alignFacts(docs), alignFacts(docs));
  assert.throws(() => alignFacts('nope' as never), TypeError);
});

test('a passage one source repeats is counted once: overlap never exceeds 1', () => {
  const wire =
    'The Iranian envoy said more talks would take place within a month, but US officials said nothing would be decided on until the Iraqis issued a follow-up invitation to both sides.';
  const TRIPLE = `${wire}\n\n${wire}\n\n${wire}`;
  const docs = [
    analyzeDocument({
      article: { id: 'S1', title: null, outlet: null, url: null, published: null, byline: null, origin: 'a', format: 'text', text: TRIPLE },
      text: TRIPLE,
      removed: [],
      offsets: [],
    }),
    analyzeDocument({
      article: { id: 'S2', title: null, outlet: null, url: null, published: null, byline: null, origin: 'b', format: 'text', text: wire },
      text: wire,
      removed: [],
      offsets: [],
    }),
  ];
  const [pair] = detectSyndication(docs, { minSharedWords: 10 }).syndication;
  assert.ok(pair, 'expected the shared wire copy to be found');
  assert.ok(pair.overlap <= 1, `overlap ${pair.overlap}`);
  assert.equal(pair.overlap, 1);
});

test('two long sources with a small vocabulary stay linear: a term in most sentences suggests no pair by itself', () => {
  const article = (id: string, count: number, unique: string): AnalyzedDocument => {
    const sentences = Array.from({ length: count }, (_, i) => `The council debated the budget plan ${unique}${i} again.`);
    const text = sentences.join(' ');
    let start = 0;
    return {
      source: id,
      text,
      tokens: buildTokenTable(text),
      sentences: sentences.map((sentenceText, index) => {
        const sentence = { source: id, index, start, end: start + sentenceText.length, text: sentenceText, paragraph: 0, words: [], terms: [] };
        start += sentenceText.length + 1;
        return sentence;
      }),
      entities: [],
      quotes: [],
      attributions: [],
      dates: [],
      numbers: [],
    };
  };
  // Few sentences: the shared "council debated budget plan" wording pairs them across the two sources.
  const small = buildUnits([article('S1', 5, 'alpha'), article('S2', 5, 'beta')]);
  assert.ok(findCandidatePairs(small, weighStoryTerms(small), { minScore: 0, minShared: 2, minSharedContent: 1 }).length > 0);
  // 400 sentences a source: the same wording is in every sentence, so it no longer suggests 160,000 pairs.
  const large = buildUnits([article('S1', 400, 'alpha'), article('S2', 400, 'beta')]);
  assert.equal(findCandidatePairs(large, weighStoryTerms(large), { minScore: 0, minShared: 2, minSharedContent: 1 }).length, 0);
});
