import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawInput } from '../model/index.js';
import { ingestInputs } from '../ingest/index.js';
import { runPipeline, type PipelineStage } from './index.js';

const EXAMPLE = join(process.cwd(), 'examples', 'baghdad-2007');
const inputs: RawInput[] = readdirSync(EXAMPLE)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLE, name))) }));
const french = readFileSync(join(process.cwd(), 'test', 'fixtures', 'bad', 'non-english.txt'), 'utf8');

test('raw inputs, records and ingested articles give the same briefing; hooks see every stage and article and change nothing', () => {
  const plain = runPipeline({ inputs });
  const stages: PipelineStage[] = [];
  const progress: string[] = [];
  const hooked = runPipeline(
    { inputs },
    {},
    {
      onStage: (stage, ms) => {
        assert.ok(ms >= 0 && Number.isFinite(ms), `${stage}: ${ms}`);
        stages.push(stage);
      },
      onArticle: (done, total) => progress.push(`${done}/${total}`),
    },
  );
  assert.deepEqual(stages, ['ingest', 'clean', 'analyze', 'compare', 'summarize']);
  assert.deepEqual(progress, ['1/3', '2/3', '3/3']);
  assert.deepEqual(hooked, plain);
  assert.deepEqual(runPipeline(ingestInputs(inputs)).briefing, plain.briefing);
  const records = ingestInputs(inputs).articles.map(({ title, text, outlet, url, published, byline }) => ({ title, text, outlet, url, published, byline }));
  assert.deepEqual(runPipeline({ records }).briefing.summary, plain.briefing.summary);
});

test('the result carries the cleaned articles, their analysis and the texts evidence points into', () => {
  const { briefing, story, sourceTexts, diagnostics } = runPipeline(
    { records: [{ text: readFileSync(join(EXAMPLE, inputs[0]!.name), 'utf8') }, { text: french }] },
    { words: 80 },
  );
  assert.deepEqual(
    story.articles.map((clean) => [clean.article.id, clean.language]),
    [
      ['S1', 'en'],
      ['S2', 'other'],
    ],
  );
  assert.deepEqual(
    story.docs.map((doc) => doc.source),
    ['S1', 'S2'],
  );
  assert.equal(diagnostics, briefing.diagnostics);
  for (const sentence of briefing.summary) {
    for (const evidence of sentence.evidence) assert.equal(sourceTexts[evidence.source]!.slice(evidence.start, evidence.end), evidence.text);
  }
});

test('diagnostics met before ingest come first; no usable article is a CorroborateError; a wrong shape is misuse', () => {
  const before = { severity: 'error' as const, code: 'input-not-found', message: 'no such file', source: null, input: 'gone.txt' };
  assert.deepEqual(runPipeline({ inputs, diagnostics: [before] }).diagnostics[0], before);
  assert.throws(
    () => runPipeline({ records: [{ text: '' }] }),
    (error: Error & { code?: string }) => error.code === 'no-usable-input',
  );
  assert.throws(() => runPipeline(inputs as never), /runPipeline: expected \{ inputs \}, \{ records \} or \{ articles \}, got an array/);
  assert.throws(() => runPipeline({ inputs: 'a.txt' } as never), /runPipeline: expected .* holding an array/);
});

test('the same article given twice is one source, with a diagnostic naming the first copy', () => {
  const texts = readdirSync(EXAMPLE)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(EXAMPLE, name), 'utf8'));
  const { briefing } = runPipeline({ records: [...texts, texts[1]!.replace(/\n/g, '\n\n')].map((text) => ({ text })) });
  assert.deepEqual(
    briefing.sources.map((source) => source.id),
    ['S1', 'S2', 'S3'],
  );
  assert.deepEqual(
    briefing.diagnostics.filter((d) => d.code === 'duplicate-article').map((d) => [d.source, d.message]),
    [['S4', 'the same text as S2 (record#2); counted once']],
  );
});
