import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES_DIR, repoPath } from '../../test/fixtures/paths.js';

// Progress goes to stderr only when a person watches it: under a pseudo-terminal (util-linux `script` gives the
// command one), not into a pipe or a file.
const BIN = repoPath('bin', 'corroborate.js');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const quote = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`;

/** Runs `corroborate …` under a pseudo-terminal and returns what the terminal showed. */
function runOnTerminal(args: string[]): { status: number | null; screen: string } {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const run = spawnSync('script', ['--quiet', '--return', '--command', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'dumb' } });
  return { status: run.status, screen: run.stdout };
}

test('brief shows "read N of M articles" on a terminal, clears the line at the end, and keeps it out of pipes', {
  skip: !hasScript && 'needs util-linux script',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-progress-'));
  try {
    const output = join(dir, 'briefing.md');
    const terminal = runOnTerminal(['brief', EXAMPLES_DIR, '-o', output]);
    assert.equal(terminal.status, 0, terminal.screen);
    assert.match(terminal.screen, /\rcorroborate: read 1 of 3 articles\rcorroborate: read 2 of 3 articles\r\x1b\[2K/);
    assert.match(readFileSync(output, 'utf8'), /^# /, 'the briefing itself goes to the file');
    const quiet = runOnTerminal(['brief', EXAMPLES_DIR, '-o', output, '--quiet']);
    assert.equal(quiet.status, 0);
    assert.doesNotMatch(quiet.screen, /read \d+ of \d+ articles/);
    const piped = spawnSync(process.execPath, [BIN, 'brief', EXAMPLES_DIR], { encoding: 'utf8' });
    assert.equal(piped.status, 0);
    assert.doesNotMatch(piped.stderr, /read \d+ of \d+ articles/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
