const MAX_TERMS = 12;

/** Shortest last word searched as a prefix ("bag" finds "Baghdad"); a shorter one must match a whole word. */
export const MIN_PREFIX_CHARS = 3;

/** The words of what a user typed (letters and digits only, NFKC), at most 12: no query syntax survives. */
export function searchTerms(input: string): string[] {
  return (
    input
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_TERMS) ?? []
  );
}

/**
 * Turns what a user typed into a safe FTS5 query: words only, each quoted, all required, the last one a prefix
 * when it has at least MIN_PREFIX_CHARS characters (a one-letter prefix matches nearly every article).
 * Returns null when nothing searchable is left. FTS5 syntax in user input (quotes, AND, NEAR, column:) is never passed through.
 */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  const prefix = (term: string, i: number) => i === terms.length - 1 && [...term].length >= MIN_PREFIX_CHARS;
  return terms.map((term, i) => `"${term}"${prefix(term, i) ? '*' : ''}`).join(' ');
}

/**
 * The same query for PostgreSQL's to_tsquery: words only (so no operator, quote or weight survives), all required
 * (`&`), the last one a prefix (`:*`) when it has at least MIN_PREFIX_CHARS characters; each word is stemmed by the
 * text-search configuration. Null when nothing is left.
 */
export function toTsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  const prefix = (term: string, i: number) => i === terms.length - 1 && [...term].length >= MIN_PREFIX_CHARS;
  return terms.map((term, i) => `${term}${prefix(term, i) ? ':*' : ''}`).join(' & ');
}
