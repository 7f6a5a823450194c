import { CorroborateError, type Diagnostic } from '../model/index.js';
import { DEFAULT_BRIEFING_BUDGET, type BriefingBudget } from '../pipeline/index.js';
import { OUTPUT_FORMATS, STANDALONE_FORMATS, type OutputFormat } from '../render/index.js';
import type { Store, StoryRecord } from '../store/index.js';
import { GENERATOR_VERSION } from '../version.js';
import type { BriefingRunner, BriefTask, RenderFormat, StoryBriefing } from './briefing-runner.js';
import { HttpError } from './http-error.js';
import { NO_METRICS, type ServerMetrics } from './metrics.js';
import { RenderCache } from './render-cache.js';
import type { SharedWork } from './shared-work.js';

export type { StoryBriefing } from './briefing-runner.js';
export { loadBriefing, parseBriefing } from './heavy-tasks.js';

/** The formats `GET /api/stories/{id}/briefing?format=` serves, and the one it serves when none is asked for. */
export const BRIEFING_FORMATS: readonly OutputFormat[] = STANDALONE_FORMATS;
export const DEFAULT_BRIEFING_FORMAT: OutputFormat = OUTPUT_FORMATS.json;

/** Options of BriefingService. */
export interface BriefingServiceOptions {
  readonly store: Store;
  readonly runner: BriefingRunner;
  readonly work: SharedWork;
  /** The budget the runner briefs with (to size a smaller one when a briefing takes too long). */
  readonly budget?: Partial<BriefingBudget>;
  /** How long one briefing may take before it is made again from fewer articles (default 60,000 ms; pool runners only). */
  readonly timeBudgetMs?: number;
  readonly metrics?: ServerMetrics;
  readonly cache?: RenderCache;
}

/** Default time budget of one briefing. */
export const DEFAULT_BRIEF_TIME_BUDGET_MS = 60_000;

class TimeBudgetSpent extends Error {
  constructor(readonly ms: number) {
    super(`the briefing took longer than ${ms / 1000} s`);
    this.name = 'TimeBudgetSpent';
  }
}

const isTooBig = (error: unknown): boolean => error instanceof TimeBudgetSpent || (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Briefings and their renderings for the routes: from the store's cache when fresh, else computed by the runner,
 * one computation per story version however many requests wait for it (SharedWork), each request's signal ending
 * its wait. A briefing that takes longer than the time budget (or runs out of memory) is made again from an eighth
 * of the articles, and says so. Renderings are cached by story version.
 */
export class BriefingService {
  readonly #options: BriefingServiceOptions;
  readonly #timeBudgetMs: number;
  readonly #metrics: ServerMetrics;
  /** Rendered reports and pages by story version (see pageKey). */
  readonly cache: RenderCache;

  constructor(options: BriefingServiceOptions) {
    this.#options = options;
    this.#timeBudgetMs = options.timeBudgetMs ?? DEFAULT_BRIEF_TIME_BUDGET_MS;
    this.#metrics = options.metrics ?? NO_METRICS;
    this.cache = options.cache ?? new RenderCache();
  }

  /** The story, or 'not-found'. */
  async story(id: number): Promise<StoryRecord> {
    const story = await this.#options.store.getStory(id);
    if (!story) throw new CorroborateError('not-found', `no story with id ${id}`);
    return story;
  }

  /** The story's briefing for its current version (see the class). */
  async get(id: number, signal?: AbortSignal, known?: StoryRecord): Promise<StoryBriefing> {
    const story = known ?? (await this.story(id));
    const cached = await this.#options.store.getBriefing(id);
    const fresh = cached !== null && cached.generator === GENERATOR_VERSION;
    this.#metrics.cache('briefing', fresh);
    if (fresh) return { story, version: cached.version, json: cached.json, texts: cached.texts, cached: true };
    return this.#options.work.run(`brief:${id}:${story.version}`, (shared) => this.#compute(story, shared), signal);
  }

  /** A briefing rendered in a format, cached by story version. */
  async render(loaded: StoryBriefing, format: RenderFormat, signal?: AbortSignal): Promise<string> {
    const key = `${loaded.story.id}:${loaded.version}:${GENERATOR_VERSION}:${format}`;
    const hit = this.cache.get(key);
    this.#metrics.cache('render', hit !== undefined);
    if (typeof hit === 'string') return hit;
    const text = await this.#options.work.run(`render:${key}`, (shared) => this.#options.runner.render(loaded, format, shared), signal);
    this.cache.set(key, text);
    return text;
  }

  /** The cache key of a page of a story version (`what`: "page", "live"). */
  pageKey(what: string, story: StoryRecord): string {
    return `${story.id}:${story.version}:${GENERATOR_VERSION}:${what}`;
  }

  async #compute(story: StoryRecord, signal: AbortSignal): Promise<StoryBriefing> {
    const started = performance.now();
    const done = (outcome: string) => this.#metrics.brief(outcome, (performance.now() - started) / 1000);
    try {
      const briefing = await this.#attempt({ story: story.id }, signal);
      done('ok');
      return briefing;
    } catch (error) {
      if (signal.aborted || !isTooBig(error)) {
        done(signal.aborted ? 'aborted' : 'failed');
        throw error;
      }
      const retried = await this.#retrySmaller(story, error, signal).catch((again: unknown) => {
        done(signal.aborted ? 'aborted' : 'failed');
        throw again;
      });
      done('smaller');
      return retried;
    }
  }

  // The budget an eighth as large (at least 10 articles), with a note that says why.
  async #retrySmaller(story: StoryRecord, error: unknown, signal: AbortSignal): Promise<StoryBriefing> {
    const budget = { ...DEFAULT_BRIEFING_BUDGET, ...this.#options.budget };
    const maxArticles = Math.max(10, Math.floor(Math.min(story.articles, budget.maxArticles) / 8));
    const maxChars = Math.max(100_000, Math.floor(budget.maxChars / 8));
    const why = error instanceof TimeBudgetSpent ? `did not finish within ${this.#timeBudgetMs / 1000} s` : 'ran out of memory';
    const note: Diagnostic = {
      severity: 'warning',
      code: 'briefing-time-budget',
      message: `briefing the story's ${story.articles} articles ${why}; this briefing reads at most ${maxArticles} of them (the most independent and recent)`,
      source: null,
    };
    try {
      return await this.#attempt({ story: story.id, budget: { maxArticles, maxChars }, note }, signal);
    } catch (again) {
      if (signal.aborted || !isTooBig(again)) throw again;
      throw new HttpError(
        503,
        'briefing-too-big',
        `this story's briefing ${why} even from ${maxArticles} articles; the server may be overloaded, try again later`,
      );
    }
  }

  async #attempt(task: BriefTask, signal: AbortSignal): Promise<StoryBriefing> {
    const timeout = AbortSignal.timeout(this.#timeBudgetMs);
    try {
      return await this.#options.runner.brief(task, AbortSignal.any([signal, timeout]));
    } catch (error) {
      if (timeout.aborted && !signal.aborted) throw new TimeBudgetSpent(this.#timeBudgetMs);
      throw error;
    }
  }
}
