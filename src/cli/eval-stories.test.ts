import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ECBPLUS } from '../../test/support/story-articles.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { main } from './main.js';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  // The test runner reports to its parent through stdout in binary chunks while a test awaits: those pass through.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' ? out.push(chunk) > 0 : writeOut(chunk, ...rest)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' ? err.push(chunk) > 0 : writeErr(chunk, ...rest)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    process.exitCode = undefined;
  }
}

test('corroborate eval --task stories: corroborate and the baselines on ECB+ topics 1–4, table and JSON', {
  skip: !existsSync(ECBPLUS) && 'needs ../shared/data',
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-eval-stories-'));
  try {
    const lines = readJsonLines<{ topic: number }>(ECBPLUS).filter((line) => line.topic <= 4);
    const data = join(dir, 'ecb.jsonl.gz');
    writeFileSync(data, gzipSync(`${lines.map((line) => JSON.stringify(line)).join('\n')}\n{"no": "label"}\n`));
    const table = await run(['eval', '--task', 'stories', '--data', data]);
    assert.equal(table.code, 0, table.stderr);
    for (const system of ['corroborate', 'singletons', 'one-story', 'single-pass', 'title-only']) assert.match(table.stdout, new RegExp(`\\| ${system} \\|`));
    assert.match(table.stdout, /arrival order: input order \(no article has a publication date\)/);
    assert.match(table.stderr, /skipped .*:\d+: expected an object with "id" and "story"/);
    const json = await run(['eval', '--task', 'stories', '--data', data, '--systems', 'corroborate,one-story', '--format', 'json', '--split', 'tune']);
    const report = JSON.parse(json.stdout);
    assert.equal(report.split, 'tune');
    assert.ok(report.articles > 0 && report.articles < lines.length);
    const [ours, one] = report.systems;
    assert.equal(one.scores.bcubed.recall, 1);
    assert.ok(ours.scores.bcubed.f1 > one.scores.bcubed.f1);
    const wrong = await run(['eval', '--task', 'stories', '--data', data, '--systems', 'lexrank']);
    assert.equal(wrong.code, 64);
    assert.match(wrong.stderr, /unknown story system "lexrank"/);
    const mixed = await run(['eval', '--data', data, '--systems', 'singletons']);
    assert.equal(mixed.code, 64);
    assert.match(mixed.stderr, /needs --task stories/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
