import type { AnalyzedDocument, EntityType } from './analysis.js';
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

/** One article as the stories stage reads it: what analyze made of its headline and of its text, and when it was published. */
export interface StoryArticle {
  /** Stable id of the article (the record's id, the store's id); assignments name it. */
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** Publication date or date-time, ISO 8601; null when unknown (the article is then compared without time). */
  readonly published: string | null;
  /** The analysis of the title alone; null when the article has none. */
  readonly headline: AnalyzedDocument | null;
  /** The analysis of the cleaned text; null for a headline-only article. */
  readonly body: AnalyzedDocument | null;
}

/** Where the stories stage put one article. */
export interface StoryAssignment {
  /** `StoryArticle.id`. */
  readonly article: string;
  /** `OpenStory.id` of the story it joined or opened. */
  readonly story: number;
  /** True when the article opened the story. */
  readonly opened: boolean;
  /** Similarity to the story it joined (time decay included); 0 when it opened one. */
  readonly similarity: number;
}

/** Features and their weights (pairs, so the order survives JSON exactly). */
export type FeatureVector = readonly (readonly [string, number])[];

/** An article kept in an open story's state: its id and its strongest features (a unit vector). */
export interface StoryMember {
  readonly id: string;
  readonly vector: FeatureVector;
  /** Its publication time (ms since 1970); null or absent when undated. */
  readonly time?: number | null;
  /** True when it had a headline and no text (absent: it had text); only such stories are merged (`mergeThreshold`). */
  readonly headlineOnly?: boolean;
}

/**
 * An article assigned earlier that a later article moved to another story: when a story's latest articles turn out
 * to tell an event of their own, they leave it for a new story; when a small story of headlines turns out to belong
 * to another, its articles join that one (see `StoryAssignBatch.moved`).
 */
export interface StoryMove {
  /** `StoryArticle.id`. */
  readonly article: string;
  readonly from: number;
  readonly to: number;
}

/** A story still open to new articles, as the stories stage keeps it between calls. */
export interface OpenStory {
  readonly id: number;
  /** Articles assigned to it so far. */
  readonly size: number;
  /** Earliest and latest publication time of its dated articles (ms since 1970); null while none is dated. */
  readonly first: number | null;
  readonly last: number | null;
  /** `StoryState.articles` when its latest article joined. */
  readonly lastArticle: number;
  /** Sum of its articles' unit vectors, strongest features only, in the order the features entered it. */
  readonly centroid: FeatureVector;
  /** Its latest articles, newest last. */
  readonly recent: readonly StoryMember[];
  /** The features it is filed under for finding candidates (its strongest); absent: found from the centroid. */
  readonly keys?: readonly string[];
}

/**
 * The state of the online story clusterer: plain JSON data. A store keeps it between calls; the next call resumes
 * where the last one stopped, with the same results as one call over all the articles.
 */
export interface StoryState {
  readonly version: 1;
  /** Articles assigned so far. */
  readonly articles: number;
  /** Latest publication time seen (ms since 1970); null until a dated article arrives. */
  readonly clock: number | null;
  /** The id the next new story gets. */
  readonly nextStory: number;
  /** Stories opened so far (halved, with `termStories`, whenever that table is pruned). */
  readonly storiesSeen: number;
  /** For each feature, in how many stories it has appeared: the stream's idf (with `termLayers`). */
  readonly termStories: Readonly<Record<string, number>>;
  /**
   * Newer counts over `termStories`, oldest first, each overriding those before it (a call writes only what it
   * counted; layers merge as they grow). Absent in a state written before them: `termStories` is then the table.
   */
  readonly termLayers?: readonly Readonly<Record<string, number>>[];
  /** Entries of `termStories` and of each layer, and distinct features over them all (kept so a call need not count). */
  readonly termSizes?: readonly number[];
  readonly termCount?: number;
  /** Stories open to new articles, in the order they were opened. Quiet stories are closed and dropped. */
  readonly stories: readonly OpenStory[];
}

/** A story as `corroborate stories` lists it (`--format json`, schema/stories.schema.json). */
export interface StorySummary {
  readonly id: number;
  /** The headline of its most central article; null when no article has a title. */
  readonly title: string | null;
  /** Its articles' ids, in the order they joined. */
  readonly articles: readonly string[];
  /** How many sources report it: distinct outlets (an article with no outlet counts as one source). */
  readonly sources: number;
  /** Its outlets, most articles first. */
  readonly outlets: readonly string[];
  /** Earliest and latest publication date of its articles (ISO 8601); null when none is dated. */
  readonly first: string | null;
  readonly last: string | null;
  /** People, organizations and places most of its articles name, most articles first. */
  readonly entities: readonly { readonly name: string; readonly type: EntityType; readonly articles: number }[];
}
