import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { it } from 'node:test';
import { resolveDataDir } from './data-dir.js';

it('resolves the data folder: option, $CORROBORATE_DATA, $XDG_DATA_HOME, then ~/.local/share', () => {
  assert.equal(resolveDataDir('rel/dir', { CORROBORATE_DATA: '/x' }), resolve('rel/dir'));
  assert.equal(resolveDataDir(null, { CORROBORATE_DATA: '/data/c', XDG_DATA_HOME: '/xdg' }), '/data/c');
  assert.equal(resolveDataDir(undefined, { XDG_DATA_HOME: '/xdg' }), '/xdg/corroborate');
  assert.equal(resolveDataDir(undefined, { XDG_DATA_HOME: 'relative' }), `${homedir()}/.local/share/corroborate`);
  assert.equal(resolveDataDir(undefined, {}), `${homedir()}/.local/share/corroborate`);
});
