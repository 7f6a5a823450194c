import type { Diagnostic, RawInput, ArticleRecord } from '../model/index.js';
import type { BriefingBudget, OutputLimits } from '../pipeline/index.js';
import type { OutputFormatName } from '../render/index.js';
import type { AddArticleResult, NewArticle, StoryRecord } from '../store/index.js';

/** A story's briefing as stored: the JSON text served as is, and the cleaned source texts for the HTML report. */
export interface StoryBriefing {
  readonly story: StoryRecord;
  /** The story version the briefing was computed from. */
  readonly version: number;
  /** The briefing JSON, UTF-8. */
  readonly json: Uint8Array;
  readonly texts: string;
  /** True when it came from the cache. */
  readonly cached: boolean;
  /** False when the story changed while it was computed, so it was not cached (a later briefing will be). */
  readonly stored?: boolean;
}

/** What one briefing may read and write (see runPipeline). */
export interface BriefLimits {
  readonly budget?: Partial<BriefingBudget>;
  readonly limits?: Partial<OutputLimits>;
}

/** Brief a stored story at its current version, cache the result, keep the analyses made on the way. */
export interface BriefTask extends BriefLimits {
  readonly story: number;
  /** Said first in the briefing's diagnostics (why a smaller budget than usual was used). */
  readonly note?: Diagnostic | null;
}

/** One thing a request sent, to be read into articles (HTML pages are extracted here). */
export type IngestItem =
  | { readonly kind: 'record'; readonly record: ArticleRecord }
  | { readonly kind: 'file'; readonly input: RawInput }
  /** A fetched page with the fields the request gave next to its URL (they win over the page's own). */
  | { readonly kind: 'fetched'; readonly input: RawInput; readonly given: ArticleRecord };

/** What ingest made of one IngestItem. */
export interface IngestedItem {
  readonly articles: NewArticle[];
  readonly diagnostics: Diagnostic[];
}

/** Formats a runner renders from a stored briefing: the standalone ones and the app's report fragment. */
export type RenderFormat = Extract<OutputFormatName, 'md' | 'html' | 'fragment'>;

/** Work waiting and running in a runner (for metrics and the 503 gate). */
export interface RunnerStats {
  readonly queued: number;
  readonly running: number;
  readonly threads: number;
}

/**
 * How the server gets its heavy work done, off the request's event loop where it can be: the embedded mode runs it
 * in a worker-thread pool (PoolRunner) or in-process (InlineRunner); a queued-job runner can take its place. Every
 * method honours `signal`: aborted work is dropped (a pool worker is stopped) and the promise rejects with an
 * AbortError. Failures are CorroborateErrors, as the inline code would throw them.
 */
export interface BriefingRunner {
  /** Briefs a story (the caller found no fresh cached briefing) and caches the result. */
  brief(task: BriefTask, signal?: AbortSignal): Promise<StoryBriefing>;
  /** Renders a stored briefing in a format. */
  render(briefing: Pick<StoryBriefing, 'json' | 'texts'>, format: RenderFormat, signal?: AbortSignal): Promise<string>;
  /** Reads what a request sent into articles, item by item. */
  ingest(items: readonly IngestItem[], signal?: AbortSignal): Promise<IngestedItem[]>;
  /**
   * Adds articles to a story (Store.addArticles: one transaction, duplicates skipped), then cleans and analyzes those
   * added and keeps the analyses. A huge article is indexed for search here too, off the event loop.
   */
  add(story: number, articles: readonly NewArticle[], signal?: AbortSignal): Promise<AddArticleResult[]>;
  stats(): RunnerStats;
  close(): Promise<void>;
}
