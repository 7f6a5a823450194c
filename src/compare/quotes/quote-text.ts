import { readQuoteWords as quoteWords, readTermTokens, termOfWord } from '../../analyze/index.js';

/** Content terms of a quote. */
export function quoteTerms(text: string): Set<string> {
  return new Set(readTermTokens(text).map((token) => token.term));
}

/** Length of the longest run of words two quotes share. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const saved = previous[j]!;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (previous[j]! > best) best = previous[j]!;
      diagonal = saved;
    }
  }
  return best;
}

/** How two quotes relate: the same words (one may be cut shorter), another wording of the same quote, or unrelated. */
export type QuoteRelation = 'same' | 'variant' | 'unrelated';

/** Word pairs of a longest common subsequence of two word lists, in order. */
function alignWords(wordsA: readonly string[], wordsB: readonly string[]): [number, number][] {
  const table: number[][] = Array.from({ length: wordsA.length + 1 }, () => new Array<number>(wordsB.length + 1).fill(0));
  for (let i = wordsA.length - 1; i >= 0; i--) {
    for (let j = wordsB.length - 1; j >= 0; j--) {
      table[i]![j] = wordsA[i] === wordsB[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < wordsA.length && j < wordsB.length; ) {
    if (wordsA[i] === wordsB[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** A quote read once for comparisons: its words and content terms. */
export interface PreparedQuote {
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
  /** How many times each word occurs. */
  readonly counts: ReadonlyMap<string, number>;
  readonly terms: ReadonlySet<string>;
}

/** Reads a quote for `relatePrepared`. */
export function prepareQuote(text: string): PreparedQuote {
  const words = quoteWords(text);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { words, wordSet: new Set(counts.keys()), counts, terms: quoteTerms(text) };
}

/** Compares two prepared quotes word by word. */
export function relatePrepared(a: PreparedQuote, b: PreparedQuote): QuoteRelation {
  const shorter = Math.min(a.words.length, b.words.length);
  if (shorter === 0) return 'unrelated';
  // Cheap screen before the quadratic comparisons: quotes that share few words are unrelated.
  let sharedWords = 0;
  for (const word of a.wordSet) if (b.wordSet.has(word)) sharedWords++;
  if (sharedWords < Math.min(3, Math.min(a.wordSet.size, b.wordSet.size))) return 'unrelated';
  // The shared run and the aligned words are at most the words both quotes hold, counted with repeats: when that
  // bound cannot pass a test, its quadratic comparison is skipped (most candidate pairs of a large story).
  let common = 0;
  for (const [word, count] of a.counts) common += Math.min(count, b.counts.get(word) ?? 0);
  if (common >= Math.min(shorter, Math.max(5, 0.6 * shorter))) {
    const run = longestSharedRun(a.words, b.words);
    if (run === shorter) return 'same';
    if (run >= Math.max(5, 0.6 * shorter)) return 'variant';
  }
  const aligned = Math.max(4, 0.75 * shorter);
  if (shorter <= 40 && sharedWords >= 4 && common >= aligned && alignWords(a.words, b.words).length >= aligned) return 'variant';
  // Counted in place: no array or set per candidate pair (the union is both sizes less the shared terms).
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  const union = a.terms.size + b.terms.size - shared;
  return shared >= 4 && shared / union >= 0.6 ? 'variant' : 'unrelated';
}

/** Compares two quotes word by word. */
export function relateQuotes(a: string, b: string): QuoteRelation {
  return relatePrepared(prepareQuote(a), prepareQuote(b));
}

/**
 * Content words each quote has that the other lacks, inside the stretch both quote (a quote cut shorter is
 * not a different wording): "As you surely know, among diplomats you don't need" against "You know
 * diplomacy ... You don't need" gives ["sureli", "diplomat"] and ["diplomaci"].
 */
export function diffInnerWords(a: string, b: string): [string[], string[]] {
  const wordsA = quoteWords(a);
  const wordsB = quoteWords(b);
  const pairs = alignWords(wordsA, wordsB);
  // No word in common (two quotes grouped through a third): no stretch both quote, so no inner difference.
  if (pairs.length === 0) return [[], []];
  // A lone match far from the others ("the" ten words away) does not stretch the shared part.
  let first = 0;
  let last = pairs.length - 1;
  const far = (x: [number, number], y: [number, number]): boolean => y[0] - x[0] > 4 || y[1] - x[1] > 4;
  while (first < last && far(pairs[first]!, pairs[first + 1]!)) first++;
  while (last > first && far(pairs[last - 1]!, pairs[last]!)) last--;
  const anchored = pairs.slice(first, last + 1);
  const inner = (words: readonly string[], side: 0 | 1): string[] => {
    const kept = new Set(pairs.map((pair) => pair[side]));
    const terms: string[] = [];
    for (let k = anchored[0]![side]; k <= anchored[anchored.length - 1]![side]; k++) {
      if (kept.has(k)) continue;
      const term = termOfWord(words[k]!, words[k]!);
      if (term !== null) terms.push(term);
    }
    return terms;
  };
  const onlyA = inner(wordsA, 0);
  const onlyB = inner(wordsB, 1);
  const common = new Set(onlyA.filter((term) => onlyB.includes(term)));
  return [onlyA.filter((term) => !common.has(term)), onlyB.filter((term) => !common.has(term))];
}
