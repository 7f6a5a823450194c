import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { CorroborateError } from '../model/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { addArticlesToStory, type AddOutcome } from './add-articles.js';
import type { PendingBriefing, QueuedAdd } from './background-work.js';
import { listFormatNames, OUTPUT_FORMATS } from '../render/index.js';
import { BRIEFING_FORMATS, DEFAULT_BRIEFING_FORMAT } from './briefing-service.js';
import type { RenderFormat } from './briefing-runner.js';
import { sendVersioned } from './compressed.js';
import { HttpError } from './http-error.js';
import { createJobsApi } from './jobs-api.js';
import { OPENAPI_DOCUMENT } from './openapi.js';
import { presentArticle, presentStory } from './present.js';
import { readArticleInputs, readJsonBody, storyIdOf, type ServerContext } from './server-context.js';

function readInteger(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new HttpError(400, 'bad-request', `"${name}" must be a whole number from ${min} to ${max}`);
  return value;
}

function readStoryTitle(body: unknown): string | null {
  if (body === undefined || body === null) return null;
  if (typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'bad-request', 'expected a JSON object like {"title": "…"}');
  const { title, ...rest } = body as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new HttpError(400, 'bad-request', `unknown field "${extra.slice(0, 40)}"; expected "title"`);
  if (title !== undefined && title !== null && typeof title !== 'string') throw new HttpError(400, 'bad-request', '"title" must be a string or null');
  if (typeof title === 'string' && title.length > 500) throw new HttpError(400, 'bad-request', '"title" is longer than 500 characters');
  return title ?? null;
}

/** The HTTP API, mounted under /api. */
export function createApi(ctx: ServerContext): Hono {
  const api = new Hono();
  const { store } = ctx;

  api.get('/openapi.json', (c) => c.json(OPENAPI_DOCUMENT));
  api.get('/health', (c) => c.json({ status: 'ok', version: GENERATOR_VERSION }));

  api.get('/stories', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, 500);
    const result = await store.listStories({ query, limit: readInteger(c, 'limit', 50, 1, 500), offset: readInteger(c, 'offset', 0, 0, 1_000_000) });
    return c.json({ query: query || null, total: result.total, truncated: result.truncated, stories: result.stories.map(presentStory) });
  });

  api.post('/stories', async (c) => {
    const story = await store.createStory(readStoryTitle(await readJsonBody(c)));
    c.header('Location', `/api/stories/${story.id}`);
    return c.json(presentStory(story), 201);
  });

  api.get('/stories/:id', async (c) => {
    const id = storyIdOf(c);
    const story = await store.getStory(id);
    if (!story) throw new CorroborateError('not-found', `no story with id ${id}`);
    return c.json({ ...presentStory(story), articles: (await store.listArticles(id)).map(presentArticle) });
  });

  api.delete('/stories/:id', async (c) => {
    const id = storyIdOf(c);
    if (!(await store.deleteStory(id))) throw new CorroborateError('not-found', `no story with id ${id}`);
    ctx.events.publish(id, -1);
    return c.body(null, 204);
  });

  api.get('/stories/:id/articles', async (c) => {
    const id = storyIdOf(c);
    if (!(await store.getStory(id))) throw new CorroborateError('not-found', `no story with id ${id}`);
    return c.json({ story: id, articles: (await store.listArticles(id)).map(presentArticle) });
  });

  api.post('/stories/:id/articles', async (c) => {
    const id = storyIdOf(c);
    const inputs = await readArticleInputs(c);
    const signal = c.req.raw.signal;
    const outcome: AddOutcome & { queued?: QueuedAdd['queued'] } = ctx.background
      ? await ctx.background.addInputs(id, inputs)
      : await ctx.work.run(null, () => addArticlesToStory(store, id, inputs, ctx.fetchInput, ctx.runner, signal), signal);
    ctx.events.publish(id, outcome.story.version);
    const added = outcome.results.filter((r) => r.status === 'added').map((r) => presentArticle(r.article));
    const duplicates = outcome.results.flatMap((r) => (r.status === 'duplicate' ? [{ reason: r.reason, article: presentArticle(r.article) }] : []));
    // Database mode: URLs are fetched by workers; `queued` names their jobs (202 when nothing was added yet).
    const queued = (outcome.queued ?? []).map(({ url, job }) => ({ url, job, link: job ? `/api/jobs/${job}` : null }));
    const status = added.length > 0 ? 201 : queued.length > 0 ? 202 : 200;
    return c.json({ story: presentStory(outcome.story), added, duplicates, diagnostics: outcome.diagnostics, ...(queued.length ? { queued } : {}) }, status);
  });

  api.get('/stories/:id/briefing', async (c) => {
    const requested = c.req.query('format') ?? DEFAULT_BRIEFING_FORMAT.name;
    const format = BRIEFING_FORMATS.find((candidate) => candidate.name === requested);
    if (!format)
      throw new HttpError(400, 'bad-request', `"format" must be ${listFormatNames(BRIEFING_FORMATS)}, not ${JSON.stringify(requested.slice(0, 20))}`);
    const story = await ctx.briefings.story(storyIdOf(c));
    // Database mode: a worker makes the briefing; until it is current the answer is 202.
    const queued = ctx.background ? await ctx.background.briefing(story.id) : null;
    if (queued && 'pending' in queued) return sendPending(c, queued.pending);
    // The representation is fixed by the story version, the generator and the format: a client holding it gets 304
    // before anything is loaded.
    const version = queued ? queued.ready.version : story.version;
    const etag = `"b${story.id}-v${version}-${GENERATOR_VERSION}-${format.name}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    const loaded = queued ? queued.ready : await ctx.briefings.get(story.id, c.req.raw.signal, story);
    c.header('X-Story-Version', String(loaded.version));
    c.header('X-Briefing-Cache', loaded.cached ? 'hit' : 'miss');
    // The stored JSON is the json rendering already: serve its bytes without parsing and rendering again.
    if (format === OUTPUT_FORMATS.json) return sendVersioned(c, ctx.briefings.cache, `${etag}:json`, loaded.json, format.mediaType);
    const text = await ctx.briefings.render(loaded, format.name as RenderFormat, c.req.raw.signal);
    if (format.contentSecurityPolicy) c.header('Content-Security-Policy', `${format.contentSecurityPolicy}; frame-ancestors 'none'`);
    return c.body(text, 200, { 'Content-Type': format.mediaType });
  });

  api.get('/stories/:id/events', async (c) => {
    const id = storyIdOf(c);
    const story = await store.getStory(id);
    if (!story) throw new CorroborateError('not-found', `no story with id ${id}`);
    c.header('Cache-Control', 'no-cache');
    return streamSSE(c, async (stream) => {
      let last = Number.NaN;
      const send = async (version: number) => {
        if (version === last || stream.aborted || stream.closed) return;
        last = version;
        await stream.writeSSE(version < 0 ? { event: 'deleted', data: '{}' } : { event: 'version', id: String(version), data: JSON.stringify({ version }) });
      };
      await stream.writeSSE({ retry: 3000, event: 'version', id: String(story.version), data: JSON.stringify({ version: story.version }) });
      last = story.version;
      const unsubscribe = ctx.events.subscribe(id, (version) => void send(version).catch(() => undefined));
      const wake = { resolve: () => {} };
      const stop = () => wake.resolve();
      ctx.closing.addEventListener('abort', stop);
      stream.onAbort(stop);
      try {
        while (!stream.aborted && !ctx.closing.aborted && last >= 0) {
          await new Promise<void>((resolve) => {
            wake.resolve = resolve;
            setTimeout(resolve, ctx.pollMs).unref();
          });
          if (stream.aborted || ctx.closing.aborted) break;
          const current = await store.getStory(id).catch(() => undefined);
          if (current === undefined) break; // the store is closing or failing: end the stream, the client retries
          await send(current ? current.version : -1);
        }
      } finally {
        unsubscribe();
        ctx.closing.removeEventListener('abort', stop);
      }
    });
  });

  api.route('/jobs', createJobsApi(ctx));

  return api;
}

/** 202: a worker is making the briefing; look again at the same URL (Location) after Retry-After seconds. */
function sendPending(c: Context, pending: PendingBriefing): Response {
  c.header('Location', `/api/stories/${pending.story.id}/briefing`);
  c.header('Retry-After', '1');
  c.header('X-Story-Version', String(pending.story.version));
  const lastFailure = pending.lastFailure && { job: pending.lastFailure.id, error: pending.lastFailure.output, at: pending.lastFailure.completed };
  return c.json(
    {
      status: 'pending',
      story: pending.story.id,
      version: pending.story.version,
      job: pending.job && { id: pending.job, link: `/api/jobs/${pending.job}` },
      lastFailure,
    },
    202,
  );
}
