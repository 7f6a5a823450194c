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

/** Compares two units by the weight of their shared terms. */
export function compareUnits(a: TextUnit, b: TextUnit, weights: TermWeights): UnitMatch {
  const other = new Set(b.terms);
  const shared = a.terms.filter((term) => other.has(term));
  const weightA = weighTerms(a.terms, weights);
  const weightB = weighTerms(b.terms, weights);
  const weightShared = weighTerms(shared, weights);
  const score = weightA > 0 && weightB > 0 ? weightShared / Math.sqrt(weightA * weightB) : 0;
  const lighter = Math.min(weightA, weightB);
  const sharedContent = shared.filter((term) => !weights.names.has(term)).length;
  return { a: a.index, b: b.index, score, containment: lighter > 0 ? weightShared / lighter : 0, shared, sharedContent };
}
