import type { AnalyzedDocument } from './analysis.js';
import type { Briefing } from './briefing.js';
import type { Diagnostic } from './diagnostic.js';
import type { CleanArticle } from './source.js';

/**
 * What clean and analyze made of one article: enough to brief it again without cleaning or analyzing it. Its source
 * ids are those of the briefing it was made for; `relabelAnalysis` moves it to another position.
 */
export interface ArticleAnalysis {
  /** The article after cleaning (`clean.article` is the ingested article it was made from). */
  readonly clean: CleanArticle;
  /** The analysis of `clean.text`; null when the article was left out (no text after cleaning, no sentence). */
  readonly doc: AnalyzedDocument | null;
  /** What clean and analyze reported about the article, in the order met. */
  readonly diagnostics: readonly Diagnostic[];
}

/** One article of a story as the stages left it: kept so the briefing can be re-made without re-analysis. */
export interface StoryAnalysis {
  /** The story's id of the article (one of `Story.articles`). */
  readonly article: number;
  /** The article after cleaning: the text the analysis offsets point into. */
  readonly clean: CleanArticle;
  /** Sentences, entities, quotes, dates and numbers found in `clean.text`. */
  readonly document: AnalyzedDocument;
}

/** A story: the articles about one event and their briefing, as plain data for the stories stage and the store. */
export interface Story {
  /** Stable id of the story (the store's id). */
  readonly id: number;
  /** The headline shown for the story: the title a user gave, else the last briefing's, else null. */
  readonly title: string | null;
  /** Stable ids of the story's articles, in the order they joined it. */
  readonly articles: readonly number[];
  /** Per-article analysis, in the order of `articles`; absent when not computed or not kept. */
  readonly analyses?: readonly StoryAnalysis[];
  /** The briefing of the current articles; null when none is usable yet; absent when not computed. */
  readonly briefing?: Briefing | null;
  /** Starts at 0; +1 whenever the story's articles change. */
  readonly version: number;
  /** When the articles last changed, ISO 8601 date-time. */
  readonly updated?: string;
}
