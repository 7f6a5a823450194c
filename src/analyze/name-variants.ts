import { lookupLexicon } from './compromise.js';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Two lower-cased words of names that are one name spelled two ways ("rait" and "raite", "karolos" and "carolos",
 * "helmsley" and "helmsey"): an edit apart (two in words of six letters or more), neither a word the lexicon knows
 * and not a word and its plural ("gusto" and "gustos"; "centre" and "center", "advisers" and "advisors" are known words).
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  if (editDistance(a, b) > (Math.min(a.length, b.length) >= 6 ? 2 : 1)) return false;
  if (lookupLexicon(a) !== null || lookupLexicon(b) !== null) return false;
  return ![a, b].some((word) => [`${word}s`, `${word}es`].includes(word === a ? b : a));
}

/** The initials of a name's words, lower-cased ("National Football League" → "nfl"); of-words and articles skipped. */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => !/^(?:of|the|and|for|&)$/.test(word))
    .map((word) => word[0] ?? '')
    .join('');
}
