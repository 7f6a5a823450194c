import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineRouge, scoreRouge } from './score.js';
import { countNgramOverlaps, countSkipBigramOverlap } from './ngrams.js';
import { countLcs, weighLcs } from './lcs.js';

const close = (actual: number, expected: number, message?: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${message ?? ''} ${actual} ≠ ${expected}`);

const REFERENCE = 'The cat sat on the mat.';
const SYSTEM = 'The cat sat on a mat';

test('ROUGE-1 and ROUGE-2 clip repeated grams by the reference count', () => {
  const scores = scoreRouge(SYSTEM, REFERENCE);
  // unigrams: the×2 cat sat on mat vs the cat sat on a mat → 5 hits of 6 each side
  close(scores['ROUGE-1'].recall, 5 / 6);
  close(scores['ROUGE-1'].precision, 5 / 6);
  // bigrams: the-cat cat-sat sat-on shared out of 5 each side
  close(scores['ROUGE-2'].recall, 3 / 5);
  close(scores['ROUGE-2'].f, 3 / 5);
  // trigrams: the-cat-sat cat-sat-on of 4; 4-grams: the-cat-sat-on of 3
  close(scores['ROUGE-3'].recall, 2 / 4);
  close(scores['ROUGE-4'].recall, 1 / 3);
  const repeats = countNgramOverlaps(['the', 'cat'], ['the', 'the', 'the'], 2);
  assert.deepEqual(repeats[0], { hits: 1, referenceTotal: 2, peerTotal: 3 });
  assert.deepEqual(repeats[1], { hits: 0, referenceTotal: 1, peerTotal: 2 });
});

test('ROUGE-L is the longest common subsequence over each side’s length', () => {
  const scores = scoreRouge(SYSTEM, REFERENCE);
  close(scores['ROUGE-L'].recall, 5 / 6); // the cat sat on … mat
  assert.equal(countLcs(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']), 1);
  assert.equal(countLcs(['a', 'b', 'a'], ['b', 'a', 'b', 'a']), 3);
  assert.equal(countLcs([], ['a']), 0);
});

test('ROUGE-SU4 counts skip-bigrams up to 4 words apart plus every unigram but the last', () => {
  const scores = scoreRouge(SYSTEM, REFERENCE);
  // 6 tokens: 15 skip-bigrams (all pairs fit the window) + 5 unigrams = 20 each side;
  // 10 shared skip-bigrams, 4 shared unigrams (the cat sat on; "mat" is last on both sides)
  close(scores['ROUGE-S'].recall, 10 / 15);
  close(scores['ROUGE-SU'].recall, 14 / 20);
  close(scores['ROUGE-SU'].precision, 14 / 20);
  const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  assert.deepEqual(countSkipBigramOverlap(seven, ['a', 'g'], 4, false), { hits: 0, referenceTotal: 20, peerTotal: 1 });
  assert.deepEqual(countSkipBigramOverlap(seven, ['a', 'f'], 4, false), { hits: 1, referenceTotal: 20, peerTotal: 1 });
  assert.deepEqual(countSkipBigramOverlap(seven, ['a', 'g'], -1, false), { hits: 1, referenceTotal: 21, peerTotal: 1 });
  assert.deepEqual(countSkipBigramOverlap(['a'], ['a'], 4, true), { hits: 0, referenceTotal: 0, peerTotal: 0 });
});

test('ROUGE-W weighs runs of consecutive reference positions and weighs the reference base twice', () => {
  const ten = 'a b c d e f g h i j';
  const identical = scoreRouge(ten, ten)['ROUGE-W'];
  close(identical.precision, 1);
  // hit 10^1.2 over (10^1.2)^1.2, then ^(1/1.2): 10^-0.2, as the reference prints for identical texts
  close(identical.recall, 10 ** -0.2);
  // The peer's gap does not break the run: the reference positions a b c d are consecutive.
  close(weighLcs(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'c', 'd'], 1.2), 4 ** 1.2);
  close(weighLcs(['a', 'b', 'x', 'c', 'd'], ['a', 'b', 'c', 'd'], 1.2), 2 * 2 ** 1.2);
  const gapped = scoreRouge('a b x c d', 'a b c d')['ROUGE-W'];
  close(gapped.precision, 0.8);
  close(gapped.recall, 4 ** -0.2);
});

test('the system text is cut to 300 words by default and stemming is optional', () => {
  const long = `${'alpha '.repeat(300)}omega`;
  assert.equal(scoreRouge(long, 'omega')['ROUGE-1'].recall, 0);
  assert.equal(scoreRouge(long, 'omega', { maxWords: null })['ROUGE-1'].recall, 1);
  assert.equal(scoreRouge('The children went home', 'A child goes home')['ROUGE-1'].recall, 1 / 4);
  assert.equal(scoreRouge('The children went home', 'A child goes home', { stem: true })['ROUGE-1'].recall, 3 / 4);
});

test('empty texts and F-measure weighting', () => {
  const empty = scoreRouge('', REFERENCE);
  for (const score of Object.values(empty)) assert.deepEqual(score, { recall: 0, precision: 0, f: 0 });
  assert.deepEqual(combineRouge(3, 4, 6, 0.5), { recall: 0.75, precision: 0.5, f: 0.6 });
  close(combineRouge(3, 4, 6, 1).f, 0.5);
  close(combineRouge(3, 4, 6, 0).f, 0.75);
  assert.throws(() => scoreRouge(undefined as unknown as string, 'x'), /prepareRougeText: expected a string/);
});
