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

const OPTION_SETS = [DEFAULT_SYNDICATION_OPTIONS, { shingleWords: 5, minSharedWords: 12 }, { shingleWords: 8, minSharedWords: 0 }];

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

test('syndication: the index finds the same pairs as all pairs on 60 ECB+ articles and near-copies of ten', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  const texts = readLines<{ text: string }>(ECBPLUS)
    .slice(0, 60)
    .map((article) => article.text);
  const copies = texts.slice(0, 10).map((text) => text.split('\n').slice(0, -1).join('\n'));
  const docs = analyze([...texts, ...copies]);
  const pairs = findSyndicatedPairs(docs);
  assert.deepEqual(pairs, findSyndicatedPairsByAllPairs(docs));
  assert.ok(pairs.length >= 10, 'each near-copy shares copy with its original');
});
