// Conformance with the reference ROUGE-1.5.5 Perl script (see ../shared/data/rouge-reference/README.md):
// every number of every case within 0.0001, and identical once rounded the way the script prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { averageRougeScores, roundRougeScores } from './average.js';
import { averageRougeScoresLikeRouge155 } from './rouge155-average.js';
import { scoreRouge } from './score.js';
import { tokenizeForRouge } from './tokenize.js';
import type { RougeMetric, RougeScores } from './types.js';
import { repoPath, sharedDataPath } from '../../../test/fixtures/paths.js';

const SYNTHETIC = repoPath('test', 'fixtures', 'rouge', 'synthetic.jsonl.gz');
const SHARED = sharedDataPath('rouge-reference');

type Triple = [number, number, number];
interface ReferenceCase {
  id: string;
  peer: string;
  reference: string;
  scored_peer: string;
  scored_reference: string;
  plain: Record<string, Triple>;
  stemmed: Record<string, Triple>;
}

const REFERENCE_NAMES: Record<string, RougeMetric> = {
  'ROUGE-1': 'ROUGE-1',
  'ROUGE-2': 'ROUGE-2',
  'ROUGE-3': 'ROUGE-3',
  'ROUGE-4': 'ROUGE-4',
  'ROUGE-L': 'ROUGE-L',
  'ROUGE-W-1.2': 'ROUGE-W',
  'ROUGE-S4': 'ROUGE-S',
  'ROUGE-SU4': 'ROUGE-SU',
};
const MODES = ['plain', 'stemmed'] as const;

function readCases(path: string): ReferenceCase[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ReferenceCase);
}

/** Checks every case; returns the largest absolute difference seen. */
function checkCases(cases: readonly ReferenceCase[]): { maxDifference: number; scores: Record<(typeof MODES)[number], RougeScores[]> } {
  let maxDifference = 0;
  const scores = { plain: [] as RougeScores[], stemmed: [] as RougeScores[] };
  for (const item of cases) {
    assert.equal(tokenizeForRouge(item.peer, { maxWords: 300, stem: false }).join(' '), item.scored_peer, `${item.id}: scored peer text`);
    assert.equal(tokenizeForRouge(item.reference, { maxWords: null, stem: false }).join(' '), item.scored_reference, `${item.id}: scored reference text`);
    for (const mode of MODES) {
      const raw = scoreRouge(item.peer, item.reference, { stem: mode === 'stemmed' });
      const rounded = roundRougeScores(raw);
      scores[mode].push(raw);
      for (const [name, metric] of Object.entries(REFERENCE_NAMES)) {
        const expected = item[mode][name] as Triple;
        const ours = [raw[metric].recall, raw[metric].precision, raw[metric].f];
        const printed = [rounded[metric].recall, rounded[metric].precision, rounded[metric].f];
        for (let k = 0; k < 3; k++) {
          const difference = Math.abs((ours[k] as number) - (expected[k] as number));
          maxDifference = Math.max(maxDifference, difference);
          assert.ok(difference <= 1e-4, `${item.id} ${mode} ${name}[${k}]: ${ours[k]} vs ${expected[k]}`);
          assert.equal(printed[k], expected[k], `${item.id} ${mode} ${name}[${k}] as printed`);
        }
      }
    }
  }
  return { maxDifference, scores };
}

test('synthetic cases (project fixture): every number agrees with ROUGE-1.5.5', () => {
  const cases = readCases(SYNTHETIC);
  assert.equal(cases.length, 120);
  const { maxDifference } = checkCases(cases);
  assert.ok(maxDifference <= 1e-4);
});

test('Multi-News cases and averages (shared data): every number agrees with ROUGE-1.5.5', (t) => {
  if (!existsSync(join(SHARED, 'cases.jsonl.gz'))) return t.skip('../shared/data/rouge-reference not present');
  const cases = readCases(join(SHARED, 'cases.jsonl.gz'));
  assert.equal(cases.length, 245);
  const { scores } = checkCases(cases);
  for (const mode of MODES) {
    const expected = JSON.parse(readFileSync(join(SHARED, `average-${mode}.json`), 'utf8')).average as Record<string, { R: number; P: number; F: number }>;
    // The script prints the mean of its 1000 bootstrap resamples, replayed exactly here …
    const printed = averageRougeScoresLikeRouge155(scores[mode]);
    // … which is within 0.0005 of the plain mean over clusters that `corroborate eval` reports.
    const plain = averageRougeScores(scores[mode]);
    for (const [name, metric] of Object.entries(REFERENCE_NAMES)) {
      const figure = expected[name] as { R: number; P: number; F: number };
      assert.deepEqual([printed[metric].recall, printed[metric].precision, printed[metric].f], [figure.R, figure.P, figure.F], `${mode} ${name} average`);
      for (const [ours, theirs] of [
        [plain[metric].recall, figure.R],
        [plain[metric].precision, figure.P],
        [plain[metric].f, figure.F],
      ] as const) {
        assert.ok(Math.abs(ours - theirs) < 5e-4, `${mode} ${name} plain mean ${ours} vs ${theirs}`);
      }
    }
  }
});
