import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageRougeScores, roundRouge, roundRougeScore } from './average.js';
import { averageRougeScoresLikeRouge155, computeRouge155Mean } from './rouge155-average.js';
import { scoreRouge } from './score.js';

test('averageRougeScores is the plain mean of recall, precision and F', () => {
  const a = scoreRouge('the cat', 'the cat sat');
  const b = scoreRouge('a dog', 'the cat sat');
  const mean = averageRougeScores([a, b]);
  assert.equal(mean['ROUGE-1'].recall, (2 / 3 + 0) / 2);
  assert.equal(mean['ROUGE-1'].precision, 0.5);
  assert.deepEqual(averageRougeScores([])['ROUGE-L'], { recall: 0, precision: 0, f: 0 });
});

test('roundRouge prints like C: exact halves go to the even digit', () => {
  assert.equal(roundRouge(0.078125), 0.07812);
  assert.equal(roundRouge(0.203125), 0.20312);
  assert.equal(roundRouge(0.046875), 0.04688);
  assert.equal(roundRouge(0.0781251), 0.07813);
  assert.equal(roundRouge(2 / 3), 0.66667);
  // F is computed from the rounded R and P, as the reference script does.
  assert.deepEqual(roundRougeScore({ recall: 2 / 3, precision: 1 / 3, f: 4 / 9 }), { recall: 0.66667, precision: 0.33333, f: 0.44444 });
});

test('the ROUGE-1.5.5 average replays Perl’s drand48 bootstrap (srand(i), 1000 resamples)', () => {
  // perl -e 'srand(0); print rand()' → 0.170828…, 0.749901…, 0.096371…: picks 0, 2, 0 of three values …
  assert.ok(
    Math.abs(
      computeRouge155Mean(
        [
          [0, 0, 0],
          [1, 1, 1],
          [0.5, 0.5, 0.5],
        ],
        5,
      )[0] - 0.43333333333333335,
    ) < 1e-15,
  );
  assert.deepEqual(computeRouge155Mean([[0.25, 0.5, 0.75]], 10), [0.25, 0.5, 0.75]);
  assert.deepEqual(computeRouge155Mean([], 10), [0, 0, 0]);
  const scores = [scoreRouge('a b', 'a b c'), scoreRouge('a', 'b')];
  assert.throws(() => averageRougeScoresLikeRouge155(scores, { ids: ['x'] }), /expected 2 ids, got 1/);
  const average = averageRougeScoresLikeRouge155(scores);
  assert.ok(average['ROUGE-1'].recall > 0 && average['ROUGE-1'].recall < 2 / 3);
});
