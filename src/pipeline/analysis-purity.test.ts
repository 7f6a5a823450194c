import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestRecords } from '../ingest/index.js';
import { analyzeArticle } from './02-prepare.js';

// Kept analyses (and any cache of a briefing) are only sound if analyzing an article gives the same result whatever
// the process analyzed before. Its own file: what it reads changes process-wide state.
// wink-nlp adds the tokens it meets to its lexicon (after "Reid's, 33" it read "Reid's rep" as one token); analyze
// splits a noun's possessive itself, so the same article gives the same analysis.
test('analyzing an article does not depend on what the process analyzed before', () => {
  const [article] = ingestRecords([{ text: "Tara Reid checked into rehab. Reid's rep told Us the news on Friday." }]).articles;
  const before = analyzeArticle(article!);
  analyzeArticle(ingestRecords([{ text: "Reid's, 33, acting abilities had always been odd." }]).articles[0]!);
  assert.deepEqual(analyzeArticle(article!), before);
});
