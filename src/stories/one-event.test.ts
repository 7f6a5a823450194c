import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { analyzeDocument } from '../analyze/index.js';
import { cleanArticle } from '../clean/index.js';
import { loadExampleStory, textArticle } from '../../test/support/example-story.js';
import { findOffTopicArticles } from './index.js';

const longbench = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');

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
