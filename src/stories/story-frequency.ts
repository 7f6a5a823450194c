import type { WorkingState } from './story-state.js';
import { byWeight, kthLargestInPlace, scratchOf } from './story-vectors.js';
import type { FeatureCounts, TermEntry } from './term-table.js';

/**
 * Inverse story frequency: a feature found in few of the stories seen so far tells stories apart. Counting stories
 * rather than articles keeps the words that define a big story ("Bachelor", "Titanfall") heavy while it is covered
 * by hundreds of articles; the +1s let the first articles of a stream compare before any statistics exist.
 */
export function idfOf(state: WorkingState, key: string): number {
  return Math.log(state.storiesSeen + 1) - Math.log((state.termStories.get(key) ?? 0) + 1) + 1;
}

/** An article's features weighed: the kept ones as pairs, heaviest first, and the table entries of all of them. */
export interface WeighedFeatures {
  readonly pairs: [string, number][];
  /** One per feature of the counts, in their order: what `countStoryFeatures` counts once the article has a story. */
  readonly entries: readonly TermEntry[];
}

/**
 * The article's `limit` heaviest features weighted by idf and scaled to unit length, heaviest first (ties by key);
 * empty when it has none. The light tail of a long article changes its similarities little and would cost the most.
 */
export function weighFeatures(state: WorkingState, counts: FeatureCounts, limit: number): WeighedFeatures {
  // Weights go to a typed array first: only the kept features become pairs (a long article has hundreds).
  const { entries } = counts;
  const size = entries.length;
  const weights = new Float64Array(size);
  const seen = Math.log(state.storiesSeen + 1) + 1;
  for (let i = 0; i < size; i++) {
    const stories = entries[i]!.count;
    weights[i] = counts.weights[i]! * (stories === 0 ? seen : seen - logOnePlus(stories));
  }
  let cut = Number.NEGATIVE_INFINITY;
  if (size > limit) {
    const copy = scratchOf(size);
    copy.set(weights);
    cut = kthLargestInPlace(copy, limit, size);
  }
  const kept: [string, number][] = [];
  const tied: [string, number][] = [];
  for (let i = 0; i < size; i++) {
    const weight = weights[i]!;
    if (weight > cut) kept.push([entries[i]!.key, weight]);
    else if (weight === cut) tied.push([entries[i]!.key, weight]);
  }
  if (tied.length > 0) kept.push(...tied.sort(byWeight).slice(0, limit - kept.length));
  kept.sort(byWeight);
  let sum = 0;
  for (const [, weight] of kept) sum += weight * weight;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const entry of kept) entry[1] /= norm;
  return { pairs: kept, entries };
}

// ln(1 + n) for the whole story counts most features have, looked up rather than computed per feature.
const LOG_ONE_PLUS = Float64Array.from({ length: 1024 }, (_, n) => Math.log(n + 1));
const logOnePlus = (n: number): number => (Number.isInteger(n) && n < LOG_ONE_PLUS.length ? LOG_ONE_PLUS[n]! : Math.log(n + 1));

/**
 * Counts the features a story gains (`known`: the story's features before; null for a new story). When the table
 * outgrows `maxFeatures`, every count and the number of stories are halved and the features left below one story
 * dropped: the stream's older vocabulary fades and the table stays bounded. Entries are those of `weighFeatures`
 * for the article just weighed, or keys looked up now.
 */
export function countStoryFeatures(
  state: WorkingState,
  features: readonly TermEntry[] | Iterable<string>,
  known: ReadonlyMap<string, number> | null,
  maxFeatures: number,
): void {
  if (known === null) state.storiesSeen += 1;
  const table = state.termStories;
  const entries = Array.isArray(features) ? (features as readonly TermEntry[]) : Array.from(features as Iterable<string>, (key) => table.entry(key));
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (!known?.has(entry.key)) table.increment(entry);
  }
  if (table.size <= maxFeatures) return;
  table.halve();
  state.storiesSeen /= 2;
}
