import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeTextRankSimilarity, orderByScore, rankGraph } from './index.js';
import { buildTfIdfVector, computeCosine, computeSentenceIdf, sumVectors } from './vectors.js';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('rankGraph: uniform on symmetric graphs, the hub first on a star, always a distribution', () => {
  const pair = rankGraph([Float64Array.of(0, 1), Float64Array.of(1, 0)]);
  close(pair[0]!, 0.5);
  close(pair[1]!, 0.5);
  const star = rankGraph([Float64Array.of(0, 1, 1, 1), Float64Array.of(1, 0, 0, 0), Float64Array.of(1, 0, 0, 0), Float64Array.of(1, 0, 0, 0)]);
  assert.deepEqual(orderByScore(star), [0, 1, 2, 3]);
  close(
    star.reduce((sum, value) => sum + value, 0),
    1,
  );
  // hub = (1-d)/4 + d·(mass of the 3 leaves) = (1-d)/4 + d·(1 - hub)
  const d = 0.85;
  assert.ok(Math.abs(star[0]! - ((1 - d) / 4 + d) / (1 + d)) < 1e-7);
  close(star[1]!, star[2]!);
  const isolated = rankGraph([new Float64Array(3), new Float64Array(3), new Float64Array(3)]);
  for (const value of isolated) close(value, 1 / 3);
  assert.equal(rankGraph([]).length, 0);
});

test('Mihalcea–Tarau similarity: shared words over the sum of log lengths', () => {
  close(computeTextRankSimilarity(['a', 'b', 'c'], ['b', 'c', 'd']), 2 / (2 * Math.log(3)));
  close(computeTextRankSimilarity(['a', 'a', 'b'], ['a']), 1 / Math.log(3));
  assert.equal(computeTextRankSimilarity(['a'], ['a']), 0);
});

test('tf·idf cosine: idf over sentences, identical bags score 1, disjoint 0', () => {
  const sentences = [['iran', 'talk'], ['iran', 'baghdad'], ['dog']];
  const idf = computeSentenceIdf(sentences);
  close(idf.get('iran')!, Math.log(3 / 2));
  close(idf.get('dog')!, Math.log(3));
  const [a, b, c] = sentences.map((terms) => buildTfIdfVector(terms, idf));
  close(computeCosine(a!, a!), 1);
  assert.equal(computeCosine(a!, c!), 0);
  const expected = Math.log(1.5) ** 2 / Math.hypot(Math.log(1.5), Math.log(3)) ** 2;
  close(computeCosine(a!, b!), expected);
  close(sumVectors([a!, b!]).weights.get('iran')!, 2 * Math.log(1.5));
});
