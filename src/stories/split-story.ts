import type { StoryOptions } from './options.js';
import type { WorkingMember, WorkingStory } from './story-state.js';
import { dot } from './story-vectors.js';

/** The part of a story that leaves it: positions in `story.recent` (the newest article always among them) and their vector sum. */
export interface StorySplit {
  readonly positions: readonly number[];
  readonly sum: Map<string, number>;
}

/**
 * The split check, run when a story has just taken its newest article: that article and the recent articles closer to
 * it than to the recent article least like it form a group; they leave the story when the mean
 * similarity between the group and the rest of the story is below `splitRatio` × the mean of the two parts' mean
 * inner similarities. It is average-link clustering's test ("these are two clusters") on the one place that just
 * changed, so it costs a few comparisons of recent articles per article. Articles with too little evidence
 * (`splitEvidence`: headlines) never split. Returns null when the story stays whole.
 */
export function findSplit(story: WorkingStory, options: Pick<StoryOptions, 'splitRatio' | 'splitEvidence'>): StorySplit | null {
  const recent = story.recent;
  const newest = recent[recent.length - 1];
  if (options.splitRatio === 0 || newest === undefined || newest.evidence < options.splitEvidence) return null;
  const positions = groupOfNewest(recent);
  const size = positions.length;
  const rest = story.size - size;
  if (size < 2 || rest < 2) return null;
  let evidence = 0;
  for (const i of positions) evidence += recent[i]!.evidence;
  if (evidence / size < options.splitEvidence) return null;
  const group = positions.map((i) => recent[i]!);
  const inner = meanInnerSimilarity(group);
  const sum = sumOf(group);
  // The rest of the story is its centroid less the group: its link to the group and its own cohesion follow from it.
  let across = 0;
  let restSquared = 0;
  const centroid = story.centroid;
  for (const key of centroid.keys()) {
    const weight = centroid.get(key)!;
    const part = sum.get(key) ?? 0;
    across += part * (weight - part);
    restSquared += (weight - part) ** 2;
  }
  const meanAcross = across / (size * rest);
  // |rest|² = r + r(r − 1) × (mean similarity of two of its articles), the articles being unit vectors.
  const restInner = (restSquared - rest) / (rest * (rest - 1));
  return meanAcross < (options.splitRatio * (inner + restInner)) / 2 ? { positions, sum } : null;
}

/**
 * The positions of the recent articles on the newest one's side (the newest included, in order): the recent article
 * least similar to the newest seeds the other side, and every other one goes to the seed it is more similar to. A
 * fixed similarity cut would put two events of one kind on one side, their articles being close to each other too.
 */
function groupOfNewest(recent: readonly WorkingMember[]): number[] {
  const last = recent.length - 1;
  const newest = recent[last]!;
  const toNewest: number[] = [];
  let far = -1;
  for (let i = 0; i < last; i++) {
    toNewest.push(dot(newest.vector, recent[i]!.vector));
    if (far < 0 || toNewest[i]! < toNewest[far]!) far = i;
  }
  const positions: number[] = [];
  for (let i = 0; i < last; i++) if (i !== far && toNewest[i]! > dot(recent[far]!.vector, recent[i]!.vector)) positions.push(i);
  positions.push(last);
  return positions;
}

function meanInnerSimilarity(group: readonly WorkingMember[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      sum += dot(group[i]!.vector, group[j]!.vector);
      pairs += 1;
    }
  }
  return sum / pairs;
}

function sumOf(group: readonly WorkingMember[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const { vector } of group) for (const key of vector.keys()) sum.set(key, (sum.get(key) ?? 0) + vector.get(key)!);
  return sum;
}
