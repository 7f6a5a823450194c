import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readExampleArticles } from '../../test/contract/store-contract.js';
import { ingestRecords } from '../ingest/index.js';
import { analyzeArticle, relabelAnalysis } from '../pipeline/index.js';
import { AnalysisDecoder, decodeAnalysis, encodeAnalysis } from './analysis-codec.js';

const analyses = readExampleArticles()
  .slice(0, 2)
  .map((article) => analyzeArticle(ingestRecords([{ title: article.title, text: article.text }]).articles[0]!));

test('the decoder hands back the same frozen analysis for the same bytes, and decodes changed bytes afresh', () => {
  const decoder = new AnalysisDecoder();
  const [first, second] = analyses.map(encodeAnalysis);
  const decoded = decoder.decode(7, first!);
  assert.deepEqual(decoded, decodeAnalysis(first!));
  assert.equal(decoder.decode(7, Buffer.from(first!)), decoded, 'equal bytes read again: the same object');
  assert.ok(Object.isFrozen(decoded) && Object.isFrozen(decoded.doc!.sentences[0]!), 'frozen all the way down');
  assert.throws(() => (decoded.doc!.sentences as unknown[]).push(null), TypeError);
  const replaced = decoder.decode(7, second!);
  assert.notEqual(replaced, decoded, 'another analysis kept for the article');
  assert.deepEqual(replaced, decodeAnalysis(second!));
});

test('the decoder holds at most its byte budget, the least recently used leaving first', () => {
  const [first, second] = analyses.map(encodeAnalysis);
  const decoder = new AnalysisDecoder(Math.max(first!.length, second!.length) + 1);
  const a = decoder.decode(1, first!);
  decoder.decode(2, second!);
  assert.notEqual(decoder.decode(1, first!), a, 'article 1 left when article 2 came');
});

test('a kept document moved to the same position twice is the same document', () => {
  const decoded = new AnalysisDecoder().decode(1, encodeAnalysis(analyses[0]!));
  const article = { ...decoded.clean.article, id: 'S9' };
  const moved = relabelAnalysis(decoded, article);
  assert.equal(moved.doc!.source, 'S9');
  assert.equal(relabelAnalysis(decoded, { ...article }).doc, moved.doc);
  assert.ok(Object.isFrozen(moved.doc!.sentences[0]!), 'a frozen document moves into a frozen one');
});
