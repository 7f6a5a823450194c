import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorroborateError } from '../model/index.js';
import { readExampleArticles, runStoreContract } from '../../test/contract/store-contract.js';
import { createTestDatabase, findTestPostgres } from '../../test/support/postgres.js';
import { openPostgresStore } from './postgres-store.js';
import { POSTGRES_SCHEMA_VERSION } from './postgres-schema.js';

const server = await findTestPostgres();

if (server.url === undefined) {
  it('Store contract: postgres', { skip: server.skip }, () => {});
} else {
  const admin = server.url;
  runStoreContract('postgres', async (now) => {
    const database = await createTestDatabase(admin);
    const store = await openPostgresStore(database.url, { now });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await database.drop();
      },
    };
  });

  describe('PostgresStore', () => {
    it('migrates once when several processes start at once, and reopens at the current version', async () => {
      const database = await createTestDatabase(admin);
      try {
        const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore(database.url)));
        const [first] = stores;
        const rows = await first!.connection.query<{ version: number }>('SELECT version FROM corroborate_migrations ORDER BY version');
        assert.deepEqual(
          rows.map((row) => row.version),
          Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1),
        );
        await Promise.all(stores.map((store) => store.close()));
        const again = await openPostgresStore(database.url);
        assert.equal((await again.listStories()).total, 0);
        await again.close();
      } finally {
        await database.drop();
      }
    });

    it('keeps deduplication exact when many connections add the same articles to one story at once', async () => {
      const database = await createTestDatabase(admin);
      const writers = await Promise.all(Array.from({ length: 8 }, () => openPostgresStore(database.url, { maxConnections: 2 })));
      try {
        const examples = readExampleArticles();
        const titles = await Promise.all(writers.map((store) => store.ensureStory('One event')));
        assert.equal(new Set(titles.map((t) => t.story.id)).size, 1, 'ensureStory made one story');
        assert.equal(titles.filter((t) => t.created).length, 1);
        const story = titles[0]!.story.id;
        // Every writer adds every example (some by URL, some by text), in its own order, four times over.
        const batches = writers.flatMap((store, w) =>
          Array.from({ length: 4 }, (_, round) =>
            store.addArticles(
              story,
              examples.map((_, i) => {
                const example = examples[(i + w + round) % examples.length]!;
                return { ...example, url: (w + round) % 2 ? `https://example.com/${example.origin}` : null };
              }),
            ),
          ),
        );
        const results = (await Promise.all(batches)).flat();
        const added = results.filter((r) => r.status === 'added');
        assert.equal(added.length, examples.length, 'each article added exactly once');
        const stored = await writers[0]!.readStory(story);
        assert.equal(stored?.articles.length, examples.length);
        assert.equal(stored?.story.articles, examples.length);
        assert.equal(new Set(stored?.articles.map((a) => a.hash)).size, examples.length);
      } finally {
        await Promise.all(writers.map((store) => store.close()));
        await database.drop();
      }
    });

    it('refuses a database written by a newer schema version, with a clear message', async () => {
      const database = await createTestDatabase(admin);
      try {
        const store = await openPostgresStore(database.url);
        await store.connection.query('INSERT INTO corroborate_migrations (version) VALUES ($1)', [POSTGRES_SCHEMA_VERSION + 1]);
        await store.close();
        await assert.rejects(openPostgresStore(database.url), (e) => e instanceof CorroborateError && e.code === 'store-failed' && /newer/.test(e.message));
      } finally {
        await database.drop();
      }
    });

    it('reports an unreachable server as store-failed, naming it without the password', async () => {
      await assert.rejects(
        openPostgresStore('postgres://someone:secret@127.0.0.1:1/nothing'),
        (e) => e instanceof CorroborateError && e.code === 'store-failed' && !e.message.includes('secret') && e.message.includes('127.0.0.1:1'),
      );
    });
  });
}
