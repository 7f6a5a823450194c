import { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
import type { Store } from './types.js';

export type * from './types.js';
export { DEFAULT_SEARCH_BOUNDS } from './types.js';
export { resolveDataDir } from './data-dir.js';
export { hashContent, normalizeForHash, canonicalUrl } from './content-hash.js';
export { SqliteStore, openSqliteStore, loadSqlite, STORE_FILE } from './sqlite-store.js';
export { SCHEMA_VERSION } from './sqlite-schema.js';
// The PostgreSQL store loads its driver (pg) on first use only: importing these loads nothing.
export { PostgresStore, openPostgresStore, type PostgresStoreOptions } from './postgres-store.js';
export { connectPostgres, isPostgresUrl, redactUrl, type PostgresConnection, type Session, type Transaction } from './postgres-connection.js';
export { POSTGRES_SCHEMA_VERSION } from './postgres-schema.js';

/** Opens the default store (embedded SQLite) in a data folder; see resolveDataDir for the default folder. */
export function openStore(dir: string, options?: SqliteStoreOptions): Store {
  return openSqliteStore(dir, options);
}
