// Test support for the job queue: worker child processes (src/jobs/worker-child.ts) and waiting for the queue to drain.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { JobQueue, PgBossQueueOptions } from '../../src/jobs/index.js';

const CHILD = fileURLToPath(new URL(`../../src/jobs/worker-child${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

/**
 * Queue settings for tests: quick retries, maintenance every second, and an expiry short enough for a test to wait
 * out (a job whose completion was lost in a server restart) but long enough for a slow job on a loaded machine.
 */
export const FAST_QUEUE: PgBossQueueOptions = {
  maintenanceIntervalSeconds: 1,
  settings: {
    'ingest-article': { expireSeconds: 20, retryDelaySeconds: 1, retryLimit: 8 },
    'rebrief-story': { expireSeconds: 30, retryDelaySeconds: 1, retryLimit: 8, delaySeconds: 0 },
    'fetch-url': { expireSeconds: 20, retryDelaySeconds: 1, retryLimit: 2 },
  },
};

/** A worker process and what it said: jobs started and finished. */
export interface WorkerChild {
  readonly process: ChildProcessWithoutNullStreams;
  readonly started: string[];
  readonly finished: string[];
  readonly ready: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Starts `src/jobs/worker-child` on `url` with `options`. */
export function spawnWorker(url: string, options: PgBossQueueOptions = FAST_QUEUE): WorkerChild {
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--test'));
  if (CHILD.endsWith('.ts') && !execArgv.some((arg) => arg.includes('tsx'))) execArgv.push('--import', 'tsx');
  const child = spawn(process.execPath, [...execArgv, CHILD, url, JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const started: string[] = [];
  const finished: string[] = [];
  let errors = '';
  let buffer = '';
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-20_000)));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const [word, ...rest] = buffer.slice(0, newline).split(' ');
      buffer = buffer.slice(newline + 1);
      if (word === 'ready') markReady();
      else if (word === 'start') started.push(rest.join(' '));
      else finished.push(`${word} ${rest.join(' ')}`);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      markReady();
      resolve({ code, signal });
    }),
  );
  return { process: child, started, finished, ready, exited, stderr: () => errors };
}

/** Resolves when `check` holds (polled every `everyMs`), or rejects after `timeoutMs` with `what`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** True when no job waits or runs (every job completed, failed or cancelled). */
export async function queueIsIdle(queue: JobQueue): Promise<boolean> {
  const counts = await queue.countJobs();
  return Object.values(counts).every((states) => !states.created && !states.retry && !states.active);
}
