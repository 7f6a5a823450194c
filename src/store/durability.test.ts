import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { openSqliteStore } from './sqlite-store.js';

const CHILD = fileURLToPath(new URL(`./durability-child${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

/** Runs the child until it has acknowledged `killAfter` transactions, then SIGKILLs it; returns the acknowledged batches. */
function ingestUntilKilled(dir: string, start: number, batchSize: number, killAfter: number): Promise<Map<number, number[]>> {
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--test'));
  if (CHILD.endsWith('.ts') && !execArgv.some((arg) => arg.includes('tsx'))) execArgv.push('--import', 'tsx');
  const child = spawn(process.execPath, [...execArgv, CHILD, dir, String(start), String(batchSize)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked = new Map<number, number[]>();
  let buffer = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const [kind, batch, ...ids] = line.split(' ');
        if (kind === 'ack') acked.set(Number(batch), ids.map(Number));
        if (acked.size === killAfter) child.kill('SIGKILL');
      }
    });
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`child exited with ${code} before being killed: ${errors}`));
    });
  });
}

it('keeps every acknowledged article and stays consistent when the ingesting process is killed (SIGKILL)', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-durability-'));
  const rounds = [
    { batchSize: 1, killAfter: 150 },
    { batchSize: 10, killAfter: 40 },
    { batchSize: 1, killAfter: 97 },
  ];
  let start = 0;
  const acknowledged = new Map<number, number[]>();
  const report: string[] = [];
  for (const { batchSize, killAfter } of rounds) {
    const acked = await ingestUntilKilled(dir, start, batchSize, killAfter);
    for (const [batch, ids] of acked) acknowledged.set(batch, ids);
    const store = openSqliteStore(dir);
    const db = store.database;
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    db.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`);
    const rows = db.prepare(`SELECT id, title FROM articles`).all() as { id: number; title: string }[];
    const present = new Set(rows.map((row) => row.id));
    for (const [batch, ids] of acknowledged) {
      for (const id of ids) assert.ok(present.has(id), `acknowledged article ${id} (batch ${batch}) is present`);
    }
    const perBatch = new Map<number, number>();
    for (const row of rows) {
      const batch = Number(/^Article (\d+)\./.exec(row.title)?.[1]);
      perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
    }
    const lastBatch = Math.max(...perBatch.keys());
    // Batches of this round that committed but whose ack the kill cut off: at most the one in flight.
    const unacknowledged = [...perBatch.keys()].filter((batch) => batch >= start && !acknowledged.has(batch));
    assert.ok(
      unacknowledged.every((batch) => batch === lastBatch),
      'at most the one in-flight transaction committed without its ack',
    );
    if (batchSize > 1) {
      for (const [batch, count] of perBatch) if (batch >= start) assert.equal(count, batchSize, `batch ${batch} is all or nothing`);
    }
    const story = (await store.listStories()).stories[0]!;
    assert.equal(story.articles, rows.length);
    report.push(
      `round of ${batchSize}-article transactions: ${acked.size} acknowledged, ${rows.length} articles in store, committed-not-acked ${unacknowledged.length}`,
    );
    await store.close();
    start = lastBatch + 1;
  }
  process.stderr.write(`durability: ${report.join('; ')}\n`);
  rmSync(dir, { recursive: true, force: true });
});
