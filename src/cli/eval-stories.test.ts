import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ECBPLUS } from '../../test/support/story-articles.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { runCli } from '../../test/support/run-cli.js';

const run = runCli;

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
