import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, repoPath } from './fixtures/paths.js';

// What `npm pack` ships must run: every relative import of a shipped module (JSON included) is shipped too, and the
// native store module is not a dependency a program that only briefs has to build.
test('the packed package holds every file its modules import; better-sqlite3 is an optional peer', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' })) as [
    { files: { path: string }[] },
  ];
  const shipped = new Set(packed.files.map((file) => file.path));
  assert.ok(shipped.has('dist/src/index.js') && shipped.has('dist/src/index.d.ts'));
  const missing: string[] = [];
  for (const file of shipped) {
    if (!file.startsWith('dist/') || !file.endsWith('.js')) continue;
    const source = readFileSync(repoPath(file), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = posix.normalize(posix.join(posix.dirname(file), match[1]!));
      if (!shipped.has(target)) missing.push(`${file} -> ${target}`);
    }
  }
  assert.deepEqual(missing, []);
  const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as Record<string, Record<string, unknown> | undefined>;
  assert.equal(manifest.dependencies?.['better-sqlite3'], undefined);
  assert.deepEqual(manifest.peerDependenciesMeta?.['better-sqlite3'], { optional: true });
});
