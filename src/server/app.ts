import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RawInput } from '../model/index.js';
import { fetchUrl as guardedFetchUrl, type FetchOptions } from '../ingest/fetch-url.js';
import type { Store } from '../store/index.js';
import { requireAccess } from './access.js';
import { createApi } from './api.js';
import type { BackgroundWork } from './background-work.js';
import type { BriefingRunner, BriefLimits } from './briefing-runner.js';
import { BriefingService } from './briefing-service.js';
import { loopbackHostGuard, sameOriginWrites, securityHeaders } from './guards.js';
import { HttpError, sendError, toHttpError } from './http-error.js';
import { InlineRunner } from './inline-runner.js';
import { limitRequestRate, RetryLaterError } from './limits.js';
import { createMetrics, type ServerMetrics } from './metrics.js';
import { escapeHtml } from './pages/escape.js';
import { PAGE_CSP, renderPage } from './pages/layout.js';
import { createLogin } from './login.js';
import { logRequests, type Logger } from './request-log.js';
import type { ServerContext } from './server-context.js';
import { SharedWork } from './shared-work.js';
import { StoryEvents } from './story-events.js';
import { createWeb } from './web.js';

/** Options of the HTTP app. */
export interface AppOptions extends BriefLimits {
  readonly store: Store;
  /**
   * When set, every route but health and the login page needs a token (API: Authorization: Bearer; pages: the
   * session the login page starts), and writes need this one.
   */
  readonly token?: string | null;
  /** A second token that may read but not write (needs `token`). */
  readonly readToken?: string | null;
  /** Let URL ingestion reach loopback, private and link-local addresses (default false). */
  readonly allowPrivateUrls?: boolean;
  /** Host names URL ingestion may reach even at private addresses (an intranet server), instead of all of them. */
  readonly allowPrivateHosts?: readonly string[];
  /** Runs the heavy work (default: in this thread, InlineRunner). */
  readonly runner?: BriefingRunner;
  /** How long one briefing may take before it is made again from fewer articles, in ms (default 60,000). */
  readonly briefTimeBudgetMs?: number;
  /** Most distinct heavy computations in flight; more get 503 with Retry-After (default 16). */
  readonly maxHeavy?: number;
  /** Most requests a minute from one client address; more get 429 with Retry-After (default 600; 0: no limit). */
  readonly rateLimit?: number;
  /** The request log (default none). */
  readonly logger?: Logger | null;
  /** Refuse requests whose Host is not a loopback name (set when listening on loopback only). */
  readonly loopbackOnly?: boolean;
  /** Largest request body, in bytes (default 32 MiB). */
  readonly maxBodyBytes?: number;
  /** How often live streams re-read story versions, in ms (default 2000). */
  readonly pollMs?: number;
  /** Replaces fetchUrl (tests). */
  readonly fetchUrl?: (url: string, options?: FetchOptions) => Promise<RawInput>;
  /** Database mode: queue briefing and fetching for workers instead of doing them in requests. */
  readonly background?: BackgroundWork;
}

/** Default options of the HTTP app. */
export const DEFAULT_APP_OPTIONS = { maxBodyBytes: 32 * 1024 * 1024, pollMs: 2000, rateLimit: 600, maxHeavy: 16 } as const;

/** The app and its shutdown switch (ends live streams). */
export interface CorroborateApp {
  readonly app: Hono;
  readonly events: StoryEvents;
  readonly metrics: ServerMetrics;
  /** Ends live streams and closes the runner when the app made it. */
  shutdown(): Promise<void>;
}

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/') || c.req.path === '/metrics';

function errorPage(c: Context, error: HttpError): Response {
  c.header('Content-Security-Policy', PAGE_CSP);
  const body = `<main class="app-main"><div class="app-card"><h2>${error.status} · ${escapeHtml(error.code)}</h2><p id="error-message">${escapeHtml(error.message)}</p><p><a href="/">Back to the stories</a></p></div></main>`;
  return c.html(renderPage({ title: `Error ${error.status}`, body }), error.status);
}

/** Builds the HTTP app (API under /api, web pages elsewhere) over a store. */
export function createApp(options: AppOptions): CorroborateApp {
  const closing = new AbortController();
  const events = new StoryEvents();
  const fetchUrl = options.fetchUrl ?? guardedFetchUrl;
  const allowPrivate = options.allowPrivateUrls === true;
  const allowHosts = options.allowPrivateHosts ?? [];
  const limits: BriefLimits = { budget: options.budget, limits: options.limits };
  const runner = options.runner ?? new InlineRunner(options.store, limits);
  const work = new SharedWork({ maxInFlight: options.maxHeavy ?? DEFAULT_APP_OPTIONS.maxHeavy });
  const metrics = createMetrics(() => ({ ...runner.stats(), inFlight: work.size }));
  const token = options.token || null;
  const ctx: ServerContext = {
    store: options.store,
    events,
    token,
    readToken: (token && options.readToken) || null,
    closing: closing.signal,
    pollMs: options.pollMs ?? DEFAULT_APP_OPTIONS.pollMs,
    ...(options.background ? { background: options.background } : {}),
    fetchInput: (url) => fetchUrl(url, { allowPrivate, allowHosts, timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024 }),
    runner,
    work,
    metrics,
    briefings: new BriefingService({ store: options.store, runner, work, budget: options.budget, timeBudgetMs: options.briefTimeBudgetMs, metrics }),
  };
  const maxSize = options.maxBodyBytes ?? DEFAULT_APP_OPTIONS.maxBodyBytes;
  const perMinute = options.rateLimit ?? DEFAULT_APP_OPTIONS.rateLimit;
  const app = new Hono();

  app.onError((error, c) => {
    // The client has gone (and its work was dropped): nobody reads an answer.
    if (c.req.raw.signal.aborted) return c.body(null, 499 as 200);
    const problem = toHttpError(error);
    if (problem.code === 'internal') {
      const detail = (error as Error)?.stack ?? String(error);
      if (options.logger) options.logger.error({ id: c.get('requestId' as never), method: c.req.method, path: c.req.path, error: detail }, 'internal error');
      else process.stderr.write(`corroborate serve: ${c.req.method} ${c.req.path}: ${detail}\n`);
    }
    if (error instanceof RetryLaterError) {
      c.header('Retry-After', String(error.retryAfterSeconds));
      metrics.rejected(error.status === 429 ? 'rate-limit' : 'busy');
    }
    if (problem.status === 413) metrics.rejected('body-size');
    return isApi(c) ? sendError(c, problem) : errorPage(c, problem);
  });
  app.notFound((c) => {
    const problem = new HttpError(404, 'not-found', `nothing at ${c.req.method} ${c.req.path.slice(0, 200)}`);
    return isApi(c) ? sendError(c, problem) : errorPage(c, problem);
  });

  for (const middleware of logRequests(options.logger ?? null, metrics)) app.use('*', middleware);
  app.use('*', securityHeaders);
  if (options.loopbackOnly) app.use('*', loopbackHostGuard());
  if (perMinute > 0) app.use('*', limitRequestRate(perMinute));
  app.use('*', sameOriginWrites);
  app.use(
    '*',
    bodyLimit({
      maxSize,
      onError: () => {
        throw new HttpError(413, 'payload-too-large', `the request body is larger than ${maxSize} bytes`);
      },
    }),
  );
  app.use('*', requireAccess({ token: ctx.token, readToken: ctx.readToken }));
  app.get('/metrics', async (c) => c.body(await metrics.render(), 200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' }));
  app.route('/', createLogin(ctx));
  app.route('/api', createApi(ctx));
  app.route('/', createWeb(ctx));
  return {
    app,
    events,
    metrics,
    shutdown: async () => {
      closing.abort();
      if (!options.runner) await runner.close();
    },
  };
}
