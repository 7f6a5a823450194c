import type { Context } from 'hono';
import type { Store } from '../store/index.js';
import type { FetchInput } from './add-articles.js';
import type { BackgroundWork } from './background-work.js';
import { readFormArticles, readJsonArticles, type ArticleInput, type FormFields } from './article-input.js';
import type { BriefingRunner } from './briefing-runner.js';
import type { BriefingService } from './briefing-service.js';
import { HttpError } from './http-error.js';
import type { ServerMetrics } from './metrics.js';
import type { SharedWork } from './shared-work.js';
import type { StoryEvents } from './story-events.js';

/**
 * What every route needs: the store, the live-update board, the URL fetcher with the server's policy, the tokens,
 * the runner of heavy work and the briefings made with it.
 */
export interface ServerContext {
  readonly store: Store;
  readonly events: StoryEvents;
  readonly fetchInput: FetchInput;
  readonly token: string | null;
  readonly readToken: string | null;
  readonly runner: BriefingRunner;
  readonly briefings: BriefingService;
  /** Heavy work in flight, shared by identical requests and capped (503 past the cap). */
  readonly work: SharedWork;
  readonly metrics: ServerMetrics;
  /** Aborted when the server shuts down: live streams end. */
  readonly closing: AbortSignal;
  /** How often a live stream re-reads the story version (writes from other processes), in ms. */
  readonly pollMs: number;
  /** Database mode: heavy work goes to workers through the job queue. Absent: requests do it themselves. */
  readonly background?: BackgroundWork;
}

/** The numeric id of a route's `:id`, written in plain decimal (`^[1-9][0-9]*$`, "0x5a" and "1e1" are not ids); 404 otherwise. */
export function storyIdOf(c: Context): number {
  const raw = c.req.param('id') ?? '';
  const id = /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id)) throw new HttpError(404, 'not-found', `no story with id ${JSON.stringify(raw.slice(0, 30))}`);
  return id;
}

/** The media type of the request body, lower case. */
export function bodyType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Parses a JSON body; an empty body is `undefined`. 415 for another media type, 400 for broken JSON. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  const type = bodyType(c);
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new HttpError(415, 'unsupported-media-type', `expected Content-Type: application/json, got ${JSON.stringify(type || 'none')}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, 'bad-request', `the body is not valid JSON (${(error as Error).message})`);
  }
}

/** Parses a multipart or urlencoded form; 400 when it is malformed. */
export async function readForm(c: Context): Promise<FormFields> {
  try {
    return (await c.req.parseBody({ all: true })) as FormFields;
  } catch (error) {
    throw new HttpError(400, 'bad-request', `the form data could not be read (${(error as Error).message})`);
  }
}

/** The articles a request asks to add: JSON, or a form with text, urls and files. */
export async function readArticleInputs(c: Context): Promise<ArticleInput[]> {
  const type = bodyType(c);
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') return readFormArticles(await readForm(c));
  return readJsonArticles(await readJsonBody(c));
}
