import type { FeatureCounts } from './article-features.js';
import type { WorkingState } from './story-state.js';
import { keepHeaviest } from './story-vectors.js';

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
  for (const [key, count] of counts) {
    const stories = table.get(key);
    weighted.push([key, count * (stories === undefined ? seen : seen - Math.log(stories + 1))]);
  }
  const kept = keepHeaviest(weighted, limit);
  let sum = 0;
  for (const [, weight] of kept) sum += weight * weight;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const entry of kept) entry[1] /= norm;
  return kept;
}

/**
 * Counts the features a story gains (`known`: the story's features before; null for a new story). When the table
 * outgrows `maxFeatures`, every count and the number of stories are halved and the features left below one story
 * dropped: the stream's older vocabulary fades and the table stays bounded.
 */
export function countStoryFeatures(state: WorkingState, keys: Iterable<string>, known: ReadonlyMap<string, number> | null, maxFeatures: number): void {
  if (known === null) state.storiesSeen += 1;
  const table = state.termStories;
  for (const key of keys) {
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
