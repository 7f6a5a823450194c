import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../test/support/run-cli.js';

const CLUSTERS = [
  { id: 'c1', documents: ['The cat sat on the mat. It purred loudly.', 'A dog barked at the cat.'], summary: 'The cat sat on the mat and a dog barked.' },
  { id: 'c2', documents: ['Rain fell in Paris on Monday. Streets flooded.'], summary: 'Rain flooded Paris streets.' },
  { id: 'c3', documents: ['Stocks rose on Tuesday. Investors cheered.'], summary: 'Stocks rose.' },
];

const run = runCli;

test('corroborate eval prints a table, a JSON report, and saves every summary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
  try {
    const data = join(dir, 'clusters.jsonl.gz');
    writeFileSync(data, gzipSync(`${CLUSTERS.map((c) => JSON.stringify(c)).join('\n')}\nnot json\n`));
    const table = await run(['eval', '--data', data, '--systems', 'first-1,lexrank', '--limit', '2']);
    assert.equal(table.code, 0);
    assert.match(table.stdout, /over 2 clusters; system text cut at 300 words/);
    assert.match(table.stdout, /^first-1 +\d/m);
    assert.match(table.stdout, /^lexrank +\d/m);
    assert.equal(table.stderr, '', 'no progress when stderr is not a terminal');

    const saved = join(dir, 'summaries.jsonl');
    const json = await run(['eval', '--data', data, '--systems', 'first-2', '--json', '--stem', '--words', '50', '--save-summaries', saved, '--progress']);
    assert.equal(json.code, 0);
    const report = JSON.parse(json.stdout);
    assert.equal(report.clusters, 3);
    assert.equal(report.words, 50);
    assert.equal(report.stem, true);
    assert.equal(report.systems[0].system, 'first-2');
    assert.ok(report.systems[0].rouge['ROUGE-1'].f > 0.3);
    assert.match(json.stderr, /skipped .*clusters\.jsonl\.gz:4: not valid JSON/);
    const lines = readFileSync(saved, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => `${line.id}/${line.system}`),
      ['c1/first-2', 'c2/first-2', 'c3/first-2'],
    );
    assert.equal(lines[1].summary, 'Rain fell in Paris on Monday. Streets flooded.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corroborate eval refuses unknown systems and missing files', async () => {
  const unknown = await run(['eval', '--data', 'x.jsonl', '--systems', 'first-1,gpt']);
  assert.notEqual(unknown.code, 0);
  assert.match(unknown.stderr, /unknown system "gpt"/);
  const missing = await run(['eval', '--data', join(tmpdir(), 'no-such-file.jsonl')]);
  assert.equal(missing.code, 66);
  assert.match(missing.stderr, /no such data file/);
});

test('corroborate eval refuses a file with no readable cluster (exit 65) and takes --format json like brief', async () => {
  const readme = await run(['eval', '--data', join(process.cwd(), 'README.md')]);
  assert.equal(readme.code, 65);
  assert.match(readme.stderr, /no cluster could be read from .*README\.md/);
  assert.ok(readme.stderr.split('\n').length < 5, 'one message, not a warning per line');
});
