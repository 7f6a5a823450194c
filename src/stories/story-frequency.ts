import type { FeatureCounts } from './article-features.js';
import type { WorkingState } from './story-state.js';

/**
 * Inverse story frequency: a feature found in few of the stories seen so far tells stories apart. Counting stories
 * rather than articles keeps the words that define a big story ("Bachelor", "Titanfall") heavy while it is covered
 * by hundreds of articles; the +1s let the first articles of a stream compare before any statistics exist.
 */
export function idfOf(state: WorkingState, key: string): number {
  return Math.log(state.storiesSeen + 1) - Math.log((state.termStories.get(key) ?? 0) + 1) + 1;
}

/**
 * The article's `limit` heaviest features weighted by idf and scaled to unit length, heaviest first (ties by key);
 * empty when it has none. The light tail of a long article changes its similarities little and would cost the most.
 */
export function weighFeatures(state: WorkingState, counts: FeatureCounts, limit: number): [string, number][] {
  const weighted: [string, number][] = [];
  const seen = Math.log(state.storiesSeen + 1) + 1;
  const table = state.termStories;
  for (const [key, count] of counts) weighted.push([key, count * (seen - Math.log((table.get(key) ?? 0) + 1))]);
  const kept = keepHeaviest(weighted, limit);
  let sum = 0;
  for (const [, weight] of kept) sum += weight * weight;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const entry of kept) entry[1] /= norm;
  return kept;
}

/** Heaviest first; ties by key, so every order is deterministic. */
export function byWeight(a: readonly [string, number], b: readonly [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * The `limit` heaviest entries, heaviest first (ties by key): the same as sorting all by `byWeight` and cutting, but a
 * long list is first cut at the limit-th weight (a numeric sort) so that only the kept entries are sorted by key.
 */
export function keepHeaviest(entries: [string, number][], limit: number): [string, number][] {
  if (entries.length <= limit) return entries.sort(byWeight);
  const weights = new Float64Array(entries.length);
  for (let i = 0; i < entries.length; i++) weights[i] = entries[i]![1];
  weights.sort();
  const cut = weights[weights.length - limit]!;
  const kept: [string, number][] = [];
  const tied: [string, number][] = [];
  for (const entry of entries) {
    if (entry[1] > cut) kept.push(entry);
    else if (entry[1] === cut) tied.push(entry);
  }
  if (tied.length > 0) kept.push(...tied.sort(byWeight).slice(0, limit - kept.length));
  return kept.sort(byWeight);
}

/**
 * Counts the features a story gains from a new article (`known`: the story's features before it; null for a new
 * story). When the table outgrows `maxFeatures`, every count and the number of stories are halved and the features
 * left below one story dropped: the stream's older vocabulary fades and the table stays bounded.
 */
export function countStoryFeatures(
  state: WorkingState,
  counts: ReadonlyMap<string, number>,
  known: ReadonlyMap<string, number> | null,
  maxFeatures: number,
): void {
  if (known === null) state.storiesSeen += 1;
  const table = state.termStories;
  for (const key of counts.keys()) {
    if (known?.has(key)) continue;
    table.set(key, (table.get(key) ?? 0) + 1);
  }
  if (table.size <= maxFeatures) return;
  for (const [key, count] of table) {
    if (count >= 2) table.set(key, count / 2);
    else table.delete(key);
  }
  state.storiesSeen /= 2;
}
