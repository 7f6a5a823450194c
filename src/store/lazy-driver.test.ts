import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { EXAMPLES_DIR, repoPath } from '../../test/fixtures/paths.js';

// A module hook that names every load of the PostgreSQL driver or the job queue on stderr.
const HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === 'pg' || specifier === 'pg-boss') process.stderr.write('LOADED ' + specifier + '\\n');
  return next(specifier, context);
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

function loadedBy(args: readonly string[]): string[] {
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, ...args], { encoding: 'utf8', cwd: repoPath() });
  return [...run.stderr.matchAll(/^LOADED (\S+)$/gm)].map((match) => match[1]!);
}

it('brief loads neither the PostgreSQL driver nor the job queue; opening a PostgreSQL store loads the driver', () => {
  assert.deepEqual(loadedBy([repoPath('bin', 'corroborate.js'), 'brief', EXAMPLES_DIR]), []);
  const store = pathToFileURL(repoPath('dist', 'src', 'store', 'index.js')).href;
  const opening = `const { openPostgresStore } = await import(${JSON.stringify(store)}); await openPostgresStore('postgres://nobody@127.0.0.1:1/none').catch(() => {});`;
  assert.deepEqual(loadedBy(['--input-type=module', '-e', opening]), ['pg'], 'the hook sees the driver when it is loaded');
});
