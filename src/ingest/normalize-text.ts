/**
 * Text as compared for duplicates: NFKC, typographic quotes and dashes folded, soft hyphens and zero-width
 * characters dropped, lower case, whitespace collapsed. Two inputs with the same form are the same article.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
