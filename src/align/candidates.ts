import { compareProfiled, profileUnit, type UnitMatch } from './similarity.js';
import type { TermWeights } from './weights.js';
import type { TextUnit } from './units.js';

/** Limits for a pair of units to count as reporting the same thing. */
export interface PairLimits {
  /** Minimum idf-weighted overlap score. */
  readonly minScore: number;
  /** Minimum number of shared content terms. */
  readonly minShared: number;
  /** Minimum number of shared terms that are not names. */
  readonly minSharedContent: number;
}

// A term in more units than this is too common to suggest a pair on its own: with it, two long sources of
// one story would make every pair of their sentences a candidate (time and memory grow with the square).
// News stories stay far below it, so their pairs do not change; pairs still count the term when compared.
const MAX_POSTINGS = 300;

/** The first position in an ascending list holding a value at least `value`. */
function firstAtLeast(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Pairs of units from different sources that pass the limits, best first (ties by unit order). */
export function findCandidatePairs(units: readonly TextUnit[], weights: TermWeights, limits: PairLimits): UnitMatch[] {
  const postings = new Map<string, number[]>();
  for (const unit of units) {
    for (const term of unit.terms) {
      const list = postings.get(term);
      if (list) list.push(unit.index);
      else postings.set(term, [unit.index]);
    }
  }
  // Units come in source order: the units of later sources start after the last unit of this one.
  const nextSource = new Array<number>(units.length);
  for (let i = units.length - 1; i >= 0; i--) {
    nextSource[i] = i + 1 < units.length && units[i + 1]!.source !== units[i]!.source ? i + 1 : i + 1 < units.length ? nextSource[i + 1]! : units.length;
  }
  const profiles = units.map((unit) => profileUnit(unit, weights));
  const matches: UnitMatch[] = [];
  // Shared-term counts per other unit, and the units touched (cheaper than a Map at thousands of units).
  const counts = new Int32Array(units.length);
  const touched: number[] = [];
  for (const unit of units) {
    touched.length = 0;
    const from = nextSource[unit.index]!;
    for (const term of unit.terms) {
      const list = postings.get(term)!;
      if (list.length > MAX_POSTINGS) continue;
      for (let k = firstAtLeast(list, from); k < list.length; k++) {
        const other = list[k]!;
        const seen = counts[other]!;
        counts[other] = seen + 1;
        if (seen === 0) touched.push(other);
      }
    }
    for (const other of touched) {
      const count = counts[other]!;
      counts[other] = 0;
      if (count < limits.minShared) continue;
      const match = compareProfiled(unit, profiles[unit.index]!, units[other]!, profiles[other]!, weights);
      if (match.score >= limits.minScore && match.sharedContent >= limits.minSharedContent) matches.push(match);
    }
  }
  return matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
