// What each kind of job does. Every handler is idempotent: run twice (a worker killed after its work but before the
// job was marked done, or a job that outlived its expiry), it leaves the store as one run does.
import { CorroborateError, type RawInput } from '../model/index.js';
import { addAndAnalyzeArticles } from '../server/add-articles.js';
import { loadBriefing } from '../server/briefing-service.js';
import { ingestRawInputs } from '../server/pipeline.js';
import type { NewArticle, Store } from '../store/index.js';
import { resolveStoryTarget } from './assign-story.js';
import { rebriefKey, type JobKind, type QueuedArticle, type StoryTarget } from './job-kinds.js';
import type { JobQueue, TakenJob } from './job-queue.js';

/** What a handler works with. */
export interface JobContext {
  readonly store: Store;
  readonly queue: JobQueue;
  /** Fetches a URL under the deployment's policy (fetchUrl with its address guard). */
  readonly fetchInput: (url: string) => Promise<RawInput>;
}

/** A handler: does the job and returns what is kept as the job's output; throws to fail it. */
export type JobHandler<K extends JobKind> = (job: TakenJob<K>, ctx: JobContext) => Promise<object>;

/** Codes of errors another attempt cannot cure: the job fails at once instead of retrying. */
const PERMANENT = new Set(['fetch-refused', 'no-usable-input', 'bad-request']);

/** True when retrying cannot help (a refused URL, nothing readable, a malformed payload). */
export function isPermanentFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof CorroborateError && PERMANENT.has(error.code));
}

/** Queues the story's re-brief; coalesced with one already waiting, so a burst of articles makes one briefing. */
export async function scheduleRebrief(queue: JobQueue, story: number): Promise<string | null> {
  return queue.enqueue('rebrief-story', { story }, { key: rebriefKey(story) });
}

// Stores articles in the target story (duplicates by URL or text are skipped, which makes a retry harmless), keeps
// their analyses, and schedules the story's briefing.
async function storeInStory(ctx: JobContext, target: StoryTarget, articles: readonly NewArticle[]): Promise<object> {
  const story = await resolveStoryTarget(ctx.store, target);
  if (story === null) return { skipped: 'the story was deleted' };
  const results = await addAndAnalyzeArticles(ctx.store, story, articles);
  await scheduleRebrief(ctx.queue, story);
  return {
    story,
    added: results.filter((r) => r.status === 'added').map((r) => r.article.id),
    duplicates: results.filter((r) => r.status === 'duplicate').map((r) => r.article.id),
  };
}

function toNewArticle(article: QueuedArticle): NewArticle {
  if (!article || typeof article.text !== 'string') throw new TypeError('ingest-article: the job carries no article text');
  return { ...article, html: article.html ?? null };
}

const ingestArticle: JobHandler<'ingest-article'> = async (job, ctx) => storeInStory(ctx, job.data.target, [toNewArticle(job.data.article)]);

const fetchArticle: JobHandler<'fetch-url'> = async (job, ctx) => {
  const { url, target, given = {} } = job.data;
  const raw = await ctx.fetchInput(url);
  const { articles, diagnostics } = ingestRawInputs([raw]);
  if (articles.length === 0) {
    const reasons = diagnostics.map((d) => d.message).join('; ');
    throw new CorroborateError('no-usable-input', `${url}: no article could be read${reasons ? ` (${reasons})` : ''}`, diagnostics);
  }
  const kept = Object.fromEntries(Object.entries(given).filter(([key, value]) => key !== 'url' && typeof value === 'string' && value.trim()));
  return storeInStory(
    ctx,
    target,
    articles.map((article) => ({ ...article, url: article.url ?? raw.name, origin: raw.name, ...kept })),
  );
};

const rebriefStory: JobHandler<'rebrief-story'> = async (job, ctx) => {
  try {
    const loaded = await loadBriefing(ctx.store, job.data.story);
    return { story: loaded.story.id, version: loaded.version, articles: loaded.story.articles, cached: loaded.cached, stored: loaded.stored ?? true };
  } catch (error) {
    if (error instanceof CorroborateError && error.code === 'not-found') return { skipped: 'the story was deleted' };
    throw error;
  }
};

/** The handler of each job kind. */
export const JOB_HANDLERS: { readonly [K in JobKind]: JobHandler<K> } = {
  'fetch-url': fetchArticle,
  'ingest-article': ingestArticle,
  'rebrief-story': rebriefStory,
};

/** The stored article as a job payload (no original bytes). */
export function toQueuedArticle(article: NewArticle): QueuedArticle {
  const { raw: _bytes, ...rest } = article;
  return rest;
}
