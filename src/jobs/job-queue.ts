import type { Transaction } from '../store/index.js';
import type { JobKind, JobKindSettings, JobPayloads } from './job-kinds.js';

/** A job's state: waiting (`created`, or `retry` after a failure), running (`active`), or done one way or another. */
export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** A job as a worker takes it. */
export interface TakenJob<K extends JobKind = JobKind> {
  readonly id: string;
  readonly kind: K;
  readonly data: JobPayloads[K];
  /** 0 on the first attempt. */
  readonly retryCount: number;
}

/** A job as the API shows it. */
export interface JobView {
  readonly id: string;
  readonly kind: string;
  readonly state: JobState;
  readonly data: unknown;
  /** What the job returned, or its last error ({ message, code }) when it failed. */
  readonly output: unknown;
  readonly retryCount: number;
  readonly retryLimit: number;
  readonly created: string;
  readonly started: string | null;
  readonly completed: string | null;
  /** When it may (re)start: the backoff of a retry. */
  readonly startAfter: string;
  readonly key: string | null;
}

export interface EnqueueOptions {
  /** Coalescing key (kinds with `coalesce`): while a job with this key waits, another is not queued. */
  readonly key?: string;
  /** Seconds before it may start (default: the kind's delaySeconds). */
  readonly delaySeconds?: number;
}

/**
 * A durable job queue in the database: jobs survive restarts, a job is taken by one worker at a time, a failed job is
 * retried with backoff and ends in the `failed` state with its error. Implemented on pg-boss (pg-boss-queue.ts).
 */
export interface JobQueue {
  /** How each kind is queued (batch sizes, retries, expiry). */
  readonly settings: Readonly<Record<JobKind, JobKindSettings>>;
  /** Queues a job; returns its id, or null when a job with the same coalescing key is already waiting. */
  enqueue<K extends JobKind>(kind: K, data: JobPayloads[K], options?: EnqueueOptions): Promise<string | null>;
  /** Queues many jobs of one kind in one statement (no coalescing): feeds and benchmarks. */
  enqueueMany<K extends JobKind>(kind: K, items: readonly JobPayloads[K][]): Promise<void>;
  /**
   * Takes up to `max` waiting jobs of one kind (each is then active and owned by the caller), oldest first; inside
   * `within` when given, so that the take commits or rolls back with what the caller records beside it (its lease).
   */
  take<K extends JobKind>(kind: K, max: number, within?: Transaction): Promise<TakenJob<K>[]>;
  /** Marks a taken job done, with what it returned. */
  complete(job: TakenJob, output: object): Promise<void>;
  /**
   * Marks a taken job failed: it is retried after a backoff, or ends `failed` with this error when out of retries or
   * when `retry` is false (an error that another attempt cannot cure: a refused URL, an article with no text).
   * `countAttempt: false` gives the attempt back (its worker died: the job itself did not fail). Only an active job fails.
   */
  fail(job: TakenJob, error: { message: string; code?: string }, options?: { retry?: boolean; countAttempt?: boolean }): Promise<void>;
  getJob(id: string): Promise<JobView | null>;
  /** Jobs in one state, newest first (default: failed). */
  listJobs(options?: { state?: JobState; kind?: JobKind; limit?: number }): Promise<JobView[]>;
  /** The last failed job with this coalescing key, if any (a story whose briefing keeps failing). */
  lastFailure(kind: JobKind, key: string): Promise<JobView | null>;
  /** Number of jobs per kind and state. */
  countJobs(): Promise<Record<string, Partial<Record<JobState, number>>>>;
  /** Expires lost active jobs, archives and drops old ones now (the queue also does it every maintenance interval). */
  maintain(): Promise<void>;
  close(): Promise<void>;
}
