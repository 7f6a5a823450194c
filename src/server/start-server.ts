import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { CorroborateError } from '../model/index.js';
import { openStore, redactUrl, resolveDataDir, SqliteStore, type Store } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';
import { createQueuedWork, openDatabaseMode } from './background-work.js';
import type { BriefingRunner } from './briefing-runner.js';
import { defaultThreads, PoolRunner } from './pool-runner.js';

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
  /** Worker threads for the heavy work (default: the CPUs less one, at least 1); 0 runs it in the event loop's thread. Ignored with `runner`. */
  readonly workers?: number;
  /** Heap limit of each worker thread, in MB (default 768). */
  readonly workerMemoryMb?: number;
  /** Listen beyond loopback without a token (refused otherwise). */
  readonly allowNoToken?: boolean;
  /** Most time to receive a whole request, headers and body, in ms (default 120,000). */
  readonly requestTimeoutMs?: number;
  /** Most time to receive a request's headers, in ms (default 15,000). */
  readonly headersTimeoutMs?: number;
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
  /** Stops accepting, ends live streams and open connections, stops the workers, closes the store it opened. */
  close(): Promise<void>;
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

// The folder a worker can open the store from: the one given, or the one the SQLite store lives in.
function storeFolder(store: Store, dataDir: string | null): string | null {
  if (dataDir) return dataDir;
  return store instanceof SqliteStore && store.database.name !== ':memory:' ? dirname(store.database.name) : null;
}

function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE')
    return new CorroborateError(
      'bad-request',
      `cannot listen on ${host}:${port}: the port is in use (another server?); stop it or choose another port with --port`,
    );
  if (code === 'EACCES')
    return new CorroborateError(
      'bad-request',
      `cannot listen on ${host}:${port}: not allowed (ports below 1024 need privileges); choose another port with --port`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new CorroborateError('bad-request', `cannot listen on ${host}: no such address on this machine`);
  return error;
}

// The pool drops a connection the server closed (a restart) and reconnects on the next request: worth a line, not a crash.
const logDatabaseError = (error: Error) => process.stderr.write(`corroborate serve: database: ${error.message}\n`);

/**
 * Starts the HTTP API and web app: over the embedded store with the heavy work in a pool of worker threads, or over
 * PostgreSQL (`database`) with briefing and fetching queued for `corroborate worker` processes.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  if (!isLoopback(host) && !options.token && !options.allowNoToken) {
    throw new CorroborateError(
      'bad-request',
      `refusing to listen on ${host} without a token: anyone who can reach it could read, add and delete stories; set --token (or CORROBORATE_TOKEN), or pass --allow-no-token to expose it anyway`,
    );
  }
  const database = !options.store && options.database ? await openDatabaseMode(options.database, { onError: logDatabaseError }) : null;
  const dataDir = options.store || database ? null : resolveDataDir(options.dataDir);
  const store = options.store ?? database?.store ?? openStore(dataDir!);
  const background = options.background ?? (database ? createQueuedWork(database.store, database.queue) : undefined);
  const folder = storeFolder(store, dataDir);
  const threads = options.workers ?? defaultThreads();
  const limits = { budget: options.budget, limits: options.limits };
  // A runner given (a job queue, a test's) is the caller's to close; a pool made here is closed with the server.
  const pool: BriefingRunner | undefined =
    !options.runner && threads > 0 && folder ? new PoolRunner({ dataDir: folder, limits, threads, workerMemoryMb: options.workerMemoryMb }) : undefined;
  const runner = options.runner ?? pool;
  const { app, shutdown } = createApp({ ...options, store, runner, loopbackOnly: isLoopback(host), ...(background ? { background } : {}) });
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const created = serve(
        {
          fetch: app.fetch,
          port,
          hostname: host,
          serverOptions: { requestTimeout: options.requestTimeoutMs ?? 120_000, headersTimeout: options.headersTimeoutMs ?? 15_000 },
        },
        () => resolve(created),
      );
      created.once('error', reject);
    });
  } catch (error) {
    await shutdown();
    await pool?.close();
    if (database)
      await database.close(); // its pool would keep the process alive
    else if (!options.store) await store.close();
    throw listenError(error, host, port);
  }
  (server as Server).keepAliveTimeout = 5_000;
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
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        await shutdown();
        (server as Server).closeIdleConnections?.();
        setTimeout(() => (server as Server).closeAllConnections?.(), 1000).unref();
        await done;
        await pool?.close();
        if (database) await database.close();
        else if (!options.store) await store.close();
      })()),
  };
}
