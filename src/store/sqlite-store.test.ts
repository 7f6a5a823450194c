import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { CorroborateError } from '../model/index.js';
import { openSqliteStore, STORE_FILE } from './sqlite-store.js';
import { MIGRATIONS, SCHEMA_VERSION } from './sqlite-schema.js';
import { readExampleArticles, runStoreContract } from '../../test/contract/store-contract.js';

function makeDir(): string {
  return mkdtempSync(join(tmpdir(), 'corroborate-store-'));
}

function makeFile(): string {
  const file = join(makeDir(), 'not-a-folder');
  writeFileSync(file, '');
  return file;
}

runStoreContract('sqlite', async (now) => {
  const dir = makeDir();
  const store = openSqliteStore(dir, { now });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

/** Runs `check` on a store in a fresh folder, then closes the store and removes the folder. */
async function withStore(check: (store: ReturnType<typeof openSqliteStore>) => Promise<void>): Promise<void> {
  const dir = makeDir();
  const store = openSqliteStore(dir);
  try {
    await check(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('SqliteStore', () => {
  it('opens in WAL mode with full sync, foreign keys and the current schema version', () =>
    withStore(async (store) => {
      const db = store.database;
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 2);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    }));

  it('keeps everything across a reopen and passes the integrity checks', async () => {
    const dir = makeDir();
    const first = openSqliteStore(dir);
    const story = await first.createStory('reopen');
    await first.addArticles(story.id, readExampleArticles());
    await first.close();
    const second = openSqliteStore(dir);
    assert.equal((await second.readStory(story.id))?.articles.length, 3);
    assert.equal(second.database.pragma('integrity_check', { simple: true }), 'ok');
    second.database.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`);
    second.database.exec(`INSERT INTO stories_fts(stories_fts) VALUES ('integrity-check')`);
    await second.close();
    await assert.rejects(second.getStory(story.id), (e) => e instanceof CorroborateError && e.code === 'store-failed');
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees writes from another connection to the same folder (CLI ingest while serving)', async () => {
    const dir = makeDir();
    const server = openSqliteStore(dir);
    const cli = openSqliteStore(dir);
    const { story } = await cli.ensureStory('shared');
    await cli.addArticles(story.id, readExampleArticles().slice(0, 1));
    assert.equal((await server.getStory(story.id))?.version, 1);
    await Promise.all([server.close(), cli.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates a store of schema version 1 in place, keeping its articles', async () => {
    const dir = makeDir();
    const db = new Database(join(dir, STORE_FILE));
    db.exec(MIGRATIONS[0]!);
    db.pragma('user_version = 1');
    db.prepare(`INSERT INTO stories (title, created, updated) VALUES ('old', 'x', 'x')`).run();
    db.close();
    const store = openSqliteStore(dir);
    assert.equal(store.database.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    const [old] = (await store.listStories()).stories;
    await store.addArticles(old!.id, readExampleArticles().slice(0, 1));
    assert.equal((await store.getAnalyses(old!.id, 'v1')).size, 0);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deletes an article analysis with its article and its story', () =>
    withStore(async (store) => {
      const story = await store.createStory('cascade');
      const ids = (await store.addArticles(story.id, readExampleArticles())).map((result) => result.article.id);
      const analysis = { clean: { article: {}, text: '', removed: [], offsets: [] }, doc: null, diagnostics: [] } as never;
      assert.equal(await store.putAnalyses(ids.map((article) => ({ article, analyzer: 'v1', analysis }))), 3);
      const count = () => store.database.prepare('SELECT count(*) FROM analyses').pluck().get();
      store.database.prepare('DELETE FROM articles WHERE id = ?').run(ids[0]);
      assert.equal(count(), 2);
      await store.deleteStory(story.id);
      assert.equal(count(), 0);
    }));

  it('refuses a store written by a newer schema version, with a clear message', async () => {
    const dir = makeDir();
    await openSqliteStore(dir).close();
    const db = new Database(join(dir, STORE_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    assert.throws(
      () => openSqliteStore(dir),
      (e) => e instanceof CorroborateError && e.code === 'store-failed' && /newer/.test(e.message),
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an unusable folder as store-failed', () => {
    const file = makeFile();
    assert.throws(
      () => openSqliteStore(join(file, 'sub')),
      (e) => e instanceof CorroborateError && e.code === 'store-failed',
    );
    rmSync(dirname(file), { recursive: true, force: true });
  });
});
