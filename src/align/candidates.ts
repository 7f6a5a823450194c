import { finishMatch, MAX_BONUS, type UnitMatch } from './similarity.js';
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
// Past this many units (some 200 articles; the news stories of the test sets stay under 700) the cap falls as
// the story grows, to MIN_POSTINGS at three times the size: with a fixed cap each unit of a story of a thousand
// articles still scans hundreds of units for each of its common terms, and the cost per article grows.
const LARGE_STORY_UNITS = 3000;
const MIN_POSTINGS = 100;
const BOUND_MARGIN = 1e-9;

/** The most units a term may be in and still suggest pairs, for a story of `units` units. */
export function postingsCap(units: number): number {
  return units <= LARGE_STORY_UNITS ? MAX_POSTINGS : Math.max(MIN_POSTINGS, Math.floor((MAX_POSTINGS * LARGE_STORY_UNITS) / units));
}

/** Pairs of units from different sources that pass the limits, best first (ties by unit order). */
export function findCandidatePairs(units: readonly TextUnit[], weights: TermWeights, limits: PairLimits): UnitMatch[] {
  return sortMatches(findMatchingPairs(units, weights, limits));
}

/** Best first, ties by unit order (a total order: one match per pair of units). */
export function sortMatches(matches: UnitMatch[]): UnitMatch[] {
  return matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/** The pairs `findCandidatePairs` finds, unsorted (sorting a subset later costs less than sorting them all). */
export function findMatchingPairs(units: readonly TextUnit[], weights: TermWeights, limits: PairLimits): UnitMatch[] {
  // Terms as small integers, and the units of each term in unit order, all in one typed array (term by term).
  const ids = new Map<string, number>();
  const termCounts: number[] = [];
  let postingCount = 0;
  const termIds = units.map((unit) => {
    // Filled by index: TypedArray.from walks its source through the iterator protocol, an object per term.
    const own = new Int32Array(unit.terms.length);
    const terms = unit.terms;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      let id = ids.get(term);
      if (id === undefined) {
        id = termCounts.length;
        ids.set(term, id);
        termCounts.push(0);
      }
      termCounts[id] = termCounts[id]! + 1;
      own[k] = id;
    }
    postingCount += terms.length;
    return own;
  });
  const termTotal = termCounts.length;
  // The postings of term t are postings[postingStart[t]] to postings[postingStart[t + 1]] (exclusive).
  const postingStart = new Int32Array(termTotal + 1);
  for (let t = 0; t < termTotal; t++) postingStart[t + 1] = postingStart[t]! + termCounts[t]!;
  const postings = new Int32Array(postingCount);
  // Per term, the first posting at or after the current unit's next source (it only moves forward); first the fill position.
  const cursor = postingStart.slice(0, termTotal);
  for (let u = 0; u < units.length; u++) {
    for (const id of termIds[u]!) {
      postings[cursor[id]!] = units[u]!.index;
      cursor[id] = cursor[id]! + 1;
    }
  }
  cursor.set(postingStart.subarray(0, termTotal));
  // Units come in source order (one document's units together): the later sources start after this one's last unit.
  const nextSource = new Int32Array(units.length);
  for (let i = units.length - 1; i >= 0; i--) {
    nextSource[i] = i + 1 >= units.length ? units.length : units[i + 1]!.source !== units[i]!.source ? i + 1 : nextSource[i + 1]!;
  }
  // What compareProfiled's unit profiles hold, by term id: each term's weight, whether it is a figure or a name.
  const termWeight = new Float64Array(termTotal);
  const isFigureTerm = new Uint8Array(termTotal);
  ids.forEach((id, term) => {
    termWeight[id] = weights.weight.get(term) ?? 0;
    isFigureTerm[id] = /^\d/.test(term) ? 1 : 0;
  });
  // The same sums as weighTerms over the non-figure terms, in the same order.
  const unitWeight = termIds.map((own) => {
    let sum = 0;
    for (const id of own) if (isFigureTerm[id] === 0) sum += termWeight[id]!;
    return sum;
  });
  // The current unit's terms, marked with its index + 1: a pair's shared weight is summed over term ids.
  const mark = new Int32Array(termTotal);
  const isNameTerm = new Uint8Array(termTotal);
  ids.forEach((id, term) => (isNameTerm[id] = weights.names.has(term) ? 1 : 0));
  const matches: UnitMatch[] = [];
  // Shared-term counts and weights per other unit, and the units touched (cheaper than a Map at thousands of units).
  const counts = new Int32Array(units.length);
  const sharedWeight = new Float64Array(units.length);
  const touched: number[] = [];
  const cap = postingsCap(units.length);
  for (const unit of units) {
    touched.length = 0;
    const stamp = unit.index + 1;
    for (const id of termIds[unit.index]!) mark[id] = stamp;
    const from = nextSource[unit.index]!;
    // The weight of this unit's terms too common to scan: a pair may share them without their being counted.
    let unscanned = 0;
    for (const id of termIds[unit.index]!) {
      const end = postingStart[id + 1]!;
      if (end - postingStart[id]! > cap) {
        unscanned += termWeight[id]!;
        continue;
      }
      let k = cursor[id]!;
      while (k < end && postings[k]! < from) k++;
      cursor[id] = k;
      for (; k < end; k++) {
        const other = postings[k]!;
        const seen = counts[other]!;
        counts[other] = seen + 1;
        sharedWeight[other] = sharedWeight[other]! + termWeight[id]!;
        if (seen === 0) touched.push(other);
      }
    }
    for (const other of touched) {
      const count = counts[other]!;
      const bound = sharedWeight[other]! + unscanned;
      counts[other] = 0;
      sharedWeight[other] = 0;
      if (count < limits.minShared) continue;
      // No pair whose shared weight, counted generously, cannot reach minScore is compared: compareProfiled would
      // return null for it (the margin covers sums taken in another order).
      const weightA = unitWeight[unit.index]!;
      const weightB = unitWeight[other]!;
      if (weightA > 0 && weightB > 0 && bound / Math.sqrt(weightA * weightB) + MAX_BONUS < limits.minScore - BOUND_MARGIN) continue;
      // compareProfiled's own test first, on term ids: the shared terms in the other unit's order are in this
      // unit's order too (both sorted), so the weight is the same sum; only pairs that pass it are compared.
      const otherIds = termIds[other]!;
      let weightShared = 0;
      let sharedCount = 0;
      let sharedContent = 0;
      for (const id of otherIds) {
        if (mark[id] !== stamp) continue;
        weightShared += termWeight[id]!;
        sharedCount++;
        if (isNameTerm[id] === 0) sharedContent++;
      }
      if (weightA > 0 && weightB > 0 ? weightShared / Math.sqrt(weightA * weightB) + MAX_BONUS < limits.minScore : 0 < limits.minScore) continue;
      // The rest of compareProfiled: the shared terms as strings, the word-pair bonus and the scores.
      const otherTerms = units[other]!.terms;
      const shared: string[] = new Array(sharedCount);
      for (let k = 0, n = 0; n < sharedCount; k++) if (mark[otherIds[k]!] === stamp) shared[n++] = otherTerms[k]!;
      const match = finishMatch(unit, units[other]!, weightA, weightB, weightShared, shared, sharedContent);
      if (match.score >= limits.minScore && match.sharedContent >= limits.minSharedContent) matches.push(match);
    }
  }
  return matches;
}
