import type { ArticleLanguage } from '../model/index.js';

// The most frequent English function words: in English news they are 35-50% of all words.
const ENGLISH = new Set(
  'the of and to a in is that for it on was with as he said by at his be are from this have has an not they but were had which or who will their been its would there after more about said'.split(
    ' ',
  ),
);

/** Options for `detectLanguage` and `looksEnglish`. */
export interface LanguageOptions {
  /** Fewest words before a judgment is made. */
  readonly minWords: number;
  /** Lowest share of common English function words for English text. */
  readonly minShare: number;
}

/** Default options for language detection: judge from 40 words; English from an 8% share. */
export const DEFAULT_LANGUAGE_OPTIONS: LanguageOptions = { minWords: 40, minShare: 0.08 };

/** Share of common English function words among the text's words, or null when it is too short to judge. */
export function englishShare(text: string, options: LanguageOptions = DEFAULT_LANGUAGE_OPTIONS): number | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < options.minWords) return null;
  let hits = 0;
  for (const word of words) if (ENGLISH.has(word)) hits++;
  return hits / words.length;
}

/** A text's language judged by its English share: "en", "other", or null when it is too short to judge. */
export function detectLanguage(text: string, options: LanguageOptions = DEFAULT_LANGUAGE_OPTIONS): { language: ArticleLanguage | null; share: number | null } {
  const share = englishShare(text, options);
  return { language: share === null ? null : share >= options.minShare ? 'en' : 'other', share };
}

/** False when a text long enough to judge does not read as English. */
export function looksEnglish(text: string, options: LanguageOptions = DEFAULT_LANGUAGE_OPTIONS): boolean {
  return detectLanguage(text, options).language !== 'other';
}
