import { readTermTokens } from '../align/index.js';

/** Quote text compared across sources: quote marks and spaces normalized, lower-cased, words only. */
export function quoteWords(text: string): string[] {
  return (
    text
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‘’‚‛′]/g, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

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

/** Compares two quotes word by word. */
export function relateQuotes(a: string, b: string): QuoteRelation {
  const wordsA = quoteWords(a);
  const wordsB = quoteWords(b);
  const shorter = Math.min(wordsA.length, wordsB.length);
  if (shorter === 0) return 'unrelated';
  const run = longestSharedRun(wordsA, wordsB);
  if (run === shorter) return 'same';
  if (run >= 4 && run >= 0.5 * shorter) return 'variant';
  const termsA = quoteTerms(a);
  const termsB = quoteTerms(b);
  const shared = [...termsA].filter((term) => termsB.has(term)).length;
  const union = new Set([...termsA, ...termsB]).size;
  return shared >= 4 && shared / union >= 0.6 ? 'variant' : 'unrelated';
}
