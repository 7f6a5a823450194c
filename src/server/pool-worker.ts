// The worker thread of PoolRunner: runs one heavy task at a time over its own connection to the store.
import { workerData } from 'piscina';
import { CorroborateError } from '../model/index.js';
import { openSqliteStore, type NewArticle, type Store } from '../store/index.js';
import type { BriefLimits, BriefTask, IngestItem, RenderFormat, StoryBriefing } from './briefing-runner.js';
import { addArticlesAndAnalyses, computeBriefing, ingestItems, renderStoredBriefing } from './heavy-tasks.js';

/** What PoolRunner sends a worker. */
export type PoolTask =
  | { readonly kind: 'brief'; readonly task: BriefTask }
  | { readonly kind: 'render'; readonly briefing: Pick<StoryBriefing, 'json' | 'texts'>; readonly format: RenderFormat }
  | { readonly kind: 'ingest'; readonly items: readonly IngestItem[] }
  | { readonly kind: 'add'; readonly story: number; readonly articles: readonly NewArticle[] };

/** What a worker answers: the value, or the failure as plain data (a thrown error would lose its class and code). */
export type PoolAnswer = { readonly value: unknown } | { readonly failure: { name: string; code?: string; message: string; diagnostics?: unknown[] } };

/** What every worker of a pool is started with. */
export interface PoolWorkerData {
  readonly dataDir: string;
  readonly limits: BriefLimits;
}

const { dataDir, limits } = workerData as PoolWorkerData;
let store: Store | null = null;
const openedStore = (): Store => (store ??= openSqliteStore(dataDir));

async function run(task: PoolTask): Promise<unknown> {
  switch (task.kind) {
    case 'brief':
      // Copied to the main thread (piscina moves only a top-level value): a few milliseconds for megabytes.
      return computeBriefing(openedStore(), task.task, limits);
    case 'render':
      return renderStoredBriefing(task.briefing, task.format);
    case 'ingest':
      return ingestItems(task.items);
    case 'add':
      return addArticlesAndAnalyses(openedStore(), task.story, task.articles, limits);
  }
}

/** Runs one task; failures come back as data. */
export default async function runPoolTask(task: PoolTask): Promise<PoolAnswer> {
  try {
    return { value: await run(task) };
  } catch (error) {
    const failed = error as Partial<CorroborateError> & Error;
    const code = error instanceof CorroborateError ? error.code : (failed as NodeJS.ErrnoException)?.code;
    return {
      failure: {
        name: failed?.name ?? 'Error',
        message: failed?.message ?? String(error),
        ...(code ? { code } : {}),
        ...(error instanceof CorroborateError ? { diagnostics: [...error.diagnostics] } : {}),
      },
    };
  }
}
