import { performance } from 'node:perf_hooks';
import { CorroborateError } from '../model/index.js';
import { isPermanentFailure, JOB_HANDLERS, type JobContext, type JobHandler } from './handlers.js';
import { CPU_JOB_KINDS, JOB_KINDS, type JobKind } from './job-kinds.js';
import type { TakenJob } from './job-queue.js';
import type { WorkerLeases } from './worker-leases.js';

/** What happened to one job a worker ran. */
export interface JobEvent {
  readonly kind: JobKind;
  readonly id: string;
  readonly outcome: 'completed' | 'retrying' | 'failed';
  readonly ms: number;
  readonly output?: object;
  readonly error?: string;
}

export interface WorkerOptions {
  /** Job kinds this worker runs (default: all). */
  readonly kinds?: readonly JobKind[];
  /** How long to wait before looking again when no job was waiting, in ms (default 500). */
  readonly pollMs?: number;
  /** How many fetch-url jobs run at once (they wait on the network; default 4). */
  readonly fetchConcurrency?: number;
  /** Called when a job starts (tests, benchmarks). */
  readonly onStart?: (job: TakenJob) => void;
  /** Called after every job (progress lines, benchmarks). */
  readonly onJob?: (event: JobEvent) => void;
  /** Problems of the worker itself (the database unreachable while it looks for jobs). */
  readonly onError?: (error: Error) => void;
  /** This worker's leases (see openWorkerLeases): its jobs come back at once if it dies, and it hands back dead workers' jobs. */
  readonly leases?: WorkerLeases;
  /** How often to look for dead workers' jobs, in ms (default 2000). */
  readonly reclaimMs?: number;
}

/** A running worker. */
export interface RunningWorker {
  /** Takes no new job, finishes the ones it holds, then resolves. */
  stop(): Promise<void>;
  /** Jobs run so far, by outcome. */
  readonly counts: Readonly<Record<JobEvent['outcome'], number>>;
}

/**
 * Runs jobs from the queue until stopped: the CPU-bound kinds (re-brief, ingest) one at a time, re-briefs first; the
 * network-bound fetch-url jobs several at once. A job is taken by exactly one worker (the queue hands each row to one
 * taker, under a row lock with SKIP LOCKED); a worker that dies holding one leaves it to be retried: at once when it
 * held leases (another worker sees its lock free), else when the job expires.
 */
export function startWorker(ctx: JobContext, options: WorkerOptions = {}): RunningWorker {
  const kinds = new Set(options.kinds ?? JOB_KINDS);
  const pollMs = options.pollMs ?? 500;
  const counts = { completed: 0, retrying: 0, failed: 0 };
  let stopping = false;
  const wakers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      wakers.add(wake);
    });
  const report = (error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error)));

  const take = async <K extends JobKind>(kind: K, max: number): Promise<TakenJob<K>[]> => {
    try {
      return await (options.leases ? options.leases.take(kind, max) : ctx.queue.take(kind, max));
    } catch (error) {
      report(error);
      return [];
    }
  };

  const run = async (job: TakenJob): Promise<void> => {
    const started = performance.now();
    options.onStart?.(job);
    const handler = JOB_HANDLERS[job.kind] as JobHandler<JobKind>;
    let event: JobEvent;
    try {
      const output = await handler(job, ctx);
      await ctx.queue.complete(job, output);
      event = { kind: job.kind, id: job.id, outcome: 'completed', ms: performance.now() - started, output };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = error instanceof CorroborateError ? error.code : error instanceof TypeError ? 'bad-request' : 'internal';
      const retry = !isPermanentFailure(error) && job.retryCount < ctx.queue.settings[job.kind].retryLimit;
      // When even this fails (the database is gone), the job stays active and is retried once it expires.
      await ctx.queue.fail(job, { message, code }, { retry }).catch(report);
      event = { kind: job.kind, id: job.id, outcome: retry ? 'retrying' : 'failed', ms: performance.now() - started, error: message };
    }
    await options.leases?.drop(job).catch(report);
    counts[event.outcome] += 1;
    options.onJob?.(event);
  };

  const cpuLoop = async (): Promise<void> => {
    const cpuKinds = CPU_JOB_KINDS.filter((kind) => kinds.has(kind));
    while (!stopping && cpuKinds.length > 0) {
      let ran = 0;
      for (const kind of cpuKinds) {
        if (stopping) break;
        const jobs = await take(kind, ctx.queue.settings[kind].batchSize);
        for (const job of jobs) await run(job);
        ran += jobs.length;
      }
      if (ran === 0) await sleep(pollMs);
    }
  };

  const fetchLoop = async (): Promise<void> => {
    if (!kinds.has('fetch-url')) return;
    const limit = Math.max(1, options.fetchConcurrency ?? ctx.queue.settings['fetch-url'].batchSize);
    const running = new Set<Promise<void>>();
    while (!stopping) {
      const jobs = running.size < limit ? await take('fetch-url', limit - running.size) : [];
      for (const job of jobs) {
        const done: Promise<void> = run(job).finally(() => running.delete(done));
        running.add(done);
      }
      if (jobs.length === 0) await Promise.race([sleep(pollMs), ...running]);
    }
    await Promise.all(running);
  };

  const reclaimLoop = async (): Promise<void> => {
    while (!stopping && options.leases) {
      await sleep(options.reclaimMs ?? 2000);
      if (!stopping) await options.leases.reclaim().catch(report);
    }
  };

  const loops = Promise.all([cpuLoop(), fetchLoop(), reclaimLoop()]).then(() => options.leases?.close());
  return {
    counts,
    stop: async () => {
      stopping = true;
      for (const wake of [...wakers]) wake();
      await loops;
    },
  };
}
