import { CorroborateError } from '../model/index.js';
import { openDatabaseMode } from '../server/background-work.js';
import type { JobQueue } from '../jobs/index.js';
import { isPostgresUrl, openPostgresStore, openStore, redactUrl, resolveDataDir, type Store } from '../store/index.js';

/** True when a command is to use PostgreSQL: --database given, or $CORROBORATE_DATABASE_URL set. */
export function wantsDatabase(given: string | undefined): boolean {
  return Boolean(given || process.env.CORROBORATE_DATABASE_URL);
}

/** The PostgreSQL URL of --database or $CORROBORATE_DATABASE_URL; a usage error when there is none or it is not one. */
export function databaseUrlFrom(given: string | undefined, command: string): string {
  const url = given ?? process.env.CORROBORATE_DATABASE_URL;
  if (!url) throw new CorroborateError('bad-request', `${command} needs --database postgres://… (or $CORROBORATE_DATABASE_URL)`);
  if (!isPostgresUrl(url))
    throw new CorroborateError('bad-request', `--database must be a postgres:// or postgresql:// URL, not ${JSON.stringify(redactUrl(url).slice(0, 60))}`);
  return url;
}

/** The store a command works on, where it is (for messages), and the job queue when asked for in database mode. */
export interface CommandStore {
  readonly store: Store;
  /** The data folder, or the database URL with its password hidden. */
  readonly where: string;
  /** The job queue in the same database (database mode, when asked for); else null. */
  readonly queue: JobQueue | null;
  close(): Promise<void>;
}

/**
 * Opens the store of `--data DIR` (embedded SQLite) or, as `serve` and `worker` do, of `--database URL` /
 * $CORROBORATE_DATABASE_URL (PostgreSQL, migrated on open; with `queue`, its job queue too). A --data given on the
 * command line wins over the variable; --data and --database together are refused.
 */
export async function openCommandStore(
  flags: { readonly data?: string; readonly database?: string },
  command: string,
  options: { readonly queue?: boolean } = {},
): Promise<CommandStore> {
  if (flags.data !== undefined && flags.database !== undefined)
    throw new CorroborateError('bad-request', `${command}: give --data DIR or --database URL, not both`);
  if (flags.data !== undefined || !wantsDatabase(flags.database)) {
    const where = resolveDataDir(flags.data);
    const store = openStore(where);
    return { store, where, queue: null, close: () => store.close() };
  }
  const url = databaseUrlFrom(flags.database, command);
  const onError = (error: Error) => process.stderr.write(`corroborate ${command}: database: ${error.message}\n`);
  if (options.queue) {
    const mode = await openDatabaseMode(url, { onError });
    return { store: mode.store, where: redactUrl(url), queue: mode.queue, close: () => mode.close() };
  }
  const store = await openPostgresStore(url, { onIdleError: onError });
  return { store, where: redactUrl(url), queue: null, close: () => store.close() };
}
