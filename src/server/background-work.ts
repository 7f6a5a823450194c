// Database mode (`serve --database postgres://…`): requests read from the database and queue the heavy work (briefing,
// fetching, analysis) for `corroborate worker` processes instead of doing it themselves.
import { CorroborateError, type Diagnostic } from '../model/index.js';
import { openPostgresStore, type AddArticleResult, type PostgresStore, type Store, type StoryRecord } from '../store/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { openJobQueue, rebriefKey, scheduleRebrief, type JobQueue, type JobState, type JobView, type PgBossQueueOptions } from '../jobs/index.js';
import type { ArticleInput } from './article-input.js';
import type { StoryBriefing } from './briefing-service.js';
import { ingestArticleRecords, ingestRawInputs } from './pipeline.js';

/** A briefing being made by a worker: where to look again, and the last failure of this story's briefing, if any. */
export interface PendingBriefing {
  readonly story: StoryRecord;
  /** The queued re-brief, or null when one was already waiting (coalesced). */
  readonly job: string | null;
  readonly lastFailure: JobView | null;
}

/** What adding inputs did: articles stored now, URLs queued for a worker to fetch. */
export interface QueuedAdd {
  readonly story: StoryRecord;
  readonly results: AddArticleResult[];
  readonly diagnostics: Diagnostic[];
  readonly queued: { readonly url: string; readonly job: string | null }[];
}

/** How a server in database mode hands heavy work to workers. Absent in the embedded mode, where requests do it. */
export interface BackgroundWork {
  /** The briefing when one is cached for the current version; else a re-brief is queued and it is pending. */
  briefing(id: number): Promise<{ ready: StoryBriefing } | { pending: PendingBriefing }>;
  /** Stores records and files now (their analysis is left to the re-brief), queues URLs to fetch, queues the re-brief. */
  addInputs(id: number, inputs: readonly ArticleInput[]): Promise<QueuedAdd>;
  getJob(id: string): Promise<JobView | null>;
  listJobs(options: { state?: JobState; limit?: number }): Promise<JobView[]>;
}

/** Background work on a job queue in the store's database. */
export function createQueuedWork(store: Store, queue: JobQueue): BackgroundWork {
  const requireStory = async (id: number): Promise<StoryRecord> => {
    const story = await store.getStory(id);
    if (!story) throw new CorroborateError('not-found', `no story with id ${id}`);
    return story;
  };
  return {
    async briefing(id) {
      const story = await requireStory(id);
      const cached = await store.getBriefing(id);
      if (cached && cached.generator === GENERATOR_VERSION) {
        return { ready: { story, version: cached.version, json: cached.json, texts: cached.texts, cached: true } };
      }
      if (story.articles === 0) throw new CorroborateError('no-usable-input', 'the story has no articles yet; add some first');
      const job = await scheduleRebrief(queue, id);
      return { pending: { story, job, lastFailure: await queue.lastFailure('rebrief-story', rebriefKey(id)) } };
    },

    async addInputs(id, inputs) {
      await requireStory(id);
      const records = inputs.flatMap((input) => (input.kind === 'record' ? [input.record] : []));
      const files = inputs.flatMap((input) => (input.kind === 'file' ? [input.input] : []));
      const urls = inputs.flatMap((input) => (input.kind === 'url' ? [input] : []));
      const fromRecords = ingestArticleRecords(records);
      const fromFiles = ingestRawInputs(files);
      const articles = [...fromRecords.articles, ...fromFiles.articles];
      const diagnostics = [...fromRecords.diagnostics, ...fromFiles.diagnostics];
      if (articles.length === 0 && urls.length === 0) throw new CorroborateError('no-usable-input', 'no article could be read from what was sent', diagnostics);
      const results = articles.length > 0 ? await store.addArticles(id, articles) : [];
      if (results.some((result) => result.status === 'added')) await scheduleRebrief(queue, id);
      const queued = [];
      for (const { url, record } of urls) {
        const given = Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
        queued.push({ url, job: await queue.enqueue('fetch-url', { url, target: { story: id }, given }) });
      }
      return { story: await requireStory(id), results, diagnostics, queued };
    },

    getJob: (id) => queue.getJob(id),
    listJobs: (options) => queue.listJobs(options),
  };
}

/** A store and job queue in one PostgreSQL database, for `serve --database` and `worker --database`. */
export interface DatabaseMode {
  readonly store: PostgresStore;
  readonly queue: JobQueue;
  close(): Promise<void>;
}

/** Opens the PostgreSQL store at `url` (migrating it) and the job queue in the same database, on one connection pool. */
export async function openDatabaseMode(url: string, options: { onError?: (error: Error) => void; queue?: PgBossQueueOptions } = {}): Promise<DatabaseMode> {
  const store = await openPostgresStore(url, { ...(options.onError ? { onIdleError: options.onError } : {}) });
  try {
    const queue = await openJobQueue(store.connection, { ...options.queue, ...(options.onError ? { onError: options.onError } : {}) });
    return {
      store,
      queue,
      close: async () => {
        await queue.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
