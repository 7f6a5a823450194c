import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { analyzeDocument } from '../analyze/index.js';
import type { AnalyzedDocument } from '../model/index.js';
import { cleanArticle } from '../clean/index.js';
import { loadExampleStory, readJsonLines, textArticle } from '../../test/support/example-story.js';
import { DEFAULT_ONE_EVENT_OPTIONS, findOffTopicArticles, measureNeighbours } from './index.js';

const longbench = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const ecbplus = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');

test('the example story is one event; an Occupy Philadelphia article added to it is named', { skip: !existsSync(longbench) && 'needs ../shared/data' }, () => {
  const { docs } = loadExampleStory();
  assert.deepEqual(findOffTopicArticles(docs), []);
  const [first] = gunzipSync(readFileSync(longbench)).toString('utf8').split('\n');
  const occupy = (JSON.parse(first!) as { documents: string[] }).documents[0]!;
  assert.match(occupy, /Occupy/);
  const stranger = analyzeDocument(cleanArticle(textArticle('S4', occupy)).article);
  assert.deepEqual(
    findOffTopicArticles([...docs, stranger]).map((d) => [d.code, d.source]),
    [['off-topic-article', 'S4']],
  );
  // Two articles: neither is "the rest".
  assert.deepEqual(findOffTopicArticles([docs[0]!, stranger]), []);
});

test('a 300-article story compares each article with its likely neighbours only, and finds what all pairs find', {
  skip: !existsSync(ecbplus) && 'needs ../shared/data',
}, () => {
  const records = readJsonLines<{ title: string; text: string }>(ecbplus, 300);
  const docs = records.map((record, index) => analyzeDocument(cleanArticle(textArticle(`S${index + 1}`, `${record.title}\n${record.text}`)).article));
  const indexed = measureNeighbours(docs);
  const exhaustive = measureNeighbours(docs, Number.POSITIVE_INFINITY);
  const same = indexed.filter((neighbour, i) => Math.abs(neighbour.best - exhaustive[i]!.best) < 1e-12).length;
  assert.ok(same >= 0.95 * docs.length, `${same} of ${docs.length} closest neighbours found`);
  const flagged = (list: typeof indexed) => list.filter((n) => n.best < DEFAULT_ONE_EVENT_OPTIONS.minSimilarity).map((n) => n.source);
  assert.deepEqual(flagged(indexed), flagged(exhaustive));
});

// The plain definition, with map lookups: measureNeighbours reads the larger vector of a pair from a dense array.
function neighboursByMaps(docs: readonly AnalyzedDocument[]): number[] {
  const counts = docs.map((doc) => {
    const terms = new Map<string, number>();
    for (const term of doc.tokens.terms.values) terms.set(term, (terms.get(term) ?? 0) + 1);
    for (const mention of doc.entities) {
      const key = `name:${mention.entity ?? mention.text.toLowerCase()}`;
      terms.set(key, (terms.get(key) ?? 0) + 3);
    }
    return terms;
  });
  const frequency = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const vectors = counts.map((terms) => {
    const vector = new Map<string, number>();
    terms.forEach((count, term) => vector.set(term, (1 + Math.log(count)) * Math.log(1 + docs.length / frequency.get(term)!)));
    return vector;
  });
  const norms = vectors.map((vector) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0)));
  const dot = (a: Map<string, number>, b: Map<string, number>): number => {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let sum = 0;
    small.forEach((weight, term) => {
      const other = large.get(term);
      if (other !== undefined) sum += weight * other;
    });
    return sum;
  };
  return vectors.map((vector, i) =>
    vectors.reduce((best, other, j) => (j === i || !(norms[i]! > 0 && norms[j]! > 0) ? best : Math.max(best, dot(vector, other) / (norms[i]! * norms[j]!))), 0),
  );
}

test('closest similarities are exactly those of the plain definition, fresh or kept documents', {
  skip: !existsSync(ecbplus) && 'needs ../shared/data',
}, () => {
  const records = readJsonLines<{ title: string; text: string }>(ecbplus, 80);
  const docs = records.map((record, index) => analyzeDocument(cleanArticle(textArticle(`S${index + 1}`, `${record.title}\n${record.text}`)).article));
  const kept = docs.map((doc) => Object.freeze({ ...doc }));
  for (const story of [docs, kept, kept.slice(0, 30), [...loadExampleStory().docs, ...docs.slice(0, 5)]]) {
    const expected = neighboursByMaps(story);
    assert.deepEqual(
      measureNeighbours(story, Number.POSITIVE_INFINITY).map((n) => n.best),
      expected,
    );
  }
});
