import { stemRougeToken } from './porter-stemmer.js';

/** Keeps the first `maxWords` whitespace-separated words of a text, joined by single spaces. */
export function cutToWords(text: string, maxWords: number): string {
  if (!Number.isInteger(maxWords) || maxWords < 0) {
    throw new TypeError(`cutToWords: expected a non-negative integer maxWords, got ${String(maxWords)}`);
  }
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  return words.slice(0, maxWords).join(' ');
}

/**
 * Lower-cases A-Z only and turns every character outside [a-z0-9] into a space, as the protocol
 * and ROUGE-1.5.5 do (a Unicode lower-casing would turn "İ" into an ASCII "i").
 */
export function normalizeForRouge(text: string): string {
  return text
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Tokens exactly as ROUGE-1.5.5 scores them: optional word cut, normalization, optional stemming. */
export function tokenizeForRouge(text: string, options: { readonly maxWords: number | null; readonly stem: boolean }): string[] {
  const cut = options.maxWords === null ? text : cutToWords(text, options.maxWords);
  const normalized = normalizeForRouge(cut);
  if (normalized.length === 0) return [];
  const tokens = normalized.split(' ');
  return options.stem ? tokens.map(stemRougeToken) : tokens;
}
