import type { AddArticleResult, NewArticle, Store } from '../store/index.js';
import type { BriefingRunner, BriefLimits, BriefTask, IngestedItem, IngestItem, RenderFormat, RunnerStats, StoryBriefing } from './briefing-runner.js';
import { addArticlesAndAnalyses, computeBriefing, ingestItems, renderStoredBriefing } from './heavy-tasks.js';

/**
 * Runs the heavy work in this thread, one piece at a time as it is asked for (the library's and the tests' mode,
 * and the server's over a store a worker cannot open). A signal is checked before the work starts, and between
 * articles by the pipeline; the work itself blocks the event loop while it runs.
 */
export class InlineRunner implements BriefingRunner {
  readonly #store: Store;
  readonly #limits: BriefLimits;
  #running = 0;

  constructor(store: Store, limits: BriefLimits = {}) {
    this.#store = store;
    this.#limits = limits;
  }

  async brief(task: BriefTask, signal?: AbortSignal): Promise<StoryBriefing> {
    return this.#run(signal, () => computeBriefing(this.#store, task, this.#limits, { signal }));
  }

  async render(briefing: Pick<StoryBriefing, 'json' | 'texts'>, format: RenderFormat, signal?: AbortSignal): Promise<string> {
    return this.#run(signal, async () => renderStoredBriefing(briefing, format));
  }

  async ingest(items: readonly IngestItem[], signal?: AbortSignal): Promise<IngestedItem[]> {
    return this.#run(signal, async () => ingestItems(items));
  }

  async add(story: number, articles: readonly NewArticle[], signal?: AbortSignal): Promise<AddArticleResult[]> {
    return this.#run(signal, () => addArticlesAndAnalyses(this.#store, story, articles, this.#limits));
  }

  stats(): RunnerStats {
    return { queued: 0, running: this.#running, threads: 0 };
  }

  async close(): Promise<void> {}

  async #run<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    this.#running += 1;
    try {
      return await work();
    } finally {
      this.#running -= 1;
    }
  }
}
