import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEvalTable } from './format-report.js';
import { runEval, type SavedSummary } from './run-eval.js';
import { DEFAULT_EVAL_SYSTEM_NAMES, EVAL_SYSTEMS, resolveEvalSystems } from './systems.js';
import type { Cluster } from './datasets/index.js';

const CLUSTERS: Cluster[] = [
  { id: 'c1', documents: ['The cat sat on the mat. It purred.', 'A dog barked.'], summary: 'The cat sat on the mat.' },
  { id: 'c2', documents: ['Rain fell in Paris on Monday.'], summary: 'Rain fell in Paris.' },
];

/** A clock that advances 10 ms per reading, so every summary "takes" 10 ms. */
function fakeClock(): () => number {
  let now = 0;
  return () => (now += 10);
}

test('runEval scores every system on every cluster, in order, with the injected clock', async () => {
  const saved: SavedSummary[] = [];
  const progress: number[] = [];
  const report = await runEval(CLUSTERS, {
    systems: [
      { name: 'echo-first', summarize: (documents) => documents[0] ?? '' },
      {
        name: 'broken',
        summarize: () => {
          throw new Error('boom');
        },
      },
    ],
    words: 5,
    now: fakeClock(),
    onSummary: (summary) => {
      saved.push(summary);
    },
    onProgress: (done) => progress.push(done),
  });
  assert.equal(report.clusters, 2);
  assert.deepEqual(progress, [1, 2]);
  assert.deepEqual(
    saved.map((s) => `${s.id}/${s.system}`),
    ['c1/echo-first', 'c1/broken', 'c2/echo-first', 'c2/broken'],
  );
  const [echo, broken] = report.systems;
  // c1: first 5 words "the cat sat on the" all in the reference (R 5/6, P 1); c2: "rain fell in paris on" (R 1, P 4/5)
  assert.ok(Math.abs(echo!.rouge['ROUGE-1'].recall - (5 / 6 + 1) / 2) < 1e-12);
  assert.ok(Math.abs(echo!.rouge['ROUGE-1'].precision - (1 + 4 / 5) / 2) < 1e-12);
  assert.equal(echo!.averageWords, 5);
  assert.equal(echo!.averageOutputWords, (8 + 6) / 2);
  assert.equal(echo!.seconds, 0.02);
  assert.equal(echo!.storiesPerSecond, 100);
  assert.equal(broken!.failures, 2);
  assert.equal(broken!.firstFailure, 'c1: boom');
  assert.equal(broken!.rouge['ROUGE-1'].f, 0);
  const table = formatEvalTable(report);
  assert.match(table, /over 2 clusters; system text cut at 5 words; no stemming/);
  assert.match(table, /^echo-first +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d +5\.0 +100$/m);
  assert.match(table, /broken \(2 failed\)/);
  assert.match(table, /broken failed on 2 clusters, first: c1: boom/);
  await assert.rejects(runEval(CLUSTERS, { systems: [], words: 0, now: fakeClock() }), /runEval: expected a positive integer words/);
});

test('the system registry has the product and the paper’s baselines', () => {
  assert.deepEqual([...DEFAULT_EVAL_SYSTEM_NAMES], ['corroborate', 'first-1', 'first-2', 'first-3', 'lexrank', 'textrank', 'mmr']);
  for (const name of DEFAULT_EVAL_SYSTEM_NAMES) assert.equal(typeof EVAL_SYSTEMS[name], 'function');
  assert.deepEqual(
    resolveEvalSystems(['mmr', 'first-2']).map((s) => s.name),
    ['mmr', 'first-2'],
  );
  assert.throws(() => resolveEvalSystems(['first-9']), /resolveEvalSystems: unknown system "first-9"; known: corroborate, first-1/);
  assert.throws(() => resolveEvalSystems(['mmr', 'mmr']), /named twice/);
  assert.throws(() => resolveEvalSystems(['toString']), /unknown system "toString"/);
  assert.throws(() => resolveEvalSystems([]), /at least one system/);
});

test('the corroborate system summarizes plain documents within the budget', () => {
  const summary = EVAL_SYSTEMS.corroborate!(CLUSTERS[0]!.documents, 300);
  assert.match(summary, /cat sat on the mat/);
  assert.equal(EVAL_SYSTEMS.corroborate!([], 300), '');
});
