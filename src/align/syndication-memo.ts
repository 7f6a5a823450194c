import type { AnalyzedDocument, Syndication } from '../model/index.js';
import { isKeptDocument, keptPairMemo, type KeptPairMemo } from '../analyze/index.js';

/** How `findPairsWithMemo` finds and compares pairs of texts (syndication.ts's functions, under one set of options). */
export interface PairFinder<T extends { readonly doc: AnalyzedDocument }> {
  /** For each text, the later texts that may share enough copy with it, ascending (all pairs through an index). */
  candidatesOfAll(): readonly (readonly number[])[];
  /** The same test for one pair, on the two texts alone. */
  isCandidate(a: T, b: T): boolean;
  compare(a: T, b: T): Syndication | null;
}

// Comparisons by options (shingle size and limits), a few sets at most: each is a pair memo of kept documents.
const MAX_OPTION_SETS = 8;
const memos = new Map<string, KeptPairMemo<Syndication | null>>();

function memoFor(key: string): KeptPairMemo<Syndication | null> {
  let memo = memos.get(key);
  if (!memo) {
    if (memos.size >= MAX_OPTION_SETS) memos.clear();
    memos.set(key, (memo = keptPairMemo()));
  }
  return memo;
}

// When more pairs than this many per text are new, one index over all texts finds their candidates faster than a
// test per pair (a first briefing, a story of fresh documents); a re-brief after one added article tests its pairs.
const PAIRS_PER_TEXT_FOR_INDEX = 2;

/**
 * The syndicated pairs of `texts` in source order (for each text, its later texts in order): a pair of two kept
 * documents is taken from the memo when compared before in this order under the same options (`key`), else compared
 * and kept. The same pairs, in the same order, as comparing every candidate pair: a pair's result depends on its two
 * texts alone. Kept results are frozen (shared between briefings).
 */
export function findPairsWithMemo<T extends { readonly doc: AnalyzedDocument }>(texts: readonly T[], key: string, finder: PairFinder<T>): Syndication[] {
  const n = texts.length;
  // No kept document (a one-off briefing): nothing to find or keep, every candidate pair is compared.
  if (!texts.some((text) => isKeptDocument(text.doc))) {
    const pairs: Syndication[] = [];
    finder.candidatesOfAll().forEach((others, i) => {
      for (const j of others) {
        const pair = finder.compare(texts[i]!, texts[j]!);
        if (pair) pairs.push(pair);
      }
    });
    return pairs;
  }
  const memo = memoFor(key);
  // Known results, row by row (pair i < j at offset(i) + j - i - 1); undefined where not kept.
  const known: (Syndication | null | undefined)[] = [];
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const a = texts[i]!.doc;
    for (let j = i + 1; j < n; j++) {
      const result = memo.get(a, texts[j]!.doc);
      if (result === undefined) missing++;
      known.push(result);
    }
  }
  const lists = missing > PAIRS_PER_TEXT_FOR_INDEX * n ? finder.candidatesOfAll() : null;
  const pairs: Syndication[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const a = texts[i]!;
    const list = lists?.[i];
    let next = 0;
    for (let j = i + 1; j < n; j++, at++) {
      let result = known[at];
      if (list) while (next < list.length && list[next]! < j) next++;
      if (result === undefined) {
        const b = texts[j]!;
        const candidate = list ? list[next] === j : finder.isCandidate(a, b);
        result = memo.set(a.doc, b.doc, candidate ? freeze(finder.compare(a, b)) : null);
      }
      if (result) pairs.push(result);
    }
  }
  return pairs;
}

function freeze(pair: Syndication | null): Syndication | null {
  if (!pair) return null;
  Object.freeze(pair.sources);
  Object.freeze(pair.passages);
  return Object.freeze(pair);
}
