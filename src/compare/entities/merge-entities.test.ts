import { analyzeTexts, readJsonLines } from '../../../test/support/example-story.js';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument } from '../../analyze/index.js';
import type { AnalyzedDocument } from '../../model/index.js';
import { readExampleDocs } from '../../../test/fixtures/analyze/example-docs.js';
import { sharedDataPath } from '../../../test/fixtures/paths.js';
import { mergeEntitiesByScan } from '../../../test/fixtures/reference/merge-entities-scan.js';
import { mergeEntities } from './index.js';

// The surname merge and name resolution through key indexes must give what scanning every person gave.
const MULTINEWS = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');

function assertSameAsScan(docs: readonly AnalyzedDocument[]): number {
  const indexed = mergeEntities(docs);
  const scanned = mergeEntitiesByScan(docs);
  assert.deepEqual(indexed.entities, scanned.entities);
  // Every name the story gives (mentions, speakers, their last and first words) resolves to the same entity.
  const names = new Set<string>();
  for (const doc of docs) {
    for (const mention of doc.entities) names.add(mention.text);
    for (const quote of doc.quotes) if (quote.speaker) names.add(quote.speaker);
  }
  for (const name of [...names]) for (const word of name.split(/\s+/)) names.add(word);
  let resolved = 0;
  for (const name of names) {
    const id = indexed.resolve(name);
    assert.equal(id, scanned.resolve(name), name);
    if (id !== null) resolved++;
    if (id !== null) assert.equal(indexed.entity(id)?.id, id);
  }
  return resolved;
}

test('entities: the indexed merge and resolution agree with the scan on examples/baghdad-2007', () => {
  assert.ok(assertSameAsScan([...readExampleDocs().values()].map((clean) => analyzeDocument(clean))) > 0);
});

test('entities: the indexed merge and resolution agree with the scan on 40 Multi-News clusters', (t) => {
  if (!existsSync(MULTINEWS)) return t.skip('../shared/data not available');
  const clusters = readJsonLines<{ documents: string[] }>(MULTINEWS, 40);
  let resolved = 0;
  for (const cluster of clusters) {
    resolved += assertSameAsScan(analyzeTexts(cluster.documents));
  }
  assert.ok(resolved > 100);
});
