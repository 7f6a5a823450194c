import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { CorroborateError } from '../model/index.js';
import { loadSqlite } from '../store/index.js';
import { EXAMPLES_DIR, repoPath } from '../../test/fixtures/paths.js';

// better-sqlite3 is an optional peer dependency: a program that only briefs runs without it; the commands that
// need the store say how to install it.
const WITHOUT_SQLITE = repoPath('test', 'support', 'without-sqlite.cjs');
const DIST = import.meta.url.endsWith('.ts') ? null : fileURLToPath(new URL('..', import.meta.url));

function runNode(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const child = spawn(process.execPath, ['-r', WITHOUT_SQLITE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, out, err })));
}

const cli = (...args: string[]) =>
  runNode([
    '--input-type=module',
    '-e',
    `const { main } = await import(${JSON.stringify(pathToFileURL(join(DIST!, 'cli', 'main.js')).href)}); process.exitCode = await main(process.argv.slice(1));`,
    '--',
    ...args,
  ]);

test('loadSqlite turns a missing better-sqlite3 into a store error that says how to install it', () => {
  const missing = () => {
    throw Object.assign(new Error("Cannot find module 'better-sqlite3'"), { code: 'MODULE_NOT_FOUND' });
  };
  assert.throws(
    () => loadSqlite(missing),
    (error: unknown) =>
      error instanceof CorroborateError && error.code === 'store-failed' && /not installed: run `npm install better-sqlite3`/.test(error.message),
  );
  const broken = () => {
    throw new Error('Could not locate the bindings file');
  };
  assert.throws(() => loadSqlite(broken), /cannot be loaded \(Could not locate the bindings file\): run `npm install better-sqlite3`/);
  assert.equal(typeof loadSqlite(), 'function', 'installed here (a devDependency)');
});

test('without better-sqlite3, brief() and `corroborate brief` work; ingest and serve exit 74 with the install hint', {
  skip: !DIST && 'runs on the compiled CLI',
}, async () => {
  const library = await runNode([
    '--input-type=module',
    '-e',
    `const { brief } = await import(${JSON.stringify(pathToFileURL(join(DIST!, 'index.js')).href)}); console.log(brief([{ text: 'The agency said Monday that its researchers examined how hibernation would affect a crewed mission to Mars. Crews would sleep through the cruise.' }]).sources.length);`,
  ]);
  assert.equal(library.code, 0, library.err);
  assert.equal(library.out.trim(), '1');
  const briefed = await cli('brief', EXAMPLES_DIR);
  assert.equal(briefed.code, 0, briefed.err);
  assert.match(briefed.out, /Iran/);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-nosqlite-'));
  try {
    for (const args of [
      ['ingest', EXAMPLES_DIR, '--story', 'Talks', '--data', dir],
      ['serve', '--data', dir, '--port', '0'],
    ]) {
      const run = await cli(...args);
      assert.equal(run.code, 74, `${args[0]}: ${run.err}`);
      assert.match(run.err, /better-sqlite3, which is not installed: run `npm install better-sqlite3`/);
      assert.doesNotMatch(run.err, /^\s+at /m, 'no stack trace');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
