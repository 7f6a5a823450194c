import type { UnitMatch } from './similarity.js';
import type { TextUnit } from './units.js';

/** A group of units from different sources, with the scores that joined them. */
export interface UnitGroup {
  /** Unit indexes, in unit order. */
  readonly members: readonly number[];
  /** Mean pairwise score of the members. */
  readonly cohesion: number;
  /** Per member: sum of its scores with the other members. */
  readonly centrality: readonly number[];
}

/**
 * Joins units best pair first (the pairs `canJoin` lets start a merge; every match counts as a link). Two groups merge only when they hold no source in common and every
 * pair across them scores at least `minLink`, so one long sentence cannot chain two different facts.
 */
export function groupUnits(
  units: readonly TextUnit[],
  matches: readonly UnitMatch[],
  minLink: number,
  canJoin: (match: UnitMatch) => boolean = () => true,
): UnitGroup[] {
  // Pair keys as numbers (lower index times the unit count plus the higher): no string per pair or per lookup.
  const scores = new Map<number, number>();
  const size = units.length;
  const key = (a: number, b: number): number => (a < b ? a * size + b : b * size + a);
  for (const match of matches) scores.set(key(match.a, match.b), match.score);
  const groupOf = units.map((unit) => unit.index);
  const members = new Map<number, number[]>(units.map((unit) => [unit.index, [unit.index]]));
  for (const match of matches) {
    const ga = groupOf[match.a]!;
    const gb = groupOf[match.b]!;
    if (ga === gb || !canJoin(match)) continue;
    const left = members.get(ga)!;
    const right = members.get(gb)!;
    const sources = new Set(left.map((index) => units[index]!.source));
    if (right.some((index) => sources.has(units[index]!.source))) continue;
    const linked = left.every((a) => right.every((b) => (scores.get(key(a, b)) ?? 0) >= minLink));
    if (!linked) continue;
    const merged = [...left, ...right].sort((a, b) => a - b);
    members.set(ga, merged);
    members.delete(gb);
    for (const index of right) groupOf[index] = ga;
  }
  const groups: UnitGroup[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const centrality = list.map((a) => list.reduce((sum, b) => sum + (a === b ? 0 : (scores.get(key(a, b)) ?? 0)), 0));
    const pairs = (list.length * (list.length - 1)) / 2;
    groups.push({ members: list, cohesion: centrality.reduce((sum, value) => sum + value, 0) / 2 / pairs, centrality });
  }
  return groups;
}
