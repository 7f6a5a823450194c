import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { it } from 'node:test';
import { ANALYZER_VERSION } from '../pipeline/index.js';
import { openSqliteStore } from '../store/index.js';
import { EXAMPLES_DIR } from '../../test/contract/store-contract.js';

const EXAMPLES = EXAMPLES_DIR;

const MAIN = fileURLToPath(new URL(`./main${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

/** Runs the CLI in a child process (its stdout is not ours to take: the test runner talks through it). */
function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--test'));
  if (MAIN.endsWith('.ts') && !execArgv.some((arg) => arg.includes('tsx'))) execArgv.push('--import', 'tsx');
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(MAIN).href)}); process.exitCode = await main(process.argv.slice(1));`;
  const child = spawn(process.execPath, [...execArgv, '--input-type=module', '-e', script, '--', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, out, err })));
}

it('ingest adds articles to a named story, creating it once, and reports duplicates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  const first = await runCli(['ingest', EXAMPLES, '--story', 'US-Iran talks', '--data', dir]);
  assert.equal(first.code, 0, first.err);
  assert.equal(first.out.match(/^added +#\d+ /gm)?.length, 3);
  assert.match(first.out, /story #1 "US-Iran talks" \(new\): 3 added, 0 duplicate, 3 in all/);
  const again = await runCli(['ingest', join(EXAMPLES, 'us-envoy-cites-similarity-with-iran.txt'), '--story', 'US-Iran talks', '--data', dir]);
  assert.equal(again.code, 0);
  assert.match(again.out, /^duplicate \(same text\) #2 "U\.S\. Envoy Cites 'Similarity' with Iran on Iraq"$/m);
  assert.match(again.out, /story #1 "US-Iran talks": 0 added, 1 duplicate, 3 in all/);
  const missing = await runCli(['ingest', join(dir, 'nope.txt'), '--story', 'US-Iran talks', '--data', dir]);
  assert.equal(missing.code, 65);
  assert.match(missing.err, /no such file or directory/);
  const store = openSqliteStore(dir);
  assert.deepEqual(
    (await store.listStories()).stories.map((s) => [s.title, s.articles]),
    [['US-Iran talks', 3]],
  );
  assert.equal((await store.getAnalyses(1, ANALYZER_VERSION)).size, 3, 'each added article is analyzed once and kept');
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
