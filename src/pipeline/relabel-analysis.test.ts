import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestRecords } from '../ingest/index.js';
import { analyzeArticle } from './02-prepare.js';
import { relabelAnalysis } from './relabel-analysis.js';

const EXAMPLE = join(process.cwd(), 'examples', 'baghdad-2007');
const texts = readdirSync(EXAMPLE)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(EXAMPLE, name), 'utf8'));
const french = readFileSync(join(process.cwd(), 'test', 'fixtures', 'bad', 'non-english.txt'), 'utf8');

test('an analysis made as S1 and moved to S3 equals the analysis made at S3, ids and origins included', () => {
  const together = ingestRecords([{ text: texts[0] }, { text: texts[1] }, { text: texts[2] }, { text: french }]).articles;
  for (const [position, text] of [
    [2, texts[2]],
    [3, french],
  ] as const) {
    const alone = ingestRecords([{ text }]).articles[0]!;
    const there = together[position]!;
    assert.equal(alone.id, 'S1');
    const moved = relabelAnalysis(analyzeArticle(alone), there);
    assert.deepEqual(moved, analyzeArticle(there));
    assert.ok(moved.doc!.sentences.every((sentence) => sentence.source === there.id));
    assert.ok(moved.diagnostics.every((d) => d.source === there.id && d.input === there.origin));
    assert.ok(!JSON.stringify(moved).includes('"S1"'), 'no trace of the old id is left');
  }
  assert.ok(
    analyzeArticle(together[3]!).diagnostics.some((d) => d.code === 'not-english'),
    'the French text has a diagnostic to relabel',
  );
});

test('relabelling to the same article returns the analysis itself; misuse throws a TypeError', () => {
  const article = ingestRecords([{ text: texts[0] }]).articles[0]!;
  const analysis = analyzeArticle(article);
  assert.equal(relabelAnalysis(analysis, article), analysis);
  assert.throws(() => relabelAnalysis(analysis, 'S2' as never), /relabelAnalysis: expected an ArticleAnalysis and an Article/);
  assert.throws(() => relabelAnalysis(null as never, article), TypeError);
});
