import type { TextUnit } from './units.js';
import type { TermWeights } from './weights.js';

/** How two units compare: shared terms and a weighted overlap score. */
export interface UnitMatch {
  readonly a: number;
  readonly b: number;
  /** Weight of shared terms normalised by both units' weight (weighted Ochiai), 0..1. */
  readonly score: number;
  /** Shared weight over the lighter unit's weight, 0..1. */
  readonly containment: number;
  readonly shared: readonly string[];
  /** Shared terms that are not names. */
  readonly sharedContent: number;
}

/** Sum of the weights of the terms. */
export function weighTerms(terms: readonly string[], weights: TermWeights): number {
  let sum = 0;
  for (const term of terms) sum += weights.weight.get(term) ?? 0;
  return sum;
}

const isFigure = (term: string): boolean => /^\d/.test(term);
const BIGRAM_BONUS = 0.05;
/** The most the word-pair bonus adds to a score. */
export const MAX_BONUS = BIGRAM_BONUS * 2;

/** Shared word pairs, counted up to `most` (the bonus counts no more). */
function countSharedBigrams(a: TextUnit, b: TextUnit, most: number): number {
  let count = 0;
  for (const bigram of a.bigrams) if (b.bigrams.has(bigram) && ++count >= most) break;
  return count;
}

/** What comparing a unit needs, computed once per unit: its terms as a set, their weights and the weight of its non-figure terms. */
export interface UnitProfile {
  readonly termSet: ReadonlySet<string>;
  /** Per term of `unit.terms`: its weight (0 when unweighted), and whether it is a name. */
  readonly termWeights: Float64Array;
  readonly isName: Uint8Array;
  readonly weight: number;
}

/** The profile of a unit under the story's weights. */
export function profileUnit(unit: TextUnit, weights: TermWeights): UnitProfile {
  // Filled by index: TypedArray.from walks its source through the iterator protocol, an object per term.
  const termWeights = new Float64Array(unit.terms.length);
  const isName = new Uint8Array(unit.terms.length);
  unit.terms.forEach((term, k) => {
    termWeights[k] = weights.weight.get(term) ?? 0;
    isName[k] = weights.names.has(term) ? 1 : 0;
  });
  return {
    termSet: new Set(unit.terms),
    termWeights,
    isName,
    weight: weighTerms(
      unit.terms.filter((term) => !isFigure(term)),
      weights,
    ),
  };
}

/**
 * Compares two units by the weight of their shared terms. A shared figure adds to the score but a figure
 * only one unit has costs nothing: two accounts of one fact that differ on a number must still meet.
 */
export function compareUnits(a: TextUnit, b: TextUnit, weights: TermWeights): UnitMatch {
  return compareProfiled(a, profileUnit(a, weights), b, profileUnit(b, weights));
}

/** `compareUnits` with the units' profiles computed beforehand (the same result, summed in the same order). */
export function compareProfiled(a: TextUnit, profileA: UnitProfile, b: TextUnit, profileB: UnitProfile): UnitMatch;
/** The same, or null as soon as the score cannot reach `minScore` (the word-pair bonus is counted only when it can matter). */
export function compareProfiled(a: TextUnit, profileA: UnitProfile, b: TextUnit, profileB: UnitProfile, minScore: number): UnitMatch | null;
export function compareProfiled(a: TextUnit, profileA: UnitProfile, b: TextUnit, profileB: UnitProfile, minScore = -Infinity): UnitMatch | null {
  let weightShared = 0;
  let sharedContent = 0;
  let sharedCount = 0;
  for (let i = 0; i < a.terms.length; i++) {
    if (!profileB.termSet.has(a.terms[i]!)) continue;
    sharedCount++;
    weightShared += profileA.termWeights[i]!;
    if (profileA.isName[i] === 0) sharedContent++;
  }
  const weightA = profileA.weight;
  const weightB = profileB.weight;
  if (weightA > 0 && weightB > 0 ? weightShared / Math.sqrt(weightA * weightB) + MAX_BONUS < minScore : 0 < minScore) return null;
  // The shared terms are listed only for a pair that may pass (most candidate pairs stop above).
  const shared: string[] = new Array(sharedCount);
  for (let i = 0, k = 0; k < sharedCount; i++) if (profileB.termSet.has(a.terms[i]!)) shared[k++] = a.terms[i]!;
  return finishMatch(a, b, weightA, weightB, weightShared, shared, sharedContent);
}

/**
 * The match of two units from their weights, the weight and list of their shared terms (in `a.terms` order) and how
 * many of those are not names: what `compareProfiled` returns once its score bound passes.
 */
export function finishMatch(
  a: TextUnit,
  b: TextUnit,
  weightA: number,
  weightB: number,
  weightShared: number,
  shared: string[],
  sharedContent: number,
): UnitMatch {
  // Shared word pairs ("stable, democratic Iraq" and "stable and democratic Iraq") break near-ties between paraphrases.
  const bonus = BIGRAM_BONUS * Math.min(2, countSharedBigrams(a, b, 2));
  const score = weightA > 0 && weightB > 0 ? Math.min(1, weightShared / Math.sqrt(weightA * weightB) + bonus) : 0;
  const lighter = Math.min(weightA, weightB);
  return { a: a.index, b: b.index, score, containment: lighter > 0 ? Math.min(1, weightShared / lighter) : 0, shared, sharedContent };
}
