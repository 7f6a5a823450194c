import type { Diagnostic, StoryArticle, StoryAssignment, StoryState } from '../model/index.js';
import { readArticleFeatures } from './article-features.js';
import { resolveStoryOptions, type StoryOptions } from './options.js';
import { countStoryFeatures, keepHeaviest, weighFeatures } from './story-frequency.js';
import { StoryIndex } from './story-index.js';
import { closeStoryState, lengthOf, openStoryState, type WorkingState, type WorkingStory } from './story-state.js';

/** What `StoryStream.assign` returns. */
export interface StoryAssignBatch {
  /** One per article, in the order given. */
  readonly assignments: readonly StoryAssignment[];
  /** Ids of the stories that went quiet meanwhile: they take no more articles and left the state. */
  readonly closed: readonly number[];
  /** Problems with single articles (no content, no or unreadable date, an id seen again); the stream goes on. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What `assignArticles` returns. */
export interface StoryAssignResult extends StoryAssignBatch {
  /** The state to hand to the next call (the one given is not modified). */
  readonly state: StoryState;
}

const HOUR = 3_600_000;
// Quiet stories are looked for every SWEEP_EVERY articles (counted over the whole stream, so the state does not
// depend on how the stream was cut into calls); in between, a quiet story is skipped, never joined.
const SWEEP_EVERY = 64;

/** Dot product, looking up the shorter side's keys in the longer. */
function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** The first `limit` entries of a heaviest-first list, scaled to unit length. */
function unitOf(entries: readonly [string, number][], limit: number): Map<string, number> {
  const kept = entries.slice(0, limit);
  const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0));
  return new Map(kept.map(([key, weight]) => [key, norm > 0 ? weight / norm : 0]));
}

/**
 * A stream of articles being assigned to stories, its state kept in working form between calls: what a feed watcher
 * holds while it runs (`assignArticles` opens one for a single call). `snapshot()` gives the plain state to persist;
 * opening a stream from it later continues with the same results.
 */
export class StoryStream {
  private readonly state: WorkingState;
  private readonly options: StoryOptions;
  private readonly index: StoryIndex;
  private assignments: StoryAssignment[] = [];
  private closed: number[] = [];
  private diagnostics: Diagnostic[] = [];

  constructor(state: StoryState | null = null, options: Partial<StoryOptions> = {}) {
    this.options = resolveStoryOptions(options);
    this.state = openStoryState(state);
    this.index = new StoryIndex(this.state.stories, this.options);
  }

  /** Assigns articles in the order given; the same stories as if they had come in one call or one at a time. */
  assign(articles: readonly StoryArticle[]): StoryAssignBatch {
    checkArticles(articles);
    for (const article of articles) this.assignOne(article);
    const batch = { assignments: this.assignments, closed: this.closed, diagnostics: this.diagnostics };
    this.assignments = [];
    this.closed = [];
    this.diagnostics = [];
    return batch;
  }

  /** The state as plain JSON data (a copy: the stream goes on). */
  snapshot(): StoryState {
    return closeStoryState(this.state);
  }

  private isQuiet(story: WorkingStory): boolean {
    const { state, options } = this;
    if (state.articles - story.lastArticle > options.quietArticles) return true;
    return story.last !== null && state.clock !== null && state.clock - story.last > options.quietHours * HOUR;
  }

  private sweep(): void {
    const open: WorkingStory[] = [];
    for (const story of this.state.stories) {
      if (this.isQuiet(story)) {
        this.index.remove(story.id);
        this.closed.push(story.id);
      } else open.push(story);
    }
    this.state.stories = open;
  }

  private report(severity: Diagnostic['severity'], code: string, message: string, source: string): void {
    this.diagnostics.push({ severity, code, message, source });
  }

  private readTime(article: StoryArticle): number | null {
    if (article.published === null || article.published === undefined || article.published === '') {
      this.report('info', 'undated-article', 'no publication date: compared with the stories without time', article.id);
      return null;
    }
    const time = Date.parse(article.published);
    if (Number.isNaN(time)) {
      this.report('warning', 'unparsed-date', `publication date "${article.published}" could not be read: compared without time`, article.id);
      return null;
    }
    return time;
  }

  private score(vector: ReadonlyMap<string, number>, story: WorkingStory, time: number | null): number {
    let similarity = story.norm > 0 ? dot(vector, story.centroid) / story.norm : 0;
    for (const member of story.recent) similarity = Math.max(similarity, this.options.memberWeight * dot(vector, member.vector));
    if (time !== null && story.first !== null && story.last !== null) {
      const gap = Math.max(0, story.first - time, time - story.last) / HOUR;
      similarity *= 2 ** (-gap / this.options.halfLifeHours);
    }
    return similarity;
  }

  /** The open story among whose recent articles one has this id (kept in the state, so batching does not matter). */
  private findDuplicate(id: string): WorkingStory | null {
    const story = this.index.storyOfArticle(id);
    return story && !this.isQuiet(story) ? story : null;
  }

  private assignOne(article: StoryArticle): void {
    const { state, options } = this;
    state.articles += 1;
    const time = this.readTime(article);
    if (time !== null && (state.clock === null || time > state.clock)) state.clock = time;
    if (state.articles % SWEEP_EVERY === 0) this.sweep();
    const counts = readArticleFeatures(article, options);
    if (counts.size === 0) this.report('warning', 'empty-article', 'no title and no text to compare: it opens a story of its own', article.id);
    const weighted = weighFeatures(state, counts, options.articleFeatures);
    const vector = new Map(weighted);
    const duplicate = this.findDuplicate(article.id);
    let best: WorkingStory | null = null;
    let bestScore = 0;
    if (duplicate !== null) {
      this.report('warning', 'duplicate-article', `the same id as an earlier article: put in its story (${duplicate.id})`, article.id);
      best = duplicate;
      bestScore = 1;
    } else if (vector.size > 0) {
      const query = weighted.slice(0, options.queryFeatures).map(([key]) => key);
      for (const story of this.index.findCandidates(query)) {
        if (this.isQuiet(story)) continue;
        const score = this.score(vector, story, time);
        if (score > bestScore) {
          best = story;
          bestScore = score;
        }
      }
      if (bestScore < thresholdFor(vector, options)) best = null;
    }
    const story = best ?? this.open();
    this.join(story, article.id, counts, weighted, time, best === null);
    this.assignments.push({ article: article.id, story: story.id, opened: best === null, similarity: best === null ? 0 : round(bestScore) });
  }

  private open(): WorkingStory {
    const story: WorkingStory = { id: this.state.nextStory, size: 0, first: null, last: null, lastArticle: 0, centroid: new Map(), norm: 0, recent: [] };
    this.state.nextStory += 1;
    this.state.stories.push(story);
    return story;
  }

  private join(
    story: WorkingStory,
    id: string,
    counts: ReadonlyMap<string, number>,
    weighted: readonly [string, number][],
    time: number | null,
    opened: boolean,
  ): void {
    const { options } = this;
    countStoryFeatures(this.state, counts, opened ? null : story.centroid, options.maxFeatures);
    const sum = new Map(story.centroid);
    for (const [key, weight] of weighted) sum.set(key, (sum.get(key) ?? 0) + weight);
    story.centroid = new Map(keepHeaviest([...sum.entries()], options.centroidFeatures));
    story.norm = lengthOf(story.centroid);
    story.recent = [...story.recent, { id, vector: unitOf(weighted as [string, number][], options.memberFeatures) }].slice(-options.recentArticles);
    story.size += 1;
    story.lastArticle = this.state.articles;
    if (time !== null) {
      story.first = story.first === null ? time : Math.min(story.first, time);
      story.last = story.last === null ? time : Math.max(story.last, time);
    }
    this.index.file(story);
  }
}

// Similarities are reported to 4 decimals: enough to read, and the same on every machine.
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * The similarity an article needs to join a story. A short article (a headline) shares fewer words with its story
 * than a long one, and one rare word it shares is already good evidence: the threshold is scaled by
 * sqrt(m / (m + evidenceFeatures)), m being the article's effective number of features (1 / Σ w⁴ of its unit vector).
 */
export function thresholdFor(vector: ReadonlyMap<string, number>, options: Pick<StoryOptions, 'threshold' | 'evidenceFeatures'>): number {
  if (options.evidenceFeatures === 0) return options.threshold;
  let sum = 0;
  for (const weight of vector.values()) sum += weight ** 4;
  const features = sum > 0 ? 1 / sum : 0;
  return options.threshold * Math.sqrt(features / (features + options.evidenceFeatures));
}

/**
 * Assigns articles, in arrival order, to stories: each joins the open story it is most similar to (cosine with the
 * story's centroid or with one of its recent articles, decayed by the time between them) when that similarity
 * reaches `threshold`, or opens a new story. Candidates come from an inverted index of the stories' strongest
 * features; stories that go quiet close and leave the state, so the cost per article and the state stay bounded.
 * Pure and deterministic: the same articles give the same stories however they are cut into calls. Each call copies
 * the state in and out (its cost grows with the state): a caller assigning one article at a time keeps a
 * `StoryStream` open instead and snapshots its state when it persists it.
 * @example let { assignments, state } = assignArticles(null, firstBatch); ({ assignments, state } = assignArticles(state, nextBatch));
 */
export function assignArticles(state: StoryState | null, articles: readonly StoryArticle[], options: Partial<StoryOptions> = {}): StoryAssignResult {
  checkArticles(articles);
  const stream = new StoryStream(state, options);
  return { ...stream.assign(articles), state: stream.snapshot() };
}

function checkArticles(articles: readonly StoryArticle[]): void {
  if (!Array.isArray(articles)) throw new TypeError(`assignArticles: expected an array of StoryArticle, got ${typeof articles}`);
  articles.forEach((article, index) => {
    if (typeof article !== 'object' || article === null || typeof article.id !== 'string') {
      throw new TypeError(
        `assignArticles: expected articles[${index}] to be a StoryArticle with a string id, got ${article === null ? 'null' : typeof article}`,
      );
    }
  });
}
