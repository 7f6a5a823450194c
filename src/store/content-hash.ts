import { createHash } from 'node:crypto';

/** Text as compared for duplicates: NFKC, typographic quotes and dashes folded, lower case, whitespace collapsed. */
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

/** sha256 (hex) of the normalized text: the content key articles are deduplicated by. */
export function hashContent(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}

/** The URL as compared for duplicates: parsed and re-serialized, fragment dropped; null when absent or unparseable. */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url?.trim()) return null;
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}
