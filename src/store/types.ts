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
  /** True for a story the stream clusterer opened (see `Store.addToStream`); false for one a person made. */
  readonly automatic: boolean;
  /** Distinct sources among its articles (outlets, compared case-insensitively; an article without one counts alone). */
  readonly sources: number;
  /** How many articles it had when its latest briefing was cached; 0 before one. */
  readonly briefedArticles: number;
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
  /** Without a query: only stories changed at or after this ISO 8601 date-time. */
  readonly since?: string;
  /** Without a query: only stories with at least this many sources. */
  readonly minSources?: number;
  /**
   * Without a query: 'updated' (default, most recently changed first) or 'rank' (the front page: sources times a
   * recency decay, `sources × 2^(−hours since the last change / 24)` at `now`, then most recent first).
   */
  readonly order?: 'updated' | 'rank';
  /** When 'rank' is evaluated (default: the store's clock). */
  readonly now?: Date;
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

/** The stream clusterer's position: how many articles it placed (`version`) and its state (opaque JSON), null before any. */
export interface StreamState {
  readonly version: number;
  readonly state: string | null;
}

/** An article for `Store.addToStream`, with the cluster the clusterer put it in. */
export interface StreamArticle {
  readonly article: NewArticle;
  /** Names the article where it came from (a feed item); another article with the same key is a duplicate. */
  readonly key: string | null;
  /** The clusterer's story id (`StoryAssignment.story`): articles of one cluster go to one stored story. */
  readonly cluster: number;
}

/**
 * The clusterer moved an earlier article (named by its stream id: its key, else `sha256:<content hash>`) from one
 * cluster to another: applied in the same transaction when the article is still in the story of `from`.
 */
export interface StreamMove {
  readonly article: string;
  readonly from: number;
  readonly to: number;
}

/** An article already stored that a new one duplicates: by key, by URL, or by content. */
export interface StreamDuplicate {
  readonly reason: 'key' | 'url' | 'content';
  readonly article: ArticleSummary;
}

/** What `Store.addToStream` did with one article. */
export type StreamAddResult =
  | { readonly status: 'added'; readonly article: ArticleSummary; readonly story: number; readonly opened: boolean }
  | ({ readonly status: 'duplicate' } & StreamDuplicate);

/** `Store.addToStream`'s outcome: done, or refused (nothing written) because the stream moved past `expected`. */
export type StreamAddOutcome =
  /** `moved`: the stories that lost or gained articles by the moves (they changed as much as those added to). */
  | { readonly status: 'done'; readonly results: StreamAddResult[]; readonly version: number; readonly moved: number[] }
  | { readonly status: 'moved'; readonly version: number };

/** A change a person makes to the stories (`Store.editStories`). */
export type StoryEdit =
  | { readonly kind: 'rename'; readonly story: number; readonly title: string }
  /** Moves every article of `from` into `into` and deletes `from`; articles of their clusters go to `into` from then on. */
  | { readonly kind: 'merge'; readonly into: number; readonly from: readonly number[] }
  /** Moves the given articles of `story` into a new story titled `title`. */
  | { readonly kind: 'split'; readonly story: number; readonly articles: readonly number[]; readonly title: string | null };

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
  /**
   * The outlets of several stories in one query: for each story asked, its articles' outlets trimmed, once each
   * (compared case-insensitively, as `sources` counts them, in the spelling of the first), in the order they first
   * appeared; an empty list for a story with none or no such story.
   */
  listOutlets(stories: readonly number[]): Promise<Map<number, string[]>>;
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
  /** The stream clusterer's saved state and version. */
  getStreamState(): Promise<StreamState>;
  /** For each candidate, the stored article (in any story) it duplicates: same key, else same URL, else same content. */
  findDuplicates(candidates: readonly { key: string | null; url: string | null; text: string }[]): Promise<(StreamDuplicate | null)[]>;
  /**
   * In one transaction, when the stream is still at `expected`: adds each article to the story of its cluster
   * (opening an automatic story, titled by nothing and headlined by the article's title, for a cluster without one),
   * skipping duplicates as `findDuplicates` finds them, and saves `state` as the clusterer's state at
   * `expected + articles.length`. Otherwise writes nothing and returns 'moved' (the caller re-reads and re-assigns).
   */
  addToStream(expected: number, state: string, articles: readonly StreamArticle[], moves?: readonly StreamMove[]): Promise<StreamAddOutcome>;
  /** Renames, merges or splits stories in one transaction; returns the story that results (renamed, merged into, split off). */
  editStories(edit: StoryEdit): Promise<StoryRecord>;
  /**
   * The briefing (JSON) that the current cached one replaced, for "what changed since the previous briefing"; null
   * when there is no current briefing or none before it.
   */
  getPreviousBriefing(story: number): Promise<{ version: number; json: Uint8Array } | null>;
  /** What `corroborate watch` keeps of a feed (JSON), or null for a feed never polled. */
  getFeedState(url: string): Promise<string | null>;
  putFeedState(url: string, state: string): Promise<void>;
  close(): Promise<void>;
}
