import { analyzeTexts, readJsonLines } from '../../test/support/example-story.js';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze/index.js';
import type { AnalyzedDocument } from '../model/index.js';
import { readExampleDocs } from '../../test/fixtures/analyze/example-docs.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { describeSourcesByScan } from '../../test/fixtures/reference/summarize-scan.js';
import { compareSources } from './compare-sources.js';
import { describeSources } from './per-source.js';

// One pass over the facts (single-source facts by source, consensus facts' sources as sets) must give the view
// that scanning every fact for every source gave.
const MULTINEWS = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');

function assertSameAsScan(docs: readonly AnalyzedDocument[]): void {
  const { facts } = compareSources(docs);
  const sources = docs.map((doc) => doc.source);
  assert.deepEqual(describeSources(sources, facts), describeSourcesByScan(sources, facts));
}

test('per-source view: the same as scanning every fact for every source, on the example and 15 Multi-News clusters', (t) => {
  assertSameAsScan([...readExampleDocs().values()].map((clean) => analyzeDocument(clean)));
  if (!existsSync(MULTINEWS)) return t.skip('../shared/data not available');
  const clusters = readJsonLines<{ documents: string[] }>(MULTINEWS, 15);
  for (const cluster of clusters) {
    assertSameAsScan(analyzeTexts(cluster.documents));
  }
});
