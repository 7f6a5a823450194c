const MAX_TERMS = 12;

/** Shortest last word searched as a prefix ("bag" finds "Baghdad"); a shorter one must match a whole word. */
export const MIN_PREFIX_CHARS = 3;

/**
 * Turns what a user typed into a safe FTS5 query: words only, each quoted, all required, the last one a prefix
 * when it has at least MIN_PREFIX_CHARS characters (a one-letter prefix matches nearly every article).
 * Returns null when nothing searchable is left. FTS5 syntax in user input (quotes, AND, NEAR, column:) is never passed through.
 */
export function toFtsQuery(input: string): string | null {
  const terms =
    input
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_TERMS) ?? [];
  if (terms.length === 0) return null;
  const prefix = (term: string, i: number) => i === terms.length - 1 && [...term].length >= MIN_PREFIX_CHARS;
  return terms.map((term, i) => `"${term}"${prefix(term, i) ? '*' : ''}`).join(' ');
}
