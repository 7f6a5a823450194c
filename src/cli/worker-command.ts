import { InvalidArgumentError, type Command } from 'commander';
import { fetchUrl } from '../ingest/fetch-url.js';
import { JOB_KINDS, openWorkerLeases, startWorker, type JobKind } from '../jobs/index.js';
import { openDatabaseMode } from '../server/background-work.js';
import { redactUrl } from '../store/index.js';
import { databaseUrlFrom } from './database-url.js';

interface WorkerFlags {
  readonly database?: string;
  readonly kinds?: JobKind[];
  readonly fetchConcurrency: number;
  readonly allowPrivateUrls?: boolean;
  readonly verbose?: boolean;
}

function parseKinds(value: string): JobKind[] {
  const kinds = value.split(',').map((kind) => kind.trim());
  const unknown = kinds.find((kind) => !(JOB_KINDS as readonly string[]).includes(kind));
  if (unknown !== undefined) throw new InvalidArgumentError(`unknown job kind "${unknown}"; expected ${JOB_KINDS.join(', ')}`);
  return kinds as JobKind[];
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return count;
}

/** Registers `corroborate worker --database URL`: runs background jobs (fetch, ingest, re-brief) until stopped. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Run background jobs (fetch URLs, ingest articles, re-brief stories) from the job queue in a PostgreSQL database.')
    .option('--database <url>', 'the PostgreSQL database shared with `serve --database` (default $CORROBORATE_DATABASE_URL)')
    .option('--kinds <list>', `job kinds to run, comma-separated (default all: ${JOB_KINDS.join(',')})`, parseKinds)
    .option('--fetch-concurrency <n>', 'URL fetches at once', parseCount, 4)
    .option('--allow-private-urls', 'allow fetching URLs on loopback, private and link-local addresses')
    .option('-v, --verbose', 'print one line per job on standard error')
    .addHelpText(
      'after',
      '\nExample: corroborate worker --database postgres://corroborate@db.internal/news\nRun as many as the machines have cores; stop with SIGTERM (the jobs in hand are finished first).',
    )
    .action(async (flags: WorkerFlags) => {
      const url = databaseUrlFrom(flags.database, 'worker');
      const log = (line: string) => process.stderr.write(`corroborate worker: ${line}\n`);
      const database = await openDatabaseMode(url, { onError: (error) => log(`database: ${error.message}`) });
      const allowPrivate = flags.allowPrivateUrls === true;
      const leases = await openWorkerLeases(database.store.connection, database.queue, (error) => log(`lease: ${error.message}`));
      const worker = startWorker(
        {
          store: database.store,
          queue: database.queue,
          fetchInput: (target) => fetchUrl(target, { allowPrivate, timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024 }),
        },
        {
          ...(flags.kinds ? { kinds: flags.kinds } : {}),
          fetchConcurrency: flags.fetchConcurrency,
          leases,
          onError: (error) => log(error.message),
          onJob: (event) => {
            if (flags.verbose || event.outcome !== 'completed') {
              log(`${event.kind} ${event.id} ${event.outcome} in ${event.ms.toFixed(0)} ms${event.error ? `: ${event.error}` : ''}`);
            }
          },
        },
      );
      log(`running ${(flags.kinds ?? JOB_KINDS).join(', ')} jobs from ${redactUrl(url)} (pid ${process.pid})`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      log('stopping: finishing the jobs in hand');
      await worker.stop();
      await database.close();
      log(`stopped after ${worker.counts.completed} completed, ${worker.counts.retrying} retrying, ${worker.counts.failed} failed`);
    });
}
