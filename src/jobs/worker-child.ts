// Test and benchmark support: one worker process, as `corroborate worker` runs it but with the queue settings given as
// JSON (short expiry, so that a killed worker's jobs come back quickly). Prints "start <kind> <id>" and
// "<outcome> <kind> <id> <ms>" lines on stdout; stops gracefully on SIGTERM. Run by jobs tests and bench/scale.js.
import { writeSync } from 'node:fs';
import { openDatabaseMode } from '../server/background-work.js';
import type { PgBossQueueOptions } from './pg-boss-queue.js';
import { startWorker } from './worker.js';
import { openWorkerLeases } from './worker-leases.js';

const [url, settingsJson] = process.argv.slice(2);
if (!url) throw new TypeError('worker-child: expected a database URL');
const queueOptions = JSON.parse(settingsJson ?? '{}') as PgBossQueueOptions;
const say = (line: string) => writeSync(1, `${line}\n`);
const database = await openDatabaseMode(url, { queue: queueOptions, onError: (error) => process.stderr.write(`worker-child: ${error.message}\n`) });
const leases = await openWorkerLeases(database.store.connection, database.queue);
const worker = startWorker(
  { store: database.store, queue: database.queue, fetchInput: async () => Promise.reject(new Error('worker-child fetches nothing')) },
  {
    pollMs: 200,
    leases,
    onStart: (job) => say(`start ${job.kind} ${job.id}`),
    onJob: (event) => say(`${event.outcome} ${event.kind} ${event.id} ${event.ms.toFixed(1)}${event.error ? ` ${event.error}` : ''}`),
    onError: (error) => process.stderr.write(`worker-child: ${error.message}\n`),
  },
);
say(`ready ${process.pid}`);
process.once('SIGTERM', () => {
  void worker
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
