import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readExampleArticles } from '../../test/contract/store-contract.js';
import { ingestRecords } from '../ingest/index.js';
import { analyzeArticle, relabelAnalysis } from '../pipeline/index.js';
import { AnalysisDecoder, decodeAnalysis, encodeAnalysis } from './analysis-codec.js';

const analyses = readExampleArticles()
  .slice(0, 2)
  .map((article) => analyzeArticle(ingestRecords([{ title: article.title, text: article.text }]).articles[0]!));

const keyOf = (bytes: Buffer, created = '2026-01-01T00:00:00.000Z') => ({ analyzer: 'v1', created, bytes: bytes.length, hash: 'h' });

test('the decoder hands back the same frozen analysis under the same key, and none under another', () => {
  const decoder = new AnalysisDecoder();
  const [first, second] = analyses.map(encodeAnalysis);
  assert.equal(decoder.cached(7, keyOf(first!)), undefined);
  const decoded = decoder.decode(7, keyOf(first!), first!);
  assert.deepEqual(decoded, decodeAnalysis(first!));
  assert.equal(decoder.cached(7, keyOf(first!)), decoded, 'the same key: the same object');
  assert.ok(Object.isFrozen(decoded) && Object.isFrozen(decoded.doc!.sentences[0]!), 'frozen all the way down');
  assert.throws(() => (decoded.doc!.sentences as unknown[]).push(null), TypeError);
  assert.equal(decoder.cached(7, keyOf(first!, '2026-01-02T00:00:00.000Z')), undefined, 'kept again later: read again');
  const replaced = decoder.decode(7, keyOf(second!), second!);
  assert.notEqual(replaced, decoded);
  assert.deepEqual(replaced, decodeAnalysis(second!));
  assert.equal(decoder.cached(7, keyOf(first!)), undefined, 'the replaced one is gone');
});

test('the decoder holds at most its byte budget, the least recently used leaving first', () => {
  const [first, second] = analyses.map(encodeAnalysis);
  const decoder = new AnalysisDecoder(Math.max(first!.length, second!.length) + 1);
  decoder.decode(1, keyOf(first!), first!);
  decoder.decode(2, keyOf(second!), second!);
  assert.equal(decoder.cached(1, keyOf(first!)), undefined, 'article 1 left when article 2 came');
  assert.ok(decoder.cached(2, keyOf(second!)));
});

test('a kept document moved to the same position twice is the same document', () => {
  const bytes = encodeAnalysis(analyses[0]!);
  const decoded = new AnalysisDecoder().decode(1, keyOf(bytes), bytes);
  const article = { ...decoded.clean.article, id: 'S9' };
  const moved = relabelAnalysis(decoded, article);
  assert.equal(moved.doc!.source, 'S9');
  assert.equal(relabelAnalysis(decoded, { ...article }).doc, moved.doc);
  assert.ok(Object.isFrozen(moved.doc!.sentences[0]!), 'a frozen document moves into a frozen one');
});
