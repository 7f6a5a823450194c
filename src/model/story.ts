import type { AnalyzedDocument } from './analysis.js';
import type { Briefing } from './briefing.js';
import type { CleanArticle } from './source.js';

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
