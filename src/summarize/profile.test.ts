import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedDocument, Sentence } from '../model/index.js';
import { countGrams, DEFAULT_PROFILE_OPTIONS, poissonTail, profileSources } from './02-profile.js';
import { readPlainWords as wordsOf } from '../analyze/index.js';

function doc(source: string, ...texts: string[]): AnalyzedDocument {
  let at = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const sentence = { source, index, start: at, end: at + text.length, text, paragraph: 0, words: text.split(' '), terms: [] };
    at += text.length + 1;
    return sentence;
  });
  return { source, text: texts.join(' '), sentences } as unknown as AnalyzedDocument;
}

test('words are lower-cased letter and digit runs; grams are words and adjacent pairs', () => {
  assert.deepEqual(wordsOf("The U.S. envoy met Iran's envoy, 4 hours."), ['the', 'u', 's', 'envoy', 'met', 'iran', 's', 'envoy', '4', 'hours']);
  assert.deepEqual(
    [...countGrams('Envoy met envoy')],
    [
      ['envoy', 2],
      ['envoy met', 1],
      ['met', 1],
      ['met envoy', 1],
    ],
  );
  assert.deepEqual([...countGrams('')], []);
});

test('the Poisson tail by hand', () => {
  assert.equal(poissonTail(0, 1), 0);
  assert.equal(poissonTail(2, 0), 1);
  assert.ok(Math.abs(poissonTail(1, 1) - (1 - Math.exp(-1))) < 1e-12);
  assert.ok(Math.abs(poissonTail(2, 3) - (1 - 5 * Math.exp(-2))) < 1e-12);
});

test('profile weights: shared grams outweigh grams of one source, later occurrences weigh less', () => {
  // Two sources of 4 words each, summary of 4 words: every source is its own summary (scale 1).
  const profile = profileSources([doc('S1', 'Iran talks Iran resumed'), doc('S2', 'Iran talks ended today')], 4, {
    ...DEFAULT_PROFILE_OPTIONS,
    minWeight: 1e-9,
  });
  const tail = (mean: number, k: number): number => poissonTail(mean, k);
  // "talks": once in each source: (P(X≥1 | 1))^2.
  assert.ok(Math.abs(profile.get('talks')![0]! - tail(1, 1) ** 2) < 1e-12);
  // "resumed": once in one source of two: ((P(X≥1 | 1) + 0) / 2)^2, a quarter of a shared gram.
  assert.ok(Math.abs(profile.get('resumed')![0]! - (tail(1, 1) / 2) ** 2) < 1e-12);
  // "iran": twice in S1, once in S2; its second occurrence weighs less than its first.
  const iran = profile.get('iran')!;
  assert.ok(Math.abs(iran[0]! - ((tail(2, 1) + tail(1, 1)) / 2) ** 2) < 1e-12);
  assert.ok(Math.abs(iran[1]! - ((tail(2, 2) + tail(1, 2)) / 2) ** 2) < 1e-12);
  assert.ok(iran[1]! < iran[0]!);
  assert.ok(profile.get('iran talks')![0]! > profile.get('iran resumed')![0]!);
});

test('a long source is shrunk to the summary length before it is counted', () => {
  const long = doc('S1', Array.from({ length: 100 }, (_, i) => `word${i % 10}`).join(' '));
  // 100 words, each of 10 words 10 times; a 10-word summary would hold each about once (the share of
  // sources is then that chance, squared by the agreement exponent).
  const profile = profileSources([long], 10);
  assert.ok(Math.abs(profile.get('word3')![0]! - poissonTail(1, 1) ** 2) < 1e-12);
  assert.ok(Math.abs(profile.get('word3')![1]! - poissonTail(1, 2) ** 2) < 1e-12);
  assert.throws(() => profileSources([long], 0), /profileSources: expected a positive word budget/);
});
