import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STANDALONE_FORMATS } from '../render/index.js';
import { validateBriefingJson } from '../render/index.js';

const BIN = join(process.cwd(), 'bin', 'corroborate.js');
const EXAMPLE = join(process.cwd(), 'examples', 'baghdad-2007');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });

test('brief prints a Markdown briefing of the example with citations on every summary sentence', {
  skip: !existsSync(join(process.cwd(), 'dist', 'src', 'cli', 'main.js')) && 'needs npm run build',
}, () => {
  const result = run(['brief', EXAMPLE]);
  assert.equal(result.status, 0, result.stderr);
  const summary = result.stdout.split('## Summary')[1]!.split('\n## ')[0]!;
  const sentences = summary.split('\n').filter((line) => line.trim().length > 0);
  assert.ok(sentences.length >= 5);
  for (const sentence of sentences) assert.match(sentence, /(\[\d+\])+$/, `uncited summary sentence: ${sentence}`);
  assert.ok(
    sentences.some((sentence) => /\[\d+\]\[\d+\]/.test(sentence)),
    'expected a sentence citing several sources',
  );
  assert.doesNotMatch(result.stdout, /Advertisement|Play Live Radio|Copyright 2022 NPR|contributed to this report/);
});

test('brief --format json is valid against the shipped schema; -o writes a file', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'corroborate-')), 'story.json');
  const result = run(['brief', EXAMPLE, '--format', 'json', '-o', out, '--words', '120']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '');
  const briefing = JSON.parse(readFileSync(out, 'utf8')) as { sources: unknown[] };
  assert.deepEqual(validateBriefingJson(briefing), []);
  assert.equal(briefing.sources.length, 3);
});

test('brief reads stdin with -', () => {
  const text = readFileSync(join(EXAMPLE, 'us-envoy-cites-similarity-with-iran.txt'), 'utf8');
  const result = run(['brief', '-', '--format', 'json'], text);
  assert.equal(result.status, 0, result.stderr);
  const briefing = JSON.parse(result.stdout) as { sources: { title: string }[]; summary: unknown[] };
  assert.equal(briefing.sources.length, 1);
  assert.ok(briefing.summary.length > 0);
});

test('unusable inputs exit 65 with a clear message; a missing file is reported, not a crash', () => {
  const result = run(['brief', join(process.cwd(), 'test', 'fixtures', 'bad', 'empty.txt'), join(process.cwd(), 'no-such-file.txt')]);
  assert.equal(result.status, 65);
  assert.match(result.stderr, /no usable article/);
  assert.match(result.stderr, /no-such-file\.txt/);
  assert.doesNotMatch(result.stderr, /internal error|at .*\.js:\d+/);
});

test('bad options are refused with a usage message; --help documents every option', () => {
  assert.equal(run(['brief', EXAMPLE, '--format', 'pdf']).status, 64, 'a usage error exits 64');
  assert.equal(run(['brief', EXAMPLE, '--words', 'many']).status, 64);
  const help = run(['brief', '--help']).stdout;
  for (const flag of ['--format', '--output', '--words', '--title', '--allow-private-urls', '--quiet']) assert.ok(help.includes(flag), flag);
  for (const format of STANDALONE_FORMATS) assert.ok(help.replace(/\s+/g, ' ').includes(`${format.name} (${format.description})`), format.name);
});

test('edges: a closed pipe ends quietly, an unwritable -o is a message with exit 73, a PDF is named and refused', () => {
  const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" brief "${EXAMPLE}" --format html | head -c 1`], { encoding: 'utf8', timeout: 60_000 });
  assert.doesNotMatch(piped.stderr, /EPIPE|at .*\.js:\d+/, 'no stack trace when the reader stops early');
  const unwritable = run(['brief', EXAMPLE, '-o', join(tmpdir(), 'corroborate-no-such-dir', 'x', 'story.md')]);
  assert.equal(unwritable.status, 73);
  assert.match(unwritable.stderr, /cannot write the briefing to .*story\.md: its folder does not exist/);
  assert.doesNotMatch(unwritable.stderr, /internal error|at .*\.js:\d+/);
  const pdf = join(mkdtempSync(join(tmpdir(), 'corroborate-')), 'story.pdf');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  const refused = run(['brief', pdf]);
  assert.equal(refused.status, 65);
  assert.match(refused.stderr, /a PDF file, not text/);
});

test('a folder given twice is read once; unsupported files in it are named, not skipped silently', () => {
  const folder = mkdtempSync(join(tmpdir(), 'corroborate-'));
  for (const name of readdirSync(EXAMPLE)) copyFileSync(join(EXAMPLE, name), join(folder, name));
  writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]));
  const result = run(['brief', folder, folder, '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  const briefing = JSON.parse(result.stdout) as { sources: unknown[]; diagnostics: { code: string; message: string }[] };
  assert.equal(briefing.sources.length, 3, 'the same three articles, not six');
  assert.ok(briefing.diagnostics.some((d) => d.code === 'duplicate-input'));
  assert.ok(briefing.diagnostics.some((d) => d.code === 'skipped-files' && d.message.includes('photo.jpg')));
});
