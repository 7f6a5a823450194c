// Which live worker holds which job. pg-boss 10 only knows that a job is active; a worker that dies leaves its jobs
// active until they expire, and an expiry short enough to bring them back soon would also expire a slow job that is
// still running. So each worker holds a session advisory lock for as long as its process (and its connection) lives,
// and records the jobs it takes in the transaction that takes them: a worker killed at any moment leaves each job either
// still waiting or active under its lease, never active with no lease (then only its expiry would bring it back). A lock that anyone can take again belongs to a dead worker: its jobs are handed back
// to the queue at once, without counting the attempt against the job's retries (the job did not fail; its worker died).
import { randomUUID } from 'node:crypto';
import type { PostgresConnection, Session, Transaction } from '../store/index.js';
import type { JobKind } from './job-kinds.js';
import type { JobQueue, TakenJob } from './job-queue.js';

// Advisory lock namespace of live workers ("cor" + 2; see store/postgres-schema.ts).
const WORKER_LOCKS = 0x636f72 + 2;

/** A worker's lease on the jobs it runs. */
export interface WorkerLeases {
  readonly worker: string;
  /** Takes up to `max` waiting jobs of one kind and records that this worker holds them, in one transaction. */
  take<K extends JobKind>(kind: K, max: number): Promise<TakenJob<K>[]>;
  /** Forgets a job that is done (completed or failed). */
  drop(job: TakenJob): Promise<void>;
  /** Hands back to the queue the jobs of workers that died; returns how many. */
  reclaim(): Promise<number>;
  /** Ends the lease (a clean stop); jobs still recorded are then reclaimed by the next worker that looks. */
  close(): Promise<void>;
}

async function hold(tx: Transaction, jobs: readonly TakenJob[], worker: string): Promise<void> {
  if (jobs.length === 0) return;
  await tx.query(
    `INSERT INTO worker_leases (job, kind, worker) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
     ON CONFLICT (job) DO UPDATE SET worker = excluded.worker, taken = now()`,
    [jobs.map((job) => job.id), jobs.map((job) => job.kind), jobs.map(() => worker)],
  );
}

/** Registers a live worker: takes its advisory lock on a connection of its own, retaken if that connection is lost. */
export async function openWorkerLeases(db: PostgresConnection, queue: JobQueue, onError: (error: Error) => void = () => {}): Promise<WorkerLeases> {
  let worker = randomUUID();
  let session: Session | null = null;
  let closed = false;
  const lock = async (): Promise<void> => {
    for (;;) {
      const next = await db.openSession();
      const [row] = await next.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [WORKER_LOCKS, worker]);
      if (row?.locked) {
        session = next;
        // Lost (the server restarted): lock again. Meanwhile another worker may hand this one's jobs back; running a
        // job twice is safe, every handler being idempotent.
        void next.ended.then(() => {
          session = null;
          if (!closed) relock();
        });
        return;
      }
      next.release();
      worker = randomUUID(); // another live worker's id hashes to the same key
    }
  };
  const relock = () => {
    void lock().catch((error: unknown) => {
      onError(error as Error);
      if (!closed) setTimeout(relock, 1000).unref();
    });
  };
  await lock();

  return {
    get worker() {
      return worker;
    },
    take(kind, max) {
      return db.transaction('write', async (tx) => {
        const jobs = await queue.take(kind, max, tx);
        await hold(tx, jobs, worker);
        return jobs;
      });
    },
    async drop(job) {
      await db.query('DELETE FROM worker_leases WHERE job = $1', [job.id]);
    },
    async reclaim() {
      const holders = await db.query<{ worker: string }>('SELECT DISTINCT worker FROM worker_leases WHERE worker <> $1', [worker]);
      let reclaimed = 0;
      for (const { worker: holder } of holders) {
        // Try the lock in one round trip and let it go at once: taking it proves its owner is gone.
        const [row] = await db.query<{ dead: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AND pg_advisory_unlock($1, hashtext($2)) AS dead', [
          WORKER_LOCKS,
          holder,
        ]);
        if (!row?.dead) continue;
        const jobs = await db.query<{ job: string; kind: TakenJob['kind'] }>('DELETE FROM worker_leases WHERE worker = $1 RETURNING job, kind', [holder]);
        for (const { job, kind } of jobs) {
          await queue.fail(
            { id: job, kind, data: null as never, retryCount: 0 },
            { message: 'its worker died', code: 'worker-died' },
            { retry: true, countAttempt: false },
          );
          reclaimed += 1;
        }
      }
      return reclaimed;
    },
    async close() {
      closed = true;
      (session as Session | null)?.release();
    },
  };
}
