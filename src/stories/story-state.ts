import type { FeatureVector, OpenStory, StoryMember, StoryState } from '../model/index.js';
import { effectiveFeaturesOf, squaredLengthOf } from './story-vectors.js';
import { openTermLayers, TermTable } from './term-table.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A recent article of a story while `assignArticles` works: its features by key, its publication time. */
export interface WorkingMember {
  readonly id: string;
  readonly vector: ReadonlyMap<string, number>;
  readonly time: number | null;
  /** `effectiveFeaturesOf(vector)`, kept so the split check does not count it again. */
  readonly evidence: number;
  /** A headline without text (`StoryMember.headlineOnly`). */
  readonly headlineOnly: boolean;
}

/**
 * An open story while `assignArticles` works on it: vectors as maps (in the state's order), the rest as in the state.
 * Its vectors are read from the state's story only when first needed, and a story this call did not change goes to
 * the next state as it came (the same object): a call's cost follows the stories it touches, not all the open ones.
 */
export class WorkingStory {
  readonly id: number;
  size: number;
  first: number | null;
  last: number | null;
  lastArticle: number;
  /** Set when this call changed the story (it is written out anew). */
  changed: boolean;
  /** The features it is filed under in the index (kept in the state, so the next call need not find them again). */
  keys: readonly string[] | null;
  private readonly source: OpenStory | null;
  private opened: { centroid: Map<string, number>; norm: number; recent: WorkingMember[] } | null = null;

  constructor(source: OpenStory | null, id: number) {
    this.source = source;
    this.id = id;
    this.size = source?.size ?? 0;
    this.first = source?.first ?? null;
    this.last = source?.last ?? null;
    this.lastArticle = source?.lastArticle ?? 0;
    this.changed = source === null;
    this.keys = source?.keys ?? null;
    if (source === null) this.opened = { centroid: new Map(), norm: 0, recent: [] };
  }

  private open(): { centroid: Map<string, number>; norm: number; recent: WorkingMember[] } {
    if (this.opened === null) {
      const source = this.source!;
      const centroid = mapOf(source.centroid);
      this.opened = {
        centroid,
        norm: lengthOf(centroid),
        recent: source.recent.map((member) => openMember(member.id, mapOf(member.vector), member.time ?? null, member.headlineOnly === true)),
      };
    }
    return this.opened;
  }

  get centroid(): Map<string, number> {
    return this.open().centroid;
  }
  set centroid(value: Map<string, number>) {
    this.open().centroid = value;
  }
  /** Length of the centroid. */
  get norm(): number {
    return this.open().norm;
  }
  set norm(value: number) {
    this.open().norm = value;
  }
  get recent(): WorkingMember[] {
    return this.open().recent;
  }
  set recent(value: WorkingMember[]) {
    this.open().recent = value;
  }

  /** The ids of its recent articles (without reading their vectors). */
  recentIds(): string[] {
    return this.opened === null ? this.source!.recent.map((member) => member.id) : this.opened.recent.map((member) => member.id);
  }

  /** The story as the state keeps it. */
  close(): OpenStory {
    if (!this.changed && this.source !== null) return this.source;
    const story: Mutable<OpenStory> = {
      id: this.id,
      size: this.size,
      first: this.first,
      last: this.last,
      lastArticle: this.lastArticle,
      centroid: pairsOf(this.centroid),
      recent: this.recent.map(
        (member): StoryMember =>
          member.headlineOnly
            ? { id: member.id, vector: pairsOf(member.vector), time: member.time, headlineOnly: true }
            : { id: member.id, vector: pairsOf(member.vector), time: member.time },
      ),
    };
    if (this.keys !== null) story.keys = this.keys;
    return story;
  }
}

/** The state while `assignArticles` works on it (the caller's is never modified). */
export type WorkingState = Mutable<Omit<StoryState, 'termStories' | 'termLayers' | 'termSizes' | 'termCount' | 'stories'>> & {
  termStories: TermTable;
  stories: WorkingStory[];
};

/** The state of a stream that has seen no article yet. */
export function createStoryState(): StoryState {
  return { version: 1, articles: 0, clock: null, nextStory: 1, storiesSeen: 0, termStories: {}, stories: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The length of a vector, summed in its order (the order the state keeps, so a resumed stream gets the same bits). */
export function lengthOf(vector: ReadonlyMap<string, number>): number {
  return Math.sqrt(squaredLengthOf(vector));
}

/** A recent article in working form. */
export function openMember(id: string, vector: ReadonlyMap<string, number>, time: number | null, headlineOnly = false): WorkingMember {
  return { id, vector, time, evidence: effectiveFeaturesOf(vector), headlineOnly };
}

function mapOf(vector: FeatureVector): Map<string, number> {
  return new Map(vector.map(([key, weight]) => [key, weight]));
}

function checkState(state: StoryState): void {
  const fields = ['articles', 'nextStory', 'storiesSeen'] as const;
  const candidate = state as unknown;
  if (
    !isRecord(candidate) ||
    candidate.version !== 1 ||
    fields.some((field) => typeof candidate[field] !== 'number') ||
    !Array.isArray(candidate.stories) ||
    !isRecord(candidate.termStories) ||
    !(candidate.termLayers === undefined || (Array.isArray(candidate.termLayers) && candidate.termLayers.every(isRecord))) ||
    !candidate.stories.every((story) => isRecord(story) && typeof story.id === 'number' && Array.isArray(story.centroid) && Array.isArray(story.recent))
  ) {
    throw new TypeError(
      `assignArticles: expected a StoryState (version 1) or null, got ${isRecord(candidate) ? `an object with ${Object.keys(candidate).join(', ')}` : typeof candidate}`,
    );
  }
}

/** A working form of a state handed in by a caller (which is never modified); throws a TypeError when it is not a state. */
export function openStoryState(state: StoryState | null | undefined): WorkingState {
  const given = state ?? createStoryState();
  checkState(given);
  return {
    version: 1,
    articles: given.articles,
    clock: given.clock,
    nextStory: given.nextStory,
    storiesSeen: given.storiesSeen,
    termStories: new TermTable(openTermLayers(given.termStories, given.termLayers, given.termSizes, given.termCount)),
    stories: given.stories.map((story) => new WorkingStory(story, story.id)),
  };
}

const pairsOf = (vector: ReadonlyMap<string, number>): [string, number][] => [...vector.entries()];

/** The plain-data state of a working form, for the caller to keep: what did not change is shared with the state given. */
export function closeStoryState(working: WorkingState): StoryState {
  const terms = working.termStories.close();
  return {
    version: 1,
    articles: working.articles,
    clock: working.clock,
    nextStory: working.nextStory,
    storiesSeen: working.storiesSeen,
    termStories: terms.base,
    termLayers: terms.layers,
    termSizes: terms.sizes,
    termCount: terms.count,
    stories: working.stories.map((story) => story.close()),
  };
}
