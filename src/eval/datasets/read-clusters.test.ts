import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readClusters } from './read-clusters.js';
import type { Diagnostic } from '../../model/index.js';
import { sharedDataPath } from '../../../test/fixtures/paths.js';

const LONGBENCH = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');

const LINES = [
  JSON.stringify({ id: 'a', documents: ['First doc.', 'Second doc.'], summary: 'Sum A.' }),
  '',
  '{not json',
  JSON.stringify({ id: 'b', documents: ['Only doc.', 42], summary: 'Sum B.', extra: true }),
  JSON.stringify({ id: 'c', documents: 'oops', summary: 'x' }),
  JSON.stringify({ documents: [], summary: 'Sum D.' }),
].join('\n');

async function collect(path: string, limit?: number): Promise<{ ids: string[]; docs: number[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const ids: string[] = [];
  const docs: number[] = [];
  for await (const cluster of readClusters(path, { limit, onDiagnostic: (d) => diagnostics.push(d) })) {
    ids.push(cluster.id);
    docs.push(cluster.documents.length);
  }
  return { ids, docs, diagnostics };
}

test('readClusters reads plain and gzipped JSON lines alike, in file order, skipping bad lines with diagnostics', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-clusters-'));
  try {
    writeFileSync(join(dir, 'plain.jsonl'), LINES);
    writeFileSync(join(dir, 'packed.jsonl.gz'), gzipSync(LINES));
    // The gzip magic bytes decide, not the name.
    writeFileSync(join(dir, 'misnamed.jsonl'), gzipSync(LINES));
    for (const name of ['plain.jsonl', 'packed.jsonl.gz', 'misnamed.jsonl']) {
      const { ids, docs, diagnostics } = await collect(join(dir, name));
      assert.deepEqual(ids, ['a', 'b', 'line-6']);
      assert.deepEqual(docs, [2, 1, 0]);
      assert.deepEqual(
        diagnostics.map((d) => d.input),
        [`${join(dir, name)}:3`, `${join(dir, name)}:5`],
      );
      assert.ok(diagnostics.every((d) => d.code === 'bad-cluster-line' && d.severity === 'warning'));
    }
    assert.deepEqual((await collect(join(dir, 'packed.jsonl.gz'), 1)).ids, ['a']);
    assert.deepEqual((await collect(join(dir, 'plain.jsonl'), 0)).ids, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readClusters rejects a truncated gzip file instead of hanging', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-clusters-'));
  try {
    const packed = gzipSync(LINES.repeat(50));
    writeFileSync(join(dir, 'cut.jsonl.gz'), packed.subarray(0, Math.floor(packed.length / 2)));
    await assert.rejects(collect(join(dir, 'cut.jsonl.gz')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readClusters streams the real Multi-News test clusters with a limit', async (t) => {
  if (!existsSync(LONGBENCH)) return t.skip('shared data not present');
  const clusters = [];
  for await (const cluster of readClusters(LONGBENCH, { limit: 3 })) clusters.push(cluster);
  assert.equal(clusters.length, 3);
  for (const cluster of clusters) {
    assert.ok(cluster.documents.length >= 1);
    assert.ok(cluster.summary.split(/\s+/).length > 50);
    assert.ok(
      cluster.documents.some((document) => document.includes('\n')),
      'paragraph breaks are kept',
    );
  }
});
