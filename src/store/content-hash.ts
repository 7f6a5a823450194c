import { createHash } from 'node:crypto';
import { normalizeForHash } from '../ingest/index.js';

export { normalizeForHash } from '../ingest/index.js';

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
