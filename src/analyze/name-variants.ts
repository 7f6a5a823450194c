import { distance } from 'fastest-levenshtein';
import { lookupLexicon } from './compromise.js';

/**
 * Two lower-cased words of names that are one name spelled two ways ("rait" and "raite", "karolos" and "carolos",
 * "helmsley" and "helmsey"): an edit apart (two in words of six letters or more), neither a word the lexicon knows
 * and not a word and its plural ("gusto" and "gustos"; "centre" and "center", "advisers" and "advisors" are known words).
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  if (distance(a, b) > (Math.min(a.length, b.length) >= 6 ? 2 : 1)) return false;
  if (lookupLexicon(a) !== null || lookupLexicon(b) !== null) return false;
  return !isPluralOf(a, b) && !isPluralOf(b, a);
}

const isPluralOf = (word: string, other: string): boolean => other === `${word}s` || other === `${word}es`;

/** The initials of a name's words, lower-cased ("National Football League" → "nfl"); of-words and articles skipped. */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => !/^(?:of|the|and|for|&)$/.test(word))
    .map((word) => word[0] ?? '')
    .join('');
}
