import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averageScores, pagePrecision, pageRecall, scorePage, shingleCounts } from './shingle-score.js';

const grams = (text: string): string[] => [...shingleCounts(text).entries()].map(([gram, count]) => `${gram.replaceAll('\u0001', ' ')}×${count}`);

test('4-grams of \\w+ words, as the benchmark splits them', () => {
  assert.deepEqual(grams('The cat sat on the mat.'), ['The cat sat on×1', 'cat sat on the×1', 'sat on the mat×1']);
  // Fewer than four words make one gram; no words, none.
  assert.deepEqual(grams('Hello, world'), ['Hello world×1']);
  assert.deepEqual(grams(' — '), []);
  // Punctuation splits words (Python's \w: letters, digits, underscore); case is kept.
  assert.deepEqual(grams("U.S. isn't snake_case"), ['U S isn t×1', 'S isn t snake_case×1']);
  // A run of Japanese is one word up to its punctuation; the full-width plus sign splits.
  assert.deepEqual(grams('Ctrl＋Alt＋Kで立ち上がる。'), ['Ctrl Alt Kで立ち上がる×1']);
  // Repeats are counted.
  assert.deepEqual(grams('a b c d a b c d'), ['a b c d×2', 'b c d a×1', 'c d a b×1', 'd a b c×1']);
});

test('one page: matched, extra and missing grams as shares of their sum (computed by hand)', () => {
  // truth: [the cat sat on] [cat sat on the] [sat on the mat]
  // predicted adds [on the mat today]: matched 3, extra 1, missing 0 → 3/4, 1/4, 0.
  const extra = scorePage('the cat sat on the mat', 'the cat sat on the mat today');
  assert.deepEqual(extra, { matched: 0.75, extra: 0.25, missing: 0 });
  assert.equal(pagePrecision(extra), 0.75);
  assert.equal(pageRecall(extra), 1);
  // predicted "the cat sat on": matched 1, missing 2 → 1/3, 0, 2/3.
  const short = scorePage('the cat sat on the mat', 'the cat sat on');
  assert.deepEqual(short, { matched: 1 / 3, extra: 0, missing: 2 / 3 });
  assert.equal(pagePrecision(short), 1);
  assert.equal(pageRecall(short), 1 / 3);
  // Nothing predicted: precision 0 of nothing, recall 0.
  const empty = scorePage('the cat sat on the mat', '');
  assert.deepEqual(empty, { matched: 0, extra: 0, missing: 1 });
  assert.equal(pageRecall(empty), 0);
  // Identical texts, and two empty texts, score 1.
  assert.equal(pagePrecision(scorePage('a b c d e', 'a b c d e')), 1);
  assert.equal(pageRecall(scorePage('', '')), 1);
});

test('averages over pages: precision only where something was predicted, recall over all, F1 of the means', () => {
  const pages = [
    scorePage('the cat sat on the mat', 'the cat sat on the mat today'),
    scorePage('the cat sat on the mat', 'the cat sat on'),
    scorePage('the cat sat on the mat', ''),
  ];
  const score = averageScores(pages);
  // precision: mean(3/4, 1) = 7/8 (the empty prediction is left out); recall: mean(1, 1/3, 0) = 4/9.
  assert.equal(score.precision, 7 / 8);
  assert.ok(Math.abs(score.recall - 4 / 9) < 1e-12);
  const f1 = (2 * (7 / 8) * (4 / 9)) / (7 / 8 + 4 / 9);
  assert.ok(Math.abs(score.f1 - f1) < 1e-12);
  assert.equal(score.pages, 3);
});
