/** Options for `assignArticles`: how articles are compared, when a story goes quiet, and the bounds on the state. */
export interface StoryOptions {
  /** An article joins the most similar open story when the similarity (0–1) reaches this; otherwise it opens a new story. */
  readonly threshold: number;
  /**
   * An article with few features (a headline) brings less evidence and shares fewer words with its story: its
   * threshold is scaled by sqrt(m / (m + evidenceFeatures)), m its effective number of features; 0 turns this off.
   */
  readonly evidenceFeatures: number;
  /** Weight of a term of the title, and of the lead, against 1 for a term of the rest of the text. */
  readonly titleWeight: number;
  readonly leadWeight: number;
  /** How many first sentences of the text are its lead. */
  readonly leadSentences: number;
  /** Weight of a named person, organization or place (by entity key, so aliases meet) on top of its words. */
  readonly nameWeight: number;
  /** Weight of a number with what it counts ("6.1 magnitude", "4 people") and of a resolved date. */
  readonly factWeight: number;
  /** The similarity to the closest recent article of a story counts this much (against 1 for its centroid). */
  readonly memberWeight: number;
  /** Similarity halves for each `halfLifeHours` between an article's publication and the span of the story's. */
  readonly halfLifeHours: number;
  /** A story closes when no article has joined it for this many hours of the stream's clock … */
  readonly quietHours: number;
  /** … or while this many articles arrived (what bounds a stream without dates). */
  readonly quietArticles: number;
  /** An article's heaviest features compared (its light tail changes little and would cost the most). */
  readonly articleFeatures: number;
  /** Features kept in a story's centroid, and per recent article. */
  readonly centroidFeatures: number;
  readonly memberFeatures: number;
  /** Recent articles kept per story for the closest-member comparison (and the split check). */
  readonly recentArticles: number;
  /**
   * The split check, when a story takes an article: the article and the story's recent articles closer to it than to
   * the recent article least like it leave for a story of their own when the mean similarity between them and the
   * rest of the story is below `splitRatio` × the mean of the two parts' own mean similarities (their cohesion);
   * 0 turns it off. Two events of one kind told in one story are two tight groups loosely linked.
   */
  readonly splitRatio: number;
  /** … and only when those articles carry this many effective features each on average (a headline is too little to split on). */
  readonly splitEvidence: number;
  /**
   * The merge check, when a small story (all its articles among its recent ones) has just taken an article: it joins
   * the open story whose centroid is most similar to its own when that cosine (decayed by time) reaches this; 0 turns
   * it off. What a headline that shared no word with its story left apart comes back through its story's later ones.
   */
  readonly mergeThreshold: number;
  /** Strongest features of an article looked up in the index, and of a story put in it. */
  readonly queryFeatures: number;
  readonly indexFeatures: number;
  /** Most stories compared with one article (those sharing most of its strongest features). */
  readonly maxCandidates: number;
  /** Most features whose story frequency is kept; past it, every count is halved and the rarest dropped. */
  readonly maxFeatures: number;
}

/**
 * Defaults chosen on the tuning halves of ECB+ and of the UCI headlines (`corroborate eval --task stories --split tune`);
 * the bounds keep the state and the cost per article flat as the stream grows.
 */
export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.25,
  evidenceFeatures: 30,
  titleWeight: 2,
  leadWeight: 2,
  leadSentences: 2,
  nameWeight: 1,
  factWeight: 3,
  memberWeight: 0.5,
  halfLifeHours: 48,
  quietHours: 7 * 24,
  quietArticles: 20_000,
  articleFeatures: 60,
  centroidFeatures: 150,
  memberFeatures: 40,
  recentArticles: 5,
  splitRatio: 0.5,
  splitEvidence: 15,
  mergeThreshold: 0.15,
  queryFeatures: 12,
  indexFeatures: 40,
  maxCandidates: 20,
  maxFeatures: 200_000,
};

const POSITIVE: readonly (keyof StoryOptions)[] = [
  'titleWeight',
  'leadWeight',
  'halfLifeHours',
  'quietHours',
  'quietArticles',
  'articleFeatures',
  'centroidFeatures',
  'memberFeatures',
  'queryFeatures',
  'indexFeatures',
  'maxCandidates',
  'maxFeatures',
];

/** Fills in defaults and checks every value; throws a TypeError naming the bad option. */
export function resolveStoryOptions(options: Partial<StoryOptions> = {}): StoryOptions {
  const resolved = { ...DEFAULT_STORY_OPTIONS, ...options };
  for (const [key, value] of Object.entries(resolved)) {
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new TypeError(`assignArticles: expected option ${key} to be a number ≥ 0, got ${String(value)}`);
    }
  }
  for (const key of POSITIVE) if (resolved[key] <= 0) throw new TypeError(`assignArticles: expected option ${key} to be > 0, got ${resolved[key]}`);
  return resolved;
}
