import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { analyzeDocument } from '../analyze/index.js';
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
