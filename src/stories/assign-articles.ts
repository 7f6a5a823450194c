import type { Diagnostic, StoryArticle, StoryAssignment, StoryMove, StoryState } from '../model/index.js';
import { applyStoryMoves } from './apply-moves.js';
import { readArticleFeatures } from './article-features.js';
import { resolveStoryOptions, type StoryOptions } from './options.js';
import { findSplit, type StorySplit } from './split-story.js';
import { countStoryFeatures, weighFeatures } from './story-frequency.js';
import { StoryIndex } from './story-index.js';
import { closeStoryState, lengthOf, openMember, openStoryState, type WorkingState, WorkingStory } from './story-state.js';
import { dot, effectiveFeaturesOf, heaviestKeys, keepHeaviestInPlace, unitOf } from './story-vectors.js';
import { FeatureCounts, type TermEntry } from './term-table.js';

/** What `StoryStream.assign` returns. */
export interface StoryAssignBatch {
  /** One per article, in the order given, each with its story at the end of the call (moves below applied). */
  readonly assignments: readonly StoryAssignment[];
  /**
   * Articles assigned before (in this call or an earlier one) that left their story for another, in the order it
   * happened: when a story's latest articles turn out to tell an event of their own (the split check: a new story),
   * or when a small story of headlines turns out to belong to another open one (the merge check). This call's
   * `assignments` already show them; a caller that keeps the stories of earlier calls applies them to those
   * (`applyStoryMoves`).
   */
  readonly moved: readonly StoryMove[];
  /**
   * Ids of the stories that went quiet meanwhile, or were merged into another (their articles are in `moved`): they
   * take no more articles and left the state.
   */
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
  private moved: StoryMove[] = [];
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
    const assignments = this.moved.length > 0 ? applyStoryMoves(this.assignments, this.moved) : this.assignments;
    const batch = { assignments, moved: this.moved, closed: this.closed, diagnostics: this.diagnostics };
    this.assignments = [];
    this.moved = [];
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

  /** How much a story's similarity counts for an article published at `time`: halved every `halfLifeHours` outside the story's span. */
  private decayOf(story: WorkingStory, time: number | null): number {
    if (time === null || story.first === null || story.last === null) return 1;
    const gap = Math.max(0, story.first - time, time - story.last) / HOUR;
    return 2 ** (-gap / this.options.halfLifeHours);
  }

  /**
   * The best candidate story and its score: the cosine with the story's centroid, or `memberWeight` × the cosine with
   * its closest recent article if higher, times the decay. A story's recent articles are compared only when they
   * could still make it the best (`memberWeight` × decay reaches the best score so far and the threshold, cosines of
   * unit vectors being at most 1): the same choice as comparing them all, for fewer comparisons.
   */
  private findBest(vector: ReadonlyMap<string, number>, candidates: readonly WorkingStory[], time: number | null, need: number): [WorkingStory | null, number] {
    const { memberWeight } = this.options;
    const decays: number[] = [];
    const scores: number[] = [];
    let top = 0;
    for (const story of candidates) {
      const decay = this.decayOf(story, time);
      const score = (story.norm > 0 ? dot(vector, story.centroid) / story.norm : 0) * decay;
      decays.push(decay);
      scores.push(score);
      if (score > top) top = score;
    }
    let best: WorkingStory | null = null;
    let bestScore = 0;
    for (let i = 0; i < candidates.length; i++) {
      const story = candidates[i]!;
      let score = scores[i]!;
      if (memberWeight * decays[i]! >= Math.max(top, need)) {
        let closest = 0;
        for (const member of story.recent) closest = Math.max(closest, dot(vector, member.vector));
        score = Math.max(score, memberWeight * closest * decays[i]!);
        if (score > top) top = score;
      }
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    return [best, bestScore];
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
    const counts = readArticleFeatures(article, options, new FeatureCounts(state.termStories));
    if (counts.size === 0) this.report('warning', 'empty-article', 'no title and no text to compare: it opens a story of its own', article.id);
    const { pairs: weighted, entries } = weighFeatures(state, counts, options.articleFeatures);
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
      const candidates = this.index.findCandidates(query).filter((story) => !this.isQuiet(story));
      const need = thresholdFor(vector, options);
      [best, bestScore] = this.findBest(vector, candidates, time, need);
      if (bestScore < need) best = null;
    }
    const story = best ?? this.open();
    this.join(story, article.id, entries, weighted, time, best === null, article.body === null && article.headline !== null);
    const split = best === null || duplicate !== null ? null : findSplit(story, options);
    if (split !== null) {
      const part = this.splitOff(story, split);
      this.assignments.push({ article: article.id, story: part.id, opened: true, similarity: 0 });
      return;
    }
    const [into, mergeScore] = best === null || duplicate !== null ? [null, 0] : this.findMerge(story);
    if (into !== null) {
      this.mergeInto(story, into, article.id);
      this.assignments.push({ article: article.id, story: into.id, opened: false, similarity: round(mergeScore) });
    } else this.assignments.push({ article: article.id, story: story.id, opened: best === null, similarity: best === null ? 0 : round(bestScore) });
  }

  /**
   * The merge check: a small story (every article of it among its recent ones, so each can be moved) that has just
   * taken an article and whose centroid is now close to another open story's (cosine × decay between their spans
   * reaching `mergeThreshold`) belongs with it. Candidates come from the index, as for an article: a few
   * comparisons of centroids, only for small stories.
   */
  private findMerge(story: WorkingStory): [WorkingStory | null, number] {
    const { options } = this;
    if (options.mergeThreshold === 0 || story.size < 2 || story.recent.length !== story.size || story.norm === 0) return [null, 0];
    // Only stories of headlines without text: two headlines of one story may share no word, and a story of them comes
    // together only once its centroid has a few; a story with text stands apart because the threshold or the split
    // check said so (short texts of two events of one kind, such as two actors cast for one role, are close too).
    for (const member of story.recent) if (!member.headlineOnly) return [null, 0];
    const query = [...heaviestKeys(story.centroid, options.queryFeatures)];
    let best: WorkingStory | null = null;
    let bestScore = 0;
    for (const other of this.index.findCandidates(query)) {
      if (other === story || other.norm === 0 || this.isQuiet(other)) continue;
      const score = (dot(story.centroid, other.centroid) / (story.norm * other.norm)) * this.spanDecay(story, other);
      if (score > bestScore) {
        best = other;
        bestScore = score;
      }
    }
    return bestScore >= options.mergeThreshold ? [best, bestScore] : [null, 0];
  }

  /** Halved for each `halfLifeHours` between the spans of two stories' publication times (1 when either is undated). */
  private spanDecay(a: WorkingStory, b: WorkingStory): number {
    if (a.first === null || a.last === null || b.first === null || b.last === null) return 1;
    const gap = Math.max(0, a.first - b.last, b.first - a.last) / HOUR;
    return 2 ** (-gap / this.options.halfLifeHours);
  }

  /** Moves every article of the small story `from` (the newest, `id`, being assigned now) into `into`; `from` leaves the state. */
  private mergeInto(from: WorkingStory, into: WorkingStory, id: string): void {
    into.changed = true;
    const centroid = into.centroid;
    for (const [key, weight] of from.centroid) centroid.set(key, (centroid.get(key) ?? 0) + weight);
    this.trim(centroid);
    into.norm = lengthOf(centroid);
    into.recent = [...into.recent, ...from.recent].slice(-this.options.recentArticles);
    into.size += from.size;
    into.lastArticle = this.state.articles;
    if (from.first !== null) into.first = into.first === null ? from.first : Math.min(into.first, from.first);
    if (from.last !== null) into.last = into.last === null ? from.last : Math.max(into.last, from.last);
    this.index.remove(from.id);
    this.state.stories = this.state.stories.filter((story) => story !== from);
    this.closed.push(from.id);
    this.index.file(into);
    for (const member of from.recent) if (member.id !== id) this.moved.push({ article: member.id, from: from.id, to: into.id });
  }

  private open(): WorkingStory {
    const story = new WorkingStory(null, this.state.nextStory);
    this.state.nextStory += 1;
    this.state.stories.push(story);
    return story;
  }

  /** Drops a centroid's lightest features past the limit (in place, keeping the order of the rest). */
  private trim(centroid: Map<string, number>): void {
    keepHeaviestInPlace(centroid, this.options.centroidFeatures);
  }

  private join(
    story: WorkingStory,
    id: string,
    entries: readonly TermEntry[],
    weighted: readonly [string, number][],
    time: number | null,
    opened: boolean,
    headlineOnly: boolean,
  ): void {
    const { options } = this;
    story.changed = true;
    countStoryFeatures(this.state, entries, opened ? null : story.centroid, options.maxFeatures);
    const centroid = story.centroid;
    for (const [key, weight] of weighted) {
      const known = centroid.get(key);
      centroid.set(key, known === undefined ? weight : known + weight);
    }
    this.trim(centroid);
    story.norm = lengthOf(centroid);
    story.recent.push(openMember(id, unitOf(weighted, options.memberFeatures), time, headlineOnly));
    if (story.recent.length > options.recentArticles) story.recent.shift();
    story.size += 1;
    story.lastArticle = this.state.articles;
    if (time !== null) {
      story.first = story.first === null ? time : Math.min(story.first, time);
      story.last = story.last === null ? time : Math.max(story.last, time);
    }
    this.index.file(story);
  }

  /** Moves the split-off recent articles of `story` to a new story; the newest article (the one just assigned) is among them. */
  private splitOff(story: WorkingStory, split: StorySplit): WorkingStory {
    const part = this.open();
    story.changed = true;
    const leaving = new Set(split.positions);
    const members = story.recent.filter((_, i) => leaving.has(i));
    story.recent = story.recent.filter((_, i) => !leaving.has(i));
    for (const [key, weight] of split.sum) {
      const left = (story.centroid.get(key) ?? 0) - weight;
      if (left > 1e-9) story.centroid.set(key, left);
      else story.centroid.delete(key);
    }
    story.norm = lengthOf(story.centroid);
    story.size -= members.length;
    part.centroid = split.sum;
    this.trim(part.centroid);
    part.norm = lengthOf(part.centroid);
    part.recent = members;
    part.size = members.length;
    part.lastArticle = this.state.articles;
    for (const member of members) {
      if (member.time === null) continue;
      part.first = part.first === null ? member.time : Math.min(part.first, member.time);
      part.last = part.last === null ? member.time : Math.max(part.last, member.time);
    }
    countStoryFeatures(this.state, split.sum.keys(), null, this.options.maxFeatures);
    this.index.file(story);
    this.index.file(part);
    const newest = members[members.length - 1]!;
    for (const member of members) if (member !== newest) this.moved.push({ article: member.id, from: story.id, to: part.id });
    return part;
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
  const features = effectiveFeaturesOf(vector);
  return options.threshold * Math.sqrt(features / (features + options.evidenceFeatures));
}

/**
 * Assigns articles, in arrival order, to stories: each joins the open story it is most similar to (cosine with the
 * story's centroid or with one of its recent articles, decayed by the time between them) when that similarity
 * reaches `threshold`, or opens a new story. Candidates come from an inverted index of the stories' strongest
 * features; stories that go quiet close and leave the state, so the cost per article and the state stay bounded.
 * Pure and deterministic: the same articles give the same stories however they are cut into calls. A call does not
 * copy the state: the stories it did not change and the story-frequency counts it did not write are shared with
 * the state given (the new state's `termLayers` hold the counts it wrote), so its cost follows its articles, not the
 * size of the state. A caller that never persists between articles may keep a `StoryStream` open instead.
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
