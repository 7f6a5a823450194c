// The most frequent English function words: in English news they are 35-50% of all words.
const ENGLISH = new Set(
  'the of and to a in is that for it on was with as he said by at his be are from this have has an not they but were had which or who will their been its would there after more about said'.split(' '),
);

/** Options for `looksEnglish`. */
export interface LanguageOptions {
  /** Fewest words before a judgment is made. */
  readonly minWords: number;
  /** Lowest share of common English function words for English text. */
  readonly minShare: number;
}

export const DEFAULT_LANGUAGE_OPTIONS: LanguageOptions = { minWords: 40, minShare: 0.08 };

/** Share of common English function words among the text's words, or null when it is too short to judge. */
export function englishShare(text: string, options: LanguageOptions = DEFAULT_LANGUAGE_OPTIONS): number | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < options.minWords) return null;
  let hits = 0;
  for (const word of words) if (ENGLISH.has(word)) hits++;
  return hits / words.length;
}

/** False when a text long enough to judge does not read as English. */
export function looksEnglish(text: string, options: LanguageOptions = DEFAULT_LANGUAGE_OPTIONS): boolean {
  const share = englishShare(text, options);
  return share === null || share >= options.minShare;
}
