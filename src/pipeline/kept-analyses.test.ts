import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ArticleAnalysis, ArticleRecord, RawInput } from '../model/index.js';
import { ingestInputs, ingestRecords } from '../ingest/index.js';
import { analyzeArticle, runPipeline } from './index.js';

// A kept analysis goes through JSON (as the store keeps it) and is made alone, as S1: the briefing made from kept
// analyses at other positions must be byte for byte the one made from the raw text.
const keep = (analysis: ArticleAnalysis): ArticleAnalysis => JSON.parse(JSON.stringify(analysis)) as ArticleAnalysis;
const analyzeAlone = (record: ArticleRecord): ArticleAnalysis => keep(analyzeArticle(ingestRecords([record]).articles[0]!));

function assertSameBriefing(records: readonly ArticleRecord[], analyses: readonly (ArticleAnalysis | undefined)[], label: string): void {
  const scratch = runPipeline({ records });
  const ingested = ingestRecords(records);
  const kept = runPipeline({ ...ingested, analyses });
  assert.equal(JSON.stringify(kept.briefing), JSON.stringify(scratch.briefing), `${label}: briefing`);
  assert.equal(JSON.stringify(kept.sourceTexts), JSON.stringify(scratch.sourceTexts), `${label}: source texts`);
  assert.deepEqual(kept.story.analyses, scratch.story.analyses, `${label}: analyses`);
  analyses.forEach((analysis, i) => {
    if (!analysis?.doc) return;
    const reused = kept.story.analyses[i]!.doc!.tokens === analysis.doc.tokens;
    assert.equal(reused, analysis.clean.article.text === ingested.articles[i]!.text, `${label}: analysis ${i} reused only when made from the same text`);
  });
}

const EXAMPLE = join(process.cwd(), 'examples', 'baghdad-2007');
const exampleRecords: ArticleRecord[] = readdirSync(EXAMPLE)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ text: readFileSync(join(EXAMPLE, name), 'utf8') }));
const french = readFileSync(join(process.cwd(), 'test', 'fixtures', 'bad', 'non-english.txt'), 'utf8');

test('the example story briefed from kept analyses equals the one briefed from its text, whichever are kept', () => {
  const records: ArticleRecord[] = [...exampleRecords, { text: french }, { text: 'Copyright 2007 Reuters. All rights reserved.' }];
  const all = records.map(analyzeAlone);
  assert.ok(
    all.some((analysis) => analysis.doc === null),
    'one article is left out, with its diagnostics',
  );
  assertSameBriefing(records, all, 'all kept');
  assertSameBriefing(records, [...all.slice(0, 2), undefined, ...all.slice(3)], 'one missing');
  assertSameBriefing(records, [all[1], all[0], ...all.slice(2)], 'two swapped (made from other text: remade)');
});

test('raw inputs ingested once: kept analyses skip clean and analyze, and the hooks still see every article', () => {
  const inputs: RawInput[] = readdirSync(EXAMPLE)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLE, name))) }));
  const ingested = ingestInputs(inputs);
  const scratch = runPipeline({ inputs });
  const progress: string[] = [];
  const kept = runPipeline({ ...ingested, analyses: scratch.story.analyses.map(keep) }, {}, { onArticle: (done, total) => progress.push(`${done}/${total}`) });
  assert.equal(JSON.stringify(kept.briefing), JSON.stringify(scratch.briefing));
  assert.deepEqual(progress, ['1/3', '2/3', '3/3']);
});

const MULTINEWS = join(process.cwd(), '..', 'shared', 'data', 'multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');

test('real Multi-News clusters briefed from kept analyses equal their briefings from raw text', {
  skip: !existsSync(MULTINEWS) && `${MULTINEWS} not found`,
}, () => {
  const lines = gunzipSync(readFileSync(MULTINEWS)).toString('utf8').split('\n').slice(0, 6);
  for (const line of lines) {
    const cluster = JSON.parse(line) as { id: string; documents: string[] };
    const records = cluster.documents.map((text) => ({ text }));
    // Kept in reverse order of position, the first one missing: the incremental case with every id moved.
    const analyses = records.map((record, i) => (i === 0 ? undefined : analyzeAlone(record)));
    assertSameBriefing(records, analyses, `cluster ${cluster.id}`);
  }
});
