import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RawInput } from '../model/index.js';
import { fetchUrl as guardedFetchUrl, type FetchOptions } from '../ingest/fetch-url.js';
import type { Store } from '../store/index.js';
import { createApi } from './api.js';
import type { BackgroundWork } from './background-work.js';
import { loopbackHostGuard, requireTokenForWrites, sameOriginWrites, securityHeaders } from './guards.js';
import { HttpError, sendError, toHttpError } from './http-error.js';
import { escapeHtml } from './pages/escape.js';
import { PAGE_CSP, renderPage } from './pages/layout.js';
import type { ServerContext } from './server-context.js';
import { StoryEvents } from './story-events.js';
import { createWeb } from './web.js';

/** Options of the HTTP app. */
export interface AppOptions {
  readonly store: Store;
  /** When set, writes need this token (API: Authorization: Bearer; forms: a token field). */
  readonly token?: string | null;
  /** Let URL ingestion reach loopback, private and link-local addresses (default false). */
  readonly allowPrivateUrls?: boolean;
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
export const DEFAULT_APP_OPTIONS = { maxBodyBytes: 32 * 1024 * 1024, pollMs: 2000 } as const;

/** The app and its shutdown switch (ends live streams). */
export interface CorroborateApp {
  readonly app: Hono;
  readonly events: StoryEvents;
  shutdown(): void;
}

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/');

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
  const ctx: ServerContext = {
    store: options.store,
    events,
    token: options.token || null,
    closing: closing.signal,
    pollMs: options.pollMs ?? DEFAULT_APP_OPTIONS.pollMs,
    ...(options.background ? { background: options.background } : {}),
    fetchInput: (url) => fetchUrl(url, { allowPrivate, timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024 }),
  };
  const maxSize = options.maxBodyBytes ?? DEFAULT_APP_OPTIONS.maxBodyBytes;
  const app = new Hono();

  app.onError((error, c) => {
    const problem = toHttpError(error);
    if (problem.code === 'internal') process.stderr.write(`corroborate serve: ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}\n`);
    return isApi(c) ? sendError(c, problem) : errorPage(c, problem);
  });
  app.notFound((c) => {
    const problem = new HttpError(404, 'not-found', `nothing at ${c.req.method} ${c.req.path.slice(0, 200)}`);
    return isApi(c) ? sendError(c, problem) : errorPage(c, problem);
  });

  app.use('*', securityHeaders);
  if (options.loopbackOnly) app.use('*', loopbackHostGuard());
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
  app.use('/api/*', requireTokenForWrites(ctx.token));
  app.route('/api', createApi(ctx));
  app.route('/', createWeb(ctx));
  return { app, events, shutdown: () => closing.abort() };
}
