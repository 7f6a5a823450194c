import { compareUnits, type UnitMatch } from './similarity.js';
import type { TextUnit } from './units.js';
import type { TermWeights } from './weights.js';

/**
 * A test for matches that do not tell which fact a clause reports: every word the clause shares with its match
 * it also shares with another clause of the match's source, and that clause says something else (the two do not
 * match each other at `minScore`). "That is why we issued an Amber Alert" shares "issued an Amber Alert" as much
 * with one source's Missouri alert as with its Tennessee alert: it is joined to neither, only the clauses' lengths
 * would choose. A source that says one thing twice is no ambiguity (its two clauses match each other).
 * `loose` are the candidate matches to look for the other clauses in (any direction).
 */
export function ambiguousMatchTest(
  units: readonly TextUnit[],
  weights: TermWeights,
  loose: readonly UnitMatch[],
  minScore: number,
): (match: UnitMatch) => boolean {
  const byUnit = new Map<number, UnitMatch[]>();
  for (const match of loose) {
    for (const index of [match.a, match.b]) {
      const list = byUnit.get(index);
      if (list) list.push(match);
      else byUnit.set(index, [match]);
    }
  }
  const restates = new Map<number, boolean>();
  const size = units.length;
  const sameFact = (x: number, y: number): boolean => {
    const key = x < y ? x * size + y : y * size + x;
    let found = restates.get(key);
    if (found === undefined) restates.set(key, (found = compareUnits(units[x]!, units[y]!, weights).score >= minScore));
    return found;
  };
  // `unit` matched `partner` on `shared`: does another clause of the partner's source share all of it?
  const unclear = (unit: number, partner: number, shared: ReadonlySet<string>): boolean => {
    const source = units[partner]!.source;
    for (const other of byUnit.get(unit) ?? []) {
      const rival = other.a === unit ? other.b : other.a;
      if (rival === partner || units[rival]!.source !== source || other.shared.length < shared.size) continue;
      const rivalShared = new Set(other.shared);
      if ([...shared].every((term) => rivalShared.has(term)) && !sameFact(partner, rival)) return true;
    }
    return false;
  };
  return (match) => {
    const shared = new Set(match.shared);
    return unclear(match.a, match.b, shared) || unclear(match.b, match.a, shared);
  };
}
