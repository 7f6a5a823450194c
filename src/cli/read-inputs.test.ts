import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CorroborateError, type RawInput } from '../model/index.js';
import { repoPath } from '../../test/fixtures/paths.js';
import { readInputs } from './read-inputs.js';

function withTree(files: Record<string, string>, run: (root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-read-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return run(root).finally(() => rmSync(root, { recursive: true, force: true }));
}

test('a directory gives every supported file, recursively, sorted by name, hidden files skipped, others named', () =>
  withTree(
    { 'b.txt': 'B', 'a.html': '<p>A</p>', 'sub/c.jsonl': '{}', 'sub/.hidden.txt': 'H', '.git/x.txt': 'G', 'notes.docx': 'D', 'z/feed.rss': '<rss/>' },
    async (root) => {
      const { inputs, diagnostics } = await readInputs([root]);
      assert.deepEqual(
        inputs.map((input) => input.name.slice(root.length + 1)),
        ['a.html', 'b.txt', 'sub/c.jsonl', 'z/feed.rss'],
      );
      // The unsupported file is named, never skipped silently; hidden files are skipped as hidden.
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.message]),
        [['skipped-files', 'skipped 1 file(s) of unsupported types: notes.docx']],
      );
    },
  ));

test('the example directory reads the three articles in name order', async () => {
  const { inputs } = await readInputs([repoPath('examples', 'baghdad-2007')]);
  assert.deepEqual(
    inputs.map((input) => input.name.split('/').pop()),
    ['milestone-us-iran-talks-minimal-progress.txt', 'us-envoy-cites-similarity-with-iran.txt', 'us-iran-talks-focus-on-iraq-security.txt'],
  );
});

test('a missing path and an empty directory are diagnostics; the other inputs are still read', () =>
  withTree({ 'story.txt': 'Talks', 'empty/.keep': '' }, async (root) => {
    const { inputs, diagnostics } = await readInputs([join(root, 'nope.txt'), join(root, 'story.txt'), join(root, 'empty')]);
    assert.deepEqual(
      inputs.map((input) => Buffer.from(input.bytes).toString()),
      ['Talks'],
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.code, d.input]),
      [
        ['error', 'input-not-found', join(root, 'nope.txt')],
        ['warning', 'empty-directory', join(root, 'empty')],
      ],
    );
  }));

test('an explicit file with an unknown extension is read (ingest sniffs it); large files are capped', () =>
  withTree({ 'story.dat': 'x'.repeat(100) }, async (root) => {
    const { inputs, diagnostics } = await readInputs([join(root, 'story.dat')], { maxBytes: 10 });
    assert.equal(inputs[0]!.bytes.length, 10);
    assert.equal(diagnostics[0]!.code, 'input-truncated');
  }));

test('"-" reads standard input once', async () => {
  const { inputs, diagnostics } = await readInputs(['-', '-'], { stdin: Readable.from([Buffer.from('Talks '), 'end.']) });
  assert.deepEqual(
    inputs.map((input) => [input.name, Buffer.from(input.bytes).toString()]),
    [['-', 'Talks end.']],
  );
  assert.equal(diagnostics[0]!.code, 'duplicate-stdin');
});

test('URLs go through fetchUrl; a refused or failed fetch is a diagnostic, order is kept', () =>
  withTree({ 'local.txt': 'L' }, async (root) => {
    const fetchUrl = async (url: string): Promise<RawInput> => {
      if (url.includes('refused')) throw new CorroborateError('fetch-refused', `${url}: private address`);
      if (url.includes('down')) throw new Error('socket hang up');
      return { name: url, bytes: Buffer.from('<p>page</p>'), contentType: 'text/html' };
    };
    const args = ['https://news.example/a', join(root, 'local.txt'), 'http://refused.example/', 'https://down.example/'];
    const { inputs, diagnostics } = await readInputs(args, { fetchUrl });
    assert.deepEqual(
      inputs.map((input) => input.name),
      ['https://news.example/a', join(root, 'local.txt')],
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.input]),
      [
        ['fetch-refused', 'http://refused.example/'],
        ['fetch-failed', 'https://down.example/'],
      ],
    );
  }));
