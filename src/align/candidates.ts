import { compareUnits, type UnitMatch } from './similarity.js';
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
  const matches: UnitMatch[] = [];
  const counts = new Map<number, number>();
  for (const unit of units) {
    counts.clear();
    for (const term of unit.terms) {
      const list = postings.get(term) ?? [];
      if (list.length > MAX_POSTINGS) continue;
      for (const other of list) {
        if (other <= unit.index || units[other]!.source === unit.source) continue;
        counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    for (const [other, count] of counts) {
      if (count < limits.minShared) continue;
      const match = compareUnits(unit, units[other]!, weights);
      if (match.score >= limits.minScore && match.sharedContent >= limits.minSharedContent) matches.push(match);
    }
  }
  return matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
