import type { FeatureVector, OpenStory, StoryMember, StoryState } from '../model/index.js';
import { effectiveFeaturesOf, squaredLengthOf } from './story-vectors.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A recent article of a story while `assignArticles` works: its features by key, its publication time. */
export interface WorkingMember {
  readonly id: string;
  readonly vector: ReadonlyMap<string, number>;
  readonly time: number | null;
  /** `effectiveFeaturesOf(vector)`, kept so the split check does not count it again. */
  readonly evidence: number;
}

/** An open story while `assignArticles` works on it: vectors as maps (in the state's order), the rest as in the state. */
export type WorkingStory = Mutable<Omit<OpenStory, 'centroid' | 'recent'>> & {
  centroid: Map<string, number>;
  /** Length of the centroid. */
  norm: number;
  recent: WorkingMember[];
};

/** The state while `assignArticles` works on its own copy of it. */
export type WorkingState = Mutable<Omit<StoryState, 'termStories' | 'stories'>> & {
  termStories: Map<string, number>;
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
export function openMember(id: string, vector: ReadonlyMap<string, number>, time: number | null): WorkingMember {
  return { id, vector, time, evidence: effectiveFeaturesOf(vector) };
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
    !candidate.stories.every((story) => isRecord(story) && typeof story.id === 'number' && Array.isArray(story.centroid) && Array.isArray(story.recent))
  ) {
    throw new TypeError(
      `assignArticles: expected a StoryState (version 1) or null, got ${isRecord(candidate) ? `an object with ${Object.keys(candidate).join(', ')}` : typeof candidate}`,
    );
  }
}

/** A working copy of a state handed in by a caller (which is never modified); throws a TypeError when it is not a state. */
export function openStoryState(state: StoryState | null | undefined): WorkingState {
  const given = state ?? createStoryState();
  checkState(given);
  return {
    version: 1,
    articles: given.articles,
    clock: given.clock,
    nextStory: given.nextStory,
    storiesSeen: given.storiesSeen,
    termStories: new Map(Object.entries(given.termStories)),
    stories: given.stories.map((story) => {
      const centroid = mapOf(story.centroid);
      return {
        id: story.id,
        size: story.size,
        first: story.first,
        last: story.last,
        lastArticle: story.lastArticle,
        centroid,
        norm: lengthOf(centroid),
        recent: story.recent.map((member) => openMember(member.id, mapOf(member.vector), member.time ?? null)),
      };
    }),
  };
}

const pairsOf = (vector: ReadonlyMap<string, number>): [string, number][] => [...vector.entries()];

/** The plain-data state of a working copy, for the caller to keep. */
export function closeStoryState(working: WorkingState): StoryState {
  return {
    version: 1,
    articles: working.articles,
    clock: working.clock,
    nextStory: working.nextStory,
    storiesSeen: working.storiesSeen,
    termStories: Object.fromEntries(working.termStories),
    stories: working.stories.map(
      (story): OpenStory => ({
        id: story.id,
        size: story.size,
        first: story.first,
        last: story.last,
        lastArticle: story.lastArticle,
        centroid: pairsOf(story.centroid),
        recent: story.recent.map((member): StoryMember => ({ id: member.id, vector: pairsOf(member.vector), time: member.time })),
      }),
    ),
  };
}
