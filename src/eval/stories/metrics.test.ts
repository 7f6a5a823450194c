import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreClustering } from './metrics.js';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

test('B-cubed and pairwise scores of a small clustering, computed by hand', () => {
  // Gold: a a a b b. Predicted: 1 1 2 2 2.
  // B³ precision per article: 2/2, 2/2, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 2/2, 2/2 → 11/15.
  // Pairs put together: (1,2) right; (3,4), (3,5) wrong; (4,5) right → precision 2/4. Gold pairs: 3 + 1 → recall 2/4.
  const scores = scoreClustering(['a', 'a', 'a', 'b', 'b'], [1, 1, 2, 2, 2]);
  close(scores.bcubed.precision, 11 / 15);
  close(scores.bcubed.recall, 11 / 15);
  close(scores.bcubed.f1, 11 / 15);
  close(scores.pairwise.precision, 0.5);
  close(scores.pairwise.recall, 0.5);
  close(scores.pairwise.f1, 0.5);
  assert.equal(scores.stories, 2);
  assert.equal(scores.goldStories, 2);
});

test('the two extremes: all singletons and one story', () => {
  const gold = ['a', 'a', 'b', 'c'];
  const singletons = scoreClustering(gold, [1, 2, 3, 4]);
  // Recall per article: 1/2, 1/2, 1, 1 → 3/4; no pair is predicted, so pairwise precision is 1 and recall 0.
  close(singletons.bcubed.precision, 1);
  close(singletons.bcubed.recall, 0.75);
  close(singletons.pairwise.precision, 1);
  close(singletons.pairwise.recall, 0);
  close(singletons.pairwise.f1, 0);
  const one = scoreClustering(gold, [7, 7, 7, 7]);
  // Precision per article: 2/4, 2/4, 1/4, 1/4 → 3/8; recall 1. Pairs: 1 right of 6.
  close(one.bcubed.precision, 3 / 8);
  close(one.bcubed.recall, 1);
  close(one.bcubed.f1, (2 * (3 / 8)) / (1 + 3 / 8));
  close(one.pairwise.precision, 1 / 6);
  close(one.pairwise.recall, 1);
});

test('labels are compared as given: 1 and "1" are different stories, and lengths must match', () => {
  const scores = scoreClustering(['x', 'x'], [1, '1']);
  assert.equal(scores.stories, 2);
  close(scores.bcubed.recall, 0.5);
  assert.throws(() => scoreClustering(['a'], [1, 2]), /same length/);
});
