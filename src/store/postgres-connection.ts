// The one adapter of the PostgreSQL driver (`pg`, node-postgres): a pool, transactions, error mapping. The driver is
// loaded on first use only, so that `brief` and the embedded store never load it.
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { CorroborateError } from '../model/index.js';

/** Options of a connection pool. */
export interface PostgresConnectionOptions {
  /** Most connections the pool opens (default 10). */
  readonly maxConnections?: number;
  /** Shown in pg_stat_activity (default "corroborate"). */
  readonly applicationName?: string;
  /** Called with errors of idle connections (a restarted server); the pool drops them and reconnects on the next query. */
  readonly onIdleError?: (error: Error) => void;
}

/** Isolation of a transaction: READ COMMITTED writes, or a REPEATABLE READ read-only snapshot. */
export type TransactionMode = 'write' | 'snapshot';

/** What a transaction body gets: one connection inside BEGIN … COMMIT. */
export interface Transaction {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: readonly unknown[]): Promise<R[]>;
}

/** One connection of its own, held until released (session advisory locks that live as long as a process). */
export interface Session extends Transaction {
  /** Resolves when the connection ends: released, or lost (the server restarted, the network broke). */
  readonly ended: Promise<void>;
  release(): void;
}

/** A pool of connections to one database. */
export interface PostgresConnection extends Transaction {
  /** Runs `body` in one transaction, retried (whole) on a serialization failure or deadlock. */
  transaction<T>(mode: TransactionMode, body: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs `body` on one dedicated connection, outside any transaction (session advisory locks). */
  withClient<T>(body: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Takes one connection out of the pool for as long as the caller holds it (see Session). */
  openSession(): Promise<Session>;
  /** The connection URL with any password hidden, for messages. */
  readonly label: string;
  close(): Promise<void>;
}

const INT8_OID = 20;
const RETRYABLE = new Set(['40001', '40P01']);
// How long a query waits for a restarting server before it fails: attempts at 0.1, 0.2, 0.4 … 2 s (about 12 s in all).
const RECONNECT_DELAYS_MS = [100, 200, 400, 800, 1600, 2000, 2000, 2000, 2000];

/** The driver's or server's error under a CorroborateError from toStoreError. */
const causeOf = (error: unknown): { code?: string; message?: string } => ((error as { cause?: unknown }).cause ?? error) as { code?: string };

/**
 * True when the statement surely did not run: the server was shutting down (57P01-03: its backend ends without reading
 * more) or no connection could be made. Then running it again, once the server is back, is safe even for a write.
 */
function neverRan(error: unknown): boolean {
  const { code } = causeOf(error);
  return /^57P0[123]$/.test(code ?? '') || code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}

/** True when the connection failed (the server restarted, the network broke), whatever the statement did. */
function connectionFailed(error: unknown): boolean {
  const { code, message } = causeOf(error);
  if (code) return /^(57P0[123]|08)/.test(code) || /^E[A-Z]+$/.test(code);
  return /connection|terminated|timeout/i.test(message ?? '');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Checked-out connections that have an error listener of ours, and those that reported an error (see #connect).
const listened = new WeakSet<PoolClient>();
const lost = new WeakSet<PoolClient>();

/** The URL with its password replaced by "***", for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** True when `url` names a PostgreSQL database (postgres:// or postgresql://). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url.trim());
}

/** Opens a pool to `url` (postgres://user@host:port/db); checks it with one round trip. */
export async function connectPostgres(url: string, options: PostgresConnectionOptions = {}): Promise<PostgresConnection> {
  if (typeof url !== 'string' || !isPostgresUrl(url)) {
    throw new TypeError(`connectPostgres: expected a postgres:// URL, got ${JSON.stringify(String(url).slice(0, 60))}`);
  }
  const label = redactUrl(url);
  let pg: typeof import('pg');
  try {
    pg = (await import('pg')).default as unknown as typeof import('pg');
  } catch (error) {
    throw new CorroborateError('store-failed', `the PostgreSQL driver (pg) cannot be loaded: ${(error as Error).message}`);
  }
  const pool: Pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? 'corroborate',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    // bigint ids and counts as numbers (exact up to 2^53), not strings.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format as 'text'))) as never,
    },
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  const connection = new PooledConnection(pool, label);
  try {
    await connection.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return connection;
}

class PooledConnection implements PostgresConnection {
  readonly #pool: Pool;
  readonly label: string;
  #closed = false;

  constructor(pool: Pool, label: string) {
    this.#pool = pool;
    this.label = label;
  }

  async query<R extends QueryResultRow = QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<R[]> {
    for (let attempt = 0; ; attempt += 1) {
      this.#checkOpen();
      try {
        return (await this.#pool.query<R>(text, values as unknown[])).rows;
      } catch (error) {
        const delay = RECONNECT_DELAYS_MS[attempt];
        if (delay === undefined || !neverRan(error)) throw toStoreError(error);
        await pause(delay);
      }
    }
  }

  async transaction<T>(mode: TransactionMode, body: (tx: Transaction) => Promise<T>): Promise<T> {
    let conflicts = 0;
    let reconnects = 0;
    for (;;) {
      const state = { committing: false };
      try {
        return await this.#once(mode, body, state);
      } catch (error) {
        const { code } = causeOf(error);
        if (RETRYABLE.has(code ?? '') && (conflicts += 1) < 5) {
          await pause(5 * conflicts * Math.random());
          continue;
        }
        // A connection lost before COMMIT was sent: the server rolled the transaction back, so it runs again whole.
        const delay = RECONNECT_DELAYS_MS[reconnects];
        if (!state.committing && delay !== undefined && connectionFailed(error)) {
          reconnects += 1;
          await pause(delay);
          continue;
        }
        throw error;
      }
    }
  }

  async withClient<T>(body: (tx: Transaction) => Promise<T>): Promise<T> {
    const client = await this.#connect();
    let broken = false;
    try {
      return await body(wrap(client, () => (broken = true)));
    } finally {
      client.release(broken || lost.has(client));
    }
  }

  async openSession(): Promise<Session> {
    const client = await this.#connect();
    let broken = false;
    let released = false;
    let markEnded = () => {};
    const ended = new Promise<void>((resolve) => (markEnded = resolve));
    const end = () => {
      if (released) return;
      released = true;
      client.release(true);
      markEnded();
    };
    client.on('error', () => {
      broken = true;
      end();
    });
    client.on('end', end);
    const tx = wrap(client, () => (broken = true));
    return {
      ended,
      query: async (text, values) => {
        try {
          return await tx.query(text, values);
        } finally {
          if (broken) end();
        }
      },
      release: end,
    };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  async #once<T>(mode: TransactionMode, body: (tx: Transaction) => Promise<T>, state: { committing: boolean }): Promise<T> {
    const client = await this.#connect();
    let broken = false;
    const tx = wrap(client, () => (broken = true));
    try {
      await tx.query(mode === 'snapshot' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
      const result = await body(tx);
      state.committing = true;
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
      throw error instanceof CorroborateError || error instanceof TypeError ? error : toStoreError(error);
    } finally {
      client.release(broken || lost.has(client));
    }
  }

  async #connect(): Promise<PoolClient> {
    this.#checkOpen();
    let client: PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw toStoreError(error);
    }
    // A server that ends a connection (a restart: 57P01) sends the error at once, also to connections checked out and
    // idle between two statements of a transaction; unheard, that 'error' event would end the process. The statement
    // in flight, if any, fails on its own; the connection is destroyed when released.
    if (!listened.has(client)) {
      listened.add(client);
      client.on('error', () => lost.add(client));
    }
    return client;
  }

  #checkOpen(): void {
    if (this.#closed) throw new CorroborateError('store-failed', `the connection to ${this.label} is closed`);
  }
}

function wrap(client: PoolClient, markBroken: () => void): Transaction {
  return {
    async query<R extends QueryResultRow = QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<R[]> {
      try {
        return (await client.query<R>(text, values as unknown[])).rows;
      } catch (error) {
        // A connection-level failure (no SQLSTATE) leaves the client unusable: it is destroyed, not returned to the pool.
        if (!(error as { code?: string }).code || /^(08|57P)/.test((error as { code: string }).code)) markBroken();
        throw toStoreError(error);
      }
    },
  };
}

/** A driver or server error as CorroborateError('store-failed'), keeping the original (with its SQLSTATE) as `cause`. */
export function toStoreError(error: unknown): Error {
  if (error instanceof CorroborateError || error instanceof TypeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const wrapped = new CorroborateError('store-failed', `PostgreSQL: ${message}${code ? ` (${code})` : ''}`);
  Object.defineProperty(wrapped, 'cause', { value: error });
  return wrapped;
}
