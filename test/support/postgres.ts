// Test support: finds the PostgreSQL server the tests may use, and makes a fresh database on it for each test.
// The server comes from CORROBORATE_TEST_DATABASE_URL (scripts/test-postgres.sh starts one and prints it); without one
// the Postgres tests skip and say why, except where CORROBORATE_REQUIRE_POSTGRES=1 (CI), where they fail instead.
import { randomBytes } from 'node:crypto';
import { connectPostgres } from '../../src/store/index.js';

/** Where the tests' PostgreSQL server is, or why there is none. */
export type TestPostgres = { readonly url: string; readonly skip?: undefined } | { readonly url?: undefined; readonly skip: string };

const HOW = 'start one with `eval "$(scripts/test-postgres.sh start)"` (needs Debian\'s postgresql package)';

let found: Promise<TestPostgres> | null = null;

/** The test server's URL, checked with one connection; or a skip message. Throws when CI requires a server and none answers. */
export function findTestPostgres(): Promise<TestPostgres> {
  found ??= (async (): Promise<TestPostgres> => {
    const url = process.env.CORROBORATE_TEST_DATABASE_URL?.trim();
    let skip: string | null = null;
    if (!url) skip = `PostgreSQL tests skipped: CORROBORATE_TEST_DATABASE_URL is not set; ${HOW}`;
    else {
      try {
        const db = await connectPostgres(url, { maxConnections: 1 });
        await db.close();
      } catch (error) {
        skip = `PostgreSQL tests skipped: no server answers at CORROBORATE_TEST_DATABASE_URL (${(error as Error).message}); ${HOW}`;
      }
    }
    if (skip === null) return { url: url! };
    if (process.env.CORROBORATE_REQUIRE_POSTGRES === '1') throw new Error(`${skip} — but CORROBORATE_REQUIRE_POSTGRES=1 requires them to run`);
    return { skip };
  })();
  return found;
}

/** A database of its own for one test, dropped by `drop()` (connections still open to it are ended). */
export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the server at `adminUrl`. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `corroborate_test_${randomBytes(6).toString('hex')}`;
  const admin = await connectPostgres(adminUrl, { maxConnections: 1 });
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    name,
    drop: async () => {
      const db = await connectPostgres(adminUrl, { maxConnections: 1 });
      try {
        await db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await db.close();
      }
    },
  };
}
