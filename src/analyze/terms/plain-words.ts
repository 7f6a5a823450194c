// Word splitters for jobs that want plain letter runs rather than the token table's words: ROUGE-like
// grams for the summary's objective, whole-word order checks, quote wording. They live here so every
// stage splits text the same way and language stays analyze's.

/** Lower-cased runs of letters and digits: the words of a text, function words included ("U.S." gives "u", "s"). */
export function readPlainWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower-cased words with inner apostrophes, dots and hyphens kept ("u.s.", "four-hour", "don't"). */
export function readJoinedWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Quote text compared across sources: quote marks and spaces normalized, lower-cased, words only. */
export function readQuoteWords(text: string): string[] {
  return (
    text
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‘’‚‛′]/g, "'")
      .toLowerCase()
      .replace(/(\p{L})-(\p{L})/gu, '$1$2')
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}
