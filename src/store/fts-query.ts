const MAX_TERMS = 12;

/**
 * Turns what a user typed into a safe FTS5 query: words only, each quoted, all required, the last one a prefix.
 * Returns null when nothing searchable is left. FTS5 syntax in user input (quotes, AND, NEAR, column:) is never passed through.
 */
export function toFtsQuery(input: string): string | null {
  const terms =
    input
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_TERMS) ?? [];
  if (terms.length === 0) return null;
  return terms.map((term, i) => `"${term}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}
