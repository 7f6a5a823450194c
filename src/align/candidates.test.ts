import { analyzeTexts, readJsonLines } from '../../test/support/example-story.js';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze/index.js';
import type { AnalyzedDocument } from '../model/index.js';
import { readExampleDocs } from '../../test/fixtures/analyze/example-docs.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { findCandidatePairsByScan } from '../../test/fixtures/reference/candidates-scan.js';
import { findCandidatePairs, postingsCap, type PairLimits } from './candidates.js';
import { buildUnits } from './units.js';
import { weighStoryTerms } from './weights.js';

// The integer ids, per-term cursors, unit profiles and the early exit on hopeless scores must find exactly the
// matches (scores included) that scanning every posting list and comparing every pair found.
const MULTINEWS = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const ECBPLUS = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');
const LIMITS: readonly PairLimits[] = [
  { minScore: 0.125, minShared: 2, minSharedContent: 1 },
  { minScore: 0.4, minShared: 3, minSharedContent: 2 },
  { minScore: 0, minShared: 2, minSharedContent: 0 },
];

const readLines = readJsonLines;
const analyze = analyzeTexts;

function assertSameAsScan(docs: readonly AnalyzedDocument[]): number {
  const units = buildUnits(docs);
  const weights = weighStoryTerms(units);
  let found = 0;
  for (const limits of LIMITS) {
    const pairs = findCandidatePairs(units, weights, limits);
    assert.deepEqual(pairs, findCandidatePairsByScan(units, weights, limits, postingsCap(units.length)));
    found += pairs.length;
  }
  return found;
}

test('candidate pairs: the same matches as the plain scan on examples/baghdad-2007', () => {
  assert.ok(assertSameAsScan([...readExampleDocs().values()].map((clean) => analyzeDocument(clean))) > 0);
});

test('candidate pairs: the same matches as the plain scan on 25 Multi-News clusters', (t) => {
  if (!existsSync(MULTINEWS)) return t.skip('../shared/data not available');
  let found = 0;
  for (const cluster of readLines<{ documents: string[] }>(MULTINEWS).slice(0, 25)) found += assertSameAsScan(analyze(cluster.documents));
  assert.ok(found > 0);
});

test('candidate pairs: the same matches as the plain scan on 300 ECB+ articles (terms past the postings cap)', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  const docs = analyze(
    readLines<{ text: string }>(ECBPLUS)
      .slice(0, 300)
      .map((article) => article.text),
  );
  const units = buildUnits(docs);
  const weights = weighStoryTerms(units);
  // The story is long enough for its commonest terms to pass the cap (of 179 units at its 5,000 units).
  const frequency = new Map<string, number>();
  for (const unit of units) for (const term of unit.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  assert.ok(Math.max(...frequency.values()) > 300, 'a term past the cap');
  const limits = LIMITS[0]!;
  assert.deepEqual(findCandidatePairs(units, weights, limits), findCandidatePairsByScan(units, weights, limits, postingsCap(units.length)));
});

test('candidate pairs: the postings cap stays 300 on news stories and falls only past 3,000 units', (t) => {
  assert.equal(postingsCap(3000), 300);
  assert.equal(postingsCap(6000), 150);
  assert.equal(postingsCap(17745), 100);
  assert.equal(postingsCap(buildUnits([...readExampleDocs().values()].map((clean) => analyzeDocument(clean))).length), 300);
  if (!existsSync(MULTINEWS)) return t.skip('../shared/data not available');
  // The largest Multi-News test cluster has 697 units; these 25 stay far below the 3,000 where the cap starts to fall.
  for (const cluster of readLines<{ documents: string[] }>(MULTINEWS).slice(0, 25)) {
    assert.equal(postingsCap(buildUnits(analyze(cluster.documents)).length), 300);
  }
});
