// The worker-thread pool of the embedded mode, through piscina (the one file that imports it).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { CorroborateError, type Diagnostic, type FatalCode } from '../model/index.js';
import type { AddArticleResult, NewArticle } from '../store/index.js';
import type { BriefingRunner, BriefLimits, BriefTask, IngestedItem, IngestItem, RenderFormat, RunnerStats, StoryBriefing } from './briefing-runner.js';
import type { PoolAnswer, PoolTask, PoolWorkerData } from './pool-worker.js';
import { abortReason } from './shared-work.js';

/** Options of PoolRunner. */
export interface PoolRunnerOptions {
  /** The store's folder; each worker opens its own connection to it. */
  readonly dataDir: string;
  readonly limits?: BriefLimits;
  /** Worker threads (default: the CPUs less one, at least 1). */
  readonly threads?: number;
  /** Heap limit of each worker, in MB: a briefing past it fails alone, the server lives on (default 768). */
  readonly workerMemoryMb?: number;
}

/** Default worker count: one thread per CPU but one, which the event loop keeps. */
export const defaultThreads = (): number => Math.max(1, availableParallelism() - 1);

// The compiled worker sits next to this file; under tsx (src/*.ts) the TypeScript one does.
function workerFile(): string {
  const compiled = fileURLToPath(new URL('./pool-worker.js', import.meta.url));
  return existsSync(compiled) ? compiled : fileURLToPath(new URL('./pool-worker.ts', import.meta.url));
}

/**
 * Runs the heavy work in a pool of worker threads, so the event loop keeps answering: tasks queue for a free worker,
 * and an aborted task is dropped from the queue or its worker is stopped (and replaced). One worker is started at once
 * so that the first briefing does not wait for the NLP models to load.
 */
export class PoolRunner implements BriefingRunner {
  readonly #pool: Piscina<PoolTask, PoolAnswer>;
  #inFlight = 0;

  constructor(options: PoolRunnerOptions) {
    const threads = Math.max(1, options.threads ?? defaultThreads());
    const workerData: PoolWorkerData = { dataDir: options.dataDir, limits: options.limits ?? {} };
    this.#pool = new Piscina<PoolTask, PoolAnswer>({
      filename: workerFile(),
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 60_000,
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb ?? 768 },
    });
  }

  brief(task: BriefTask, signal?: AbortSignal): Promise<StoryBriefing> {
    return this.#run({ kind: 'brief', task }, signal) as Promise<StoryBriefing>;
  }

  render(briefing: Pick<StoryBriefing, 'json' | 'texts'>, format: RenderFormat, signal?: AbortSignal): Promise<string> {
    return this.#run({ kind: 'render', briefing: { json: briefing.json, texts: briefing.texts }, format }, signal) as Promise<string>;
  }

  ingest(items: readonly IngestItem[], signal?: AbortSignal): Promise<IngestedItem[]> {
    return this.#run({ kind: 'ingest', items }, signal) as Promise<IngestedItem[]>;
  }

  add(story: number, articles: readonly NewArticle[], signal?: AbortSignal): Promise<AddArticleResult[]> {
    return this.#run({ kind: 'add', story, articles }, signal) as Promise<AddArticleResult[]>;
  }

  stats(): RunnerStats {
    const queued = this.#pool.queueSize;
    return { queued, running: Math.max(0, this.#inFlight - queued), threads: this.#pool.threads.length };
  }

  async close(): Promise<void> {
    await this.#pool.destroy();
  }

  async #run(task: PoolTask, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) throw abortReason(signal);
    this.#inFlight += 1;
    let answer: PoolAnswer;
    try {
      answer = await this.#pool.run(task, { signal: signal ?? null });
    } catch (error) {
      // piscina's own AbortError; the caller's reason says why (a client gone, a time budget spent).
      if (signal?.aborted) throw abortReason(signal);
      throw error;
    } finally {
      this.#inFlight -= 1;
    }
    if ('value' in answer) return answer.value;
    const { failure } = answer;
    if (failure.name === 'CorroborateError') {
      throw new CorroborateError(failure.code as FatalCode, failure.message, (failure.diagnostics ?? []) as Diagnostic[]);
    }
    throw Object.assign(new Error(failure.message), { name: failure.name, code: failure.code });
  }
}
