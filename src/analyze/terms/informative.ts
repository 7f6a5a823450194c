import type { TermToken } from './terms.js';

const BOILERPLATE =
  /copyright|all rights reserved|advertisement|photo credit|click here|sign up|subscribe|follow us|contributed to this report|newsletter|cookies|javascript|©|getty images|associated press contributed|this story has been|reporting by|editing by|\bcaption\b|watch live|share this/i;

const WORD = /[\p{L}\p{N}]+/gu;

/** True when the text has at least `count` runs of letters and digits (counted up to `count`, no array of them). */
function hasWords(text: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.exec(text) !== null) found++;
  return found >= count;
}

/** True for a headline-style span: no final stop, and most longer words capitalized. */
export function isTitleCase(text: string, tokens: readonly TermToken[], base: number): boolean {
  if (/[.!?]["'”’)]*\s*$/.test(text)) return false;
  const long = tokens.filter((token) => token.end - token.start > 3);
  const capitalized = long.filter((token) => /^\p{Lu}/u.test(text.slice(token.start - base, token.end - base)));
  return long.length > 0 && capitalized.length / long.length >= 0.6;
}

/**
 * True when a span reads as a statement worth listing as a fact: long enough, not a headline, question or
 * boilerplate. `whole` says the span is a whole sentence (only a sentence can be told from a headline).
 */
export function isInformative(text: string, tokens: readonly TermToken[], base: number, whole = true): boolean {
  if (tokens.length < 3) return false;
  if (!hasWords(text, 6)) return false;
  if (/\?["'”’)]*$/.test(text.trim())) return false;
  if (BOILERPLATE.test(text)) return false;
  return !(whole && isTitleCase(text, tokens, base));
}
