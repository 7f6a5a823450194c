// The one adapter of pg-boss (10.x, the last line that runs on Node 20): the durable job queue, in the same database as
// the store and on the store's own connection pool. Loaded on first use only. Why pg-boss: see docs/scaling.md.
import type PgBoss from 'pg-boss';
import { CorroborateError } from '../model/index.js';
import type { PostgresConnection, Transaction } from '../store/index.js';
import { DEFAULT_JOB_SETTINGS, JOB_KINDS, type JobKind, type JobKindSettings, type JobPayloads } from './job-kinds.js';
import type { EnqueueOptions, JobQueue, JobState, JobView, TakenJob } from './job-queue.js';

export interface PgBossQueueOptions {
  /** Settings per job kind (merged over DEFAULT_JOB_SETTINGS). */
  readonly settings?: Partial<Record<JobKind, Partial<JobKindSettings>>>;
  /** How often some process expires lost jobs and archives old ones, in seconds (default 15). */
  readonly maintenanceIntervalSeconds?: number;
  /** Completed jobs move to the archive after this many seconds (default 1 hour); failed ones after 7 days. */
  readonly archiveCompletedAfterSeconds?: number;
  /** Archived jobs are deleted after this many days (default 2). */
  readonly deleteAfterDays?: number;
  /** Errors of the queue's background work (maintenance against a restarted server); default: ignored. */
  readonly onError?: (error: Error) => void;
}

const SCHEMA = 'pgboss';
const JOB_COLUMNS = `id, name, state, data, output, retry_count, retry_limit, created_on, started_on, completed_on, start_after, singleton_key`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  data: unknown;
  output: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  start_after: Date;
  singleton_key: string | null;
}

/** Starts pg-boss on `db` (installing or migrating its schema, under its own advisory lock) and creates the queues. */
export async function openJobQueue(db: PostgresConnection, options: PgBossQueueOptions = {}): Promise<JobQueue> {
  let PgBossClass: typeof PgBoss;
  try {
    PgBossClass = (await import('pg-boss')).default as unknown as typeof PgBoss;
  } catch (error) {
    throw new CorroborateError('store-failed', `the job queue (pg-boss) cannot be loaded: ${(error as Error).message}`);
  }
  const settings = Object.fromEntries(JOB_KINDS.map((kind) => [kind, { ...DEFAULT_JOB_SETTINGS[kind], ...options.settings?.[kind] }])) as Record<
    JobKind,
    JobKindSettings
  >;
  const boss = new PgBossClass({
    db: { executeSql: async (text: string, values?: unknown[]) => ({ rows: await db.query(text, values ?? []) }) },
    schema: SCHEMA,
    supervise: true,
    schedule: false,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 15,
    archiveCompletedAfterSeconds: options.archiveCompletedAfterSeconds ?? 3600,
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: options.deleteAfterDays ?? 2,
  });
  boss.on('error', (error: Error) => options.onError?.(error));
  try {
    await boss.start();
    for (const kind of JOB_KINDS) await ensureQueue(boss, kind, settings[kind]);
  } catch (error) {
    await boss.stop({ graceful: false, close: false, wait: false }).catch(() => undefined);
    throw error instanceof CorroborateError ? error : new CorroborateError('store-failed', `cannot start the job queue: ${(error as Error).message}`);
  }
  return new PgBossQueue(boss, db, settings);
}

async function ensureQueue(boss: PgBoss, kind: JobKind, settings: JobKindSettings): Promise<void> {
  const wanted = {
    // 'short': at most one job waits per key (the coalescing of re-briefs); any number may run. Given on every update
    // too: pg-boss resets a queue's policy to 'standard' when an update leaves it out.
    policy: settings.coalesce ? ('short' as const) : ('standard' as const),
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.expireSeconds,
  };
  const existing = await boss.getQueue(kind);
  if (!existing) await boss.createQueue(kind, { name: kind, ...wanted });
  else if (
    existing.policy !== wanted.policy ||
    existing.retryLimit !== wanted.retryLimit ||
    existing.retryDelay !== wanted.retryDelay ||
    existing.expireInSeconds !== wanted.expireInSeconds
  ) {
    await boss.updateQueue(kind, { name: kind, ...wanted });
  }
}

class PgBossQueue implements JobQueue {
  readonly #boss: PgBoss;
  readonly #db: PostgresConnection;
  readonly settings: Readonly<Record<JobKind, JobKindSettings>>;

  constructor(boss: PgBoss, db: PostgresConnection, settings: Record<JobKind, JobKindSettings>) {
    this.#boss = boss;
    this.#db = db;
    this.settings = settings;
  }

  async enqueue<K extends JobKind>(kind: K, data: JobPayloads[K], options: EnqueueOptions = {}): Promise<string | null> {
    const delay = options.delaySeconds ?? this.settings[kind].delaySeconds;
    return this.#boss.send(kind, data as object, {
      ...(options.key === undefined ? {} : { singletonKey: options.key }),
      ...(delay > 0 ? { startAfter: delay } : {}),
    });
  }

  async enqueueMany<K extends JobKind>(kind: K, items: readonly JobPayloads[K][]): Promise<void> {
    if (items.length > 0) await this.#boss.insert(items.map((data) => ({ name: kind, data: data as object })));
  }

  async take<K extends JobKind>(kind: K, max: number, within?: Transaction): Promise<TakenJob<K>[]> {
    const db = within ? { executeSql: async (text: string, values?: unknown[]) => ({ rows: await within.query(text, values ?? []) }) } : undefined;
    const jobs = await this.#boss.fetch<JobPayloads[K]>(kind, { batchSize: Math.max(1, Math.trunc(max)), includeMetadata: true, ...(db ? { db } : {}) });
    return jobs.map((job) => ({ id: job.id, kind, data: job.data, retryCount: job.retryCount }));
  }

  async complete(job: TakenJob, output: object): Promise<void> {
    await this.#boss.complete(job.kind, job.id, output);
  }

  async fail(job: TakenJob, error: { message: string; code?: string }, options: { retry?: boolean; countAttempt?: boolean } = {}): Promise<void> {
    // pg-boss retries while retry_count < retry_limit: no retries left means the job ends failed now; one more retry
    // allowed gives back the attempt a dead worker used.
    if (options.retry === false) {
      await this.#db.query(`UPDATE ${SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`, [job.kind, job.id]);
    } else if (options.countAttempt === false) {
      await this.#db.query(`UPDATE ${SCHEMA}.job SET retry_limit = retry_limit + 1 WHERE name = $1 AND id = $2 AND state = 'active'`, [job.kind, job.id]);
    }
    await this.#boss.fail(job.kind, job.id, { message: error.message, ...(error.code ? { code: error.code } : {}) });
  }

  async getJob(id: string): Promise<JobView | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.#db.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM ${SCHEMA}.job WHERE id = $1 UNION ALL SELECT ${JOB_COLUMNS} FROM ${SCHEMA}.archive WHERE id = $1 LIMIT 1`,
      [id],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async listJobs(options: { state?: JobState; kind?: JobKind; limit?: number } = {}): Promise<JobView[]> {
    const limit = Math.max(1, Math.min(500, Math.trunc(options.limit ?? 50)));
    const rows = await this.#db.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM ${SCHEMA}.job WHERE state = $1 AND ($2::text IS NULL OR name = $2)
       ORDER BY coalesce(completed_on, created_on) DESC, id LIMIT $3`,
      [options.state ?? 'failed', options.kind ?? null, limit],
    );
    return rows.map(toView);
  }

  async lastFailure(kind: JobKind, key: string): Promise<JobView | null> {
    const rows = await this.#db.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM ${SCHEMA}.job WHERE name = $1 AND singleton_key = $2 AND state = 'failed' ORDER BY completed_on DESC LIMIT 1`,
      [kind, key],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async countJobs(): Promise<Record<string, Partial<Record<JobState, number>>>> {
    const rows = await this.#db.query<{ name: string; state: JobState; count: number }>(
      `SELECT name, state, count(*) AS count FROM ${SCHEMA}.job GROUP BY name, state`,
    );
    const counts: Record<string, Partial<Record<JobState, number>>> = {};
    for (const row of rows) (counts[row.name] ??= {})[row.state] = row.count;
    return counts;
  }

  async maintain(): Promise<void> {
    await this.#boss.maintain();
  }

  async close(): Promise<void> {
    await this.#boss.stop({ graceful: false, close: false, wait: true });
  }
}

function toView(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.name,
    state: row.state,
    data: row.data,
    output: row.output ?? null,
    retryCount: row.retry_count,
    retryLimit: row.retry_limit,
    created: row.created_on.toISOString(),
    started: row.started_on?.toISOString() ?? null,
    completed: row.completed_on?.toISOString() ?? null,
    startAfter: row.start_after.toISOString(),
    key: row.singleton_key,
  };
}
