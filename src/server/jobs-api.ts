import { Hono } from 'hono';
import type { JobState } from '../jobs/index.js';
import { HttpError } from './http-error.js';
import type { ServerContext } from './server-context.js';

const STATES: readonly JobState[] = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'];

/** /api/jobs: the background jobs of a server in database mode (fetches, ingests, re-briefs), failed ones by default. */
export function createJobsApi(ctx: ServerContext): Hono {
  const jobs = new Hono();
  const work = () => {
    if (!ctx.background)
      throw new HttpError(404, 'not-found', 'this server has no job queue: it runs every task in the request (start it with --database to use workers)');
    return ctx.background;
  };

  jobs.get('/', async (c) => {
    const state = (c.req.query('state') ?? 'failed') as JobState;
    if (!STATES.includes(state)) throw new HttpError(400, 'bad-request', `"state" must be one of ${STATES.join(', ')}`);
    const limit = Number(c.req.query('limit') ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new HttpError(400, 'bad-request', '"limit" must be a whole number from 1 to 500');
    return c.json({ state, jobs: await work().listJobs({ state, limit }) });
  });

  jobs.get('/:id', async (c) => {
    const job = await work().getJob(c.req.param('id'));
    if (!job) throw new HttpError(404, 'not-found', `no job with id ${JSON.stringify(c.req.param('id').slice(0, 40))}`);
    return c.json(job);
  });

  return jobs;
}
