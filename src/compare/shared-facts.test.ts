import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { CrossSourceAnalysis, Evidence } from '../model/index.js';
import { analyzeTexts, readJsonLines } from '../../test/support/example-story.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { compareSources } from './index.js';

// Facts that two sources share, on real clusters: what the gold set (test/fixtures/gold, tune stories) checks.
const MULTINEWS = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const skip = existsSync(MULTINEWS) ? false : `${MULTINEWS} is absent`;

function compareCluster(id: string): CrossSourceAnalysis {
  const cluster = readJsonLines<{ id: string; documents: string[] }>(MULTINEWS).find((line) => line.id === id);
  assert.ok(cluster, `cluster ${id}`);
  return compareSources(analyzeTexts(cluster.documents));
}

const sameSentence = (a: Evidence, b: Evidence): boolean => a.source === b.source && a.sentence === b.sentence;

test('a fact two sources report with different places is a conflict, not two one-source facts (hot glue, Logan/Palmer Square)', { skip }, () => {
  const analysis = compareCluster('994c4e5487e91bef73af6ea24878a117dc1a335f34d0ebbb');
  const conflict = analysis.conflicts.find((candidate) => candidate.sides.some((side) => /Logan Square/.test(side.claim)));
  assert.ok(conflict, 'Logan Square against Palmer Square is a conflict');
  const sides = conflict.sides.flatMap((side) => side.evidence);
  const alone = analysis.facts.filter((fact) => fact.sources.length === 1 && fact.evidence.some((item) => sides.some((side) => sameSentence(item, side))));
  assert.deepEqual(
    alone.map((fact) => fact.text),
    [],
    'the sentences of both sides report "two women were charged"; neither is a fact one source alone reports',
  );
});

test("two clauses that are each other's best match are not one-source facts (hot glue: the laughing assistant)", { skip }, () => {
  const analysis = compareCluster('994c4e5487e91bef73af6ea24878a117dc1a335f34d0ebbb');
  const alone = analysis.facts.filter((fact) => fact.sources.length === 1 && /can be seen laughing nearby|stood idly by, laughing/.test(fact.text));
  assert.deepEqual(
    alone.map((fact) => fact.text),
    [],
    '"Gonzalez, an assistant …, can be seen laughing nearby" and "An assistant … stood idly by, laughing with Cosme" report one detail',
  );
});

test('two children with one illness are not one consensus fact (acute flaccid myelitis: Braden Scott, Laura Carson)', { skip }, () => {
  const analysis = compareCluster('69b0462ff955b459b70c0eefe0dd4d8ea39db80b77d92351');
  const merged = analysis.facts.filter(
    (fact) =>
      fact.evidence.some((item) => /Braden Scott sits up/.test(item.text)) && fact.evidence.some((item) => /Laura Carson was a healthy/.test(item.text)),
  );
  assert.deepEqual(
    merged.map((fact) => fact.sources),
    [],
    'the sentence on Laura Carson is not a second source for the one on Braden Scott',
  );
});
