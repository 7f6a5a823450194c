import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore, redactUrl, resolveDataDir, type Store } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';
import { createQueuedWork, openDatabaseMode } from './background-work.js';

/** Options of `startServer`. */
export interface ServerOptions extends Omit<AppOptions, 'store' | 'loopbackOnly'> {
  /** Port; 0 picks a free one (default 8080). */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1, loopback only). */
  readonly host?: string;
  /** The store's folder (default: see resolveDataDir). Ignored when `store` is given. */
  readonly dataDir?: string | null;
  /** An open store to serve (tests); closed by `close()` only when the server opened it. */
  readonly store?: Store;
  /** A postgres:// URL: serve from PostgreSQL and queue heavy work for `corroborate worker` processes (database mode). */
  readonly database?: string | null;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string | null;
  /** The database URL (password hidden) in database mode, else null. */
  readonly database: string | null;
  readonly server: ServerType;
  /** Stops accepting, ends live streams and open connections, closes the store it opened. */
  close(): Promise<void>;
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

// The pool drops a connection the server closed (a restart) and reconnects on the next request: worth a line, not a crash.
const logDatabaseError = (error: Error) => process.stderr.write(`corroborate serve: database: ${error.message}\n`);

/** Starts the HTTP API and web app over the embedded store, or over PostgreSQL with a job queue (`database`). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const database = !options.store && options.database ? await openDatabaseMode(options.database, { onError: logDatabaseError }) : null;
  const dataDir = options.store || database ? null : resolveDataDir(options.dataDir);
  const store = options.store ?? database?.store ?? openStore(dataDir!);
  const background = options.background ?? (database ? createQueuedWork(database.store, database.queue) : undefined);
  const { app, shutdown } = createApp({ ...options, store, loopbackOnly: isLoopback(host), ...(background ? { background } : {}) });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(created));
    created.once('error', reject);
  }).catch(async (error: unknown) => {
    await database?.close(); // its pool would keep the process alive
    throw error;
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | null = null;
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    dataDir,
    database: database ? redactUrl(options.database!) : null,
    server,
    close: () =>
      (closed ??= (async () => {
        shutdown();
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        (server as Server).closeIdleConnections?.();
        setTimeout(() => (server as Server).closeAllConnections?.(), 1000).unref();
        await done;
        if (database) await database.close();
        else if (!options.store) await store.close();
      })()),
  };
}
