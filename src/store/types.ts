import type { ArticleAnalysis, InputFormat } from '../model/index.js';

/** A story: a named pile of articles about one event, with a version bumped on every article change. */
export interface StoryRecord {
  readonly id: number;
  /** The title the user gave, or null. */
  readonly title: string | null;
  /** The title of the last briefing computed for the story (shown when `title` is null). */
  readonly headline: string | null;
  /** ISO 8601 date-times. */
  readonly created: string;
  readonly updated: string;
  /** Starts at 0; +1 whenever articles are added or removed. */
  readonly version: number;
  readonly articles: number;
}

/** A story found by a search, with the best matching passage. */
export interface StoryHit extends StoryRecord {
  /** Matching passage; matched terms are wrapped in U+0002 … U+0003 (callers escape, then mark). */
  readonly snippet: string | null;
}

/** An article to add, after ingest: metadata plus the body text the briefing reads. */
export interface NewArticle {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly format: InputFormat;
  /** Where it came from: a file name, URL, "upload:…" or "api". */
  readonly origin: string;
  readonly text: string;
  /** The original HTML page, when the input was HTML. */
  readonly html?: string | null;
  /** The original bytes, kept so the article can be re-ingested later. */
  readonly raw?: Uint8Array | null;
}

/** A stored article without its body. */
export interface ArticleSummary {
  readonly id: number;
  readonly story: number;
  readonly url: string | null;
  /** sha256 (hex) of the normalized text. */
  readonly hash: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly format: InputFormat;
  readonly origin: string;
  readonly added: string;
  readonly chars: number;
}

/** A stored article with its body text. */
export interface StoredArticle extends ArticleSummary {
  readonly text: string;
}

/** What happened to one article handed to `addArticles`. */
export type AddArticleResult =
  | { readonly status: 'added'; readonly article: ArticleSummary }
  | { readonly status: 'duplicate'; readonly reason: 'url' | 'content'; readonly article: ArticleSummary };

/** A briefing cached for one version of a story. */
export interface CachedBriefing {
  readonly story: number;
  readonly version: number;
  /** Generator version that produced it; a new release recomputes. */
  readonly generator: string;
  /** The briefing JSON as UTF-8 bytes, served as is (no decoding on the hot path). */
  readonly json: Uint8Array;
  /** JSON object: cleaned text by source id (what evidence offsets point into), for the HTML report. */
  readonly texts: string;
  readonly created: string;
}

/** A briefing to cache: computed from the articles of `story` at `version`. */
export interface BriefingToCache {
  readonly story: number;
  readonly version: number;
  readonly generator: string;
  /** The briefing's title, remembered on the story for lists and search. */
  readonly headline: string;
  readonly json: string;
  readonly texts: string;
}

/** What clean and analyze made of a stored article, stamped with the analyzer version that made it. */
export interface AnalysisToKeep {
  /** The stored article's id. */
  readonly article: number;
  /** ANALYZER_VERSION of the code that made it; an analysis is only handed back to the same version. */
  readonly analyzer: string;
  readonly analysis: ArticleAnalysis;
}

export interface ListStoriesOptions {
  /** Full-text query over story titles and article titles and text. */
  readonly query?: string;
  /** Default 50, at most 500. */
  readonly limit?: number;
  readonly offset?: number;
  /** Searches: most matching articles (and, apart, story titles) ranked, the newest first (default 2,000, at most 10,000). */
  readonly maxCandidates?: number;
  /** Searches: stop gathering candidates once this many milliseconds have passed (default 100). */
  readonly timeBudgetMs?: number;
}

/** Search reads an article's title and the first this many characters of its text (see `Store.listStories`). */
export const SEARCHED_CHARS = 50_000;

/** Default search bounds of `Store.listStories`. */
export const DEFAULT_SEARCH_BOUNDS = { maxCandidates: 2000, timeBudgetMs: 100 } as const;

/** A page of stories: the list, how many there are, and whether a search stopped at its bounds. */
export interface StoryList {
  readonly stories: StoryHit[];
  /** All stories, or all stories matching the query among the candidates searched. */
  readonly total: number;
  /** True when a search stopped at `maxCandidates` or `timeBudgetMs`: more stories may match than `total` says. */
  readonly truncated: boolean;
}

/**
 * Where stories, articles and cached briefings live. Every method is one transaction; a resolved write is durable.
 * Failures of the database reject with CorroborateError('store-failed'); an unknown story id with 'not-found'.
 */
export interface Store {
  createStory(title: string | null): Promise<StoryRecord>;
  /** Returns the oldest story with exactly this title, creating it when none exists. */
  ensureStory(title: string): Promise<{ story: StoryRecord; created: boolean }>;
  getStory(id: number): Promise<StoryRecord | null>;
  /**
   * Without a query: stories, most recently changed first. With one, a search whose cost is bounded whatever the
   * query and the store's size: it reads story titles, article titles and the first SEARCHED_CHARS (50,000)
   * characters of article texts; each word is matched whole (stemmed) and the last one also as a prefix when it has
   * at least three characters; at most `maxCandidates` matching articles are read, newest first, and reading stops
   * when `timeBudgetMs` has passed (after at least one); stories are ranked by their best candidate (a story-title
   * match above any article match), and snippets are made for the page returned only (null past twice the time
   * budget). `truncated` says whether a bound was reached. FTS syntax in the query is never interpreted.
   */
  listStories(options?: ListStoriesOptions): Promise<StoryList>;
  /** Deletes a story with its articles and briefing; false when it did not exist. */
  deleteStory(id: number): Promise<boolean>;
  /** Adds articles in one transaction, skipping any whose URL or content hash the story already holds. */
  addArticles(story: number, articles: readonly NewArticle[]): Promise<AddArticleResult[]>;
  listArticles(story: number): Promise<ArticleSummary[]>;
  /** The story and its articles with their text, in the order added (the briefing's source order), from one snapshot. */
  readStory(story: number): Promise<{ story: StoryRecord; articles: StoredArticle[] } | null>;
  getArticle(id: number): Promise<StoredArticle | null>;
  /** The cached briefing, only when it was computed for the story's current version. */
  getBriefing(story: number): Promise<CachedBriefing | null>;
  /** Caches a briefing computed for `briefing.version`; false (nothing stored) when the story has moved on or is gone. */
  putBriefing(briefing: BriefingToCache): Promise<boolean>;
  /**
   * Keeps per-article analyses, one per article (replacing one made by any analyzer); those of articles that are gone
   * are skipped. Returns how many were kept. An article's analysis goes when the article (or its story) is deleted.
   */
  putAnalyses(analyses: readonly AnalysisToKeep[]): Promise<number>;
  /** The kept analyses of the story's articles made by `analyzer`, by article id; stale or missing ones are absent. */
  getAnalyses(story: number, analyzer: string): Promise<Map<number, ArticleAnalysis>>;
  close(): Promise<void>;
}
