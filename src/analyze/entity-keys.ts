import type { EntityType } from '../model/index.js';
import { KNOWN_ORGANIZATIONS, KNOWN_PLACES } from './entity-lexicon.js';

/** Lower-cases a name, folds diacritics and curly apostrophes, and strips a trailing possessive. */
export function foldName(text: string): string {
  // Most names are ASCII; Unicode normalization is the slow part, so it runs only when needed.
  const ascii = /^[\x20-\x7e]*$/.test(text);
  return (ascii ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'"))
    .toLowerCase()
    .replace(/'s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Normalized key of an entity name for merging across sources: lower-case, diacritics folded, possessive,
 * dots and "al-"/"el-" prefixes removed, hyphens as spaces, known aliases mapped to one canonical key.
 * normalizeEntityKey("Al-Maliki's") === "maliki"; normalizeEntityKey("U.S.", "place") === "united states".
 */
export function normalizeEntityKey(text: string, type: EntityType = 'other'): string {
  const cacheKey = `${type}|${text}`;
  const cached = keys.get(cacheKey);
  if (cached !== undefined) return cached;
  if (keys.size > 50_000) keys.clear();
  const key = computeKey(text, type);
  keys.set(cacheKey, key);
  return key;
}

// Names repeat within and across documents; keys are pure, so they are kept.
const keys = new Map<string, string>();

function computeKey(text: string, type: EntityType): string {
  const folded = foldName(text);
  const known = type === 'place' ? KNOWN_PLACES.get(folded) : type === 'organization' ? KNOWN_ORGANIZATIONS.get(folded) : undefined;
  if (known) return known.replace(/\./g, '');
  const bare = folded.replace(/^the /, '');
  const alias = type === 'place' ? KNOWN_PLACES.get(bare) : type === 'organization' ? KNOWN_ORGANIZATIONS.get(bare) : undefined;
  if (alias) return alias.replace(/\./g, '');
  return bare
    .replace(/(?<!\p{L})(?:al|el)-(?=\p{L})/gu, '')
    .replace(/\./g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/[^\p{L}\p{N}& ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
