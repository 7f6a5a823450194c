import type { EntityType } from '../model/index.js';
import { KNOWN_ORGANIZATIONS, KNOWN_PLACES } from './lexicon/index.js';

/** Lower-cases a name, folds diacritics and curly apostrophes, and strips a trailing possessive. */
export function foldName(text: string): string {
  // Most names are ASCII; Unicode normalization is the slow part, so it runs only when needed.
  const ascii = /^[\x20-\x7e]*$/.test(text);
  return (
    ascii
      ? text
      : text
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[’‘`]/g, "'")
  )
    .toLowerCase()
    .replace(/'s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The one key under which the spellings of a name meet, in analyze and in every later stage: lower-case,
 * diacritics and curly apostrophes folded, a possessive and a leading "the" dropped, dots, hyphens and
 * "al-"/"el-" particles removed, and known aliases of places and organizations mapped to one canonical key.
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

// Names that differ in spelling only, whatever their type: the first is the key every other maps to.
const ALIASES: readonly (readonly string[])[] = [
  ['united states', 'us', 'usa', 'u s', 'u s a', 'america', 'united states of america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['united nations', 'un'],
  ['european union', 'eu'],
  ['tehran', 'teheran'],
];
const ALIAS_KEY: ReadonlyMap<string, string> = new Map(ALIASES.flatMap((group) => group.map((name) => [name, group[0]!] as const)));

function lookupKnown(folded: string, type: EntityType): string | undefined {
  return type === 'place' ? KNOWN_PLACES.get(folded) : type === 'organization' ? KNOWN_ORGANIZATIONS.get(folded) : undefined;
}

function computeKey(text: string, type: EntityType): string {
  const folded = foldName(text);
  const name = lookupKnown(folded, type) ?? lookupKnown(folded.replace(/^the /, ''), type) ?? folded;
  const key = name
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .replace(/(?<!\p{L})(?:al|el|ad|ash)-(?=\p{L}{3})/gu, '')
    .replace(/(?<=\p{L} )(?:al|el) (?=\p{L}{3})/gu, '')
    .replace(/(?<!\p{L})(?:al|el)-(?=\p{L})/gu, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/[^\p{L}\p{N}& ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ALIAS_KEY.get(key) ?? ALIAS_KEY.get(key.replace(/ /g, '')) ?? key;
}

/**
 * Consonant skeleton of a one-word key for older and newer transliterations: vowels after the first
 * letter and "h" dropped, doubled letters collapsed, q/g/k and c/k and ph/f folded.
 * "teheran" and "tehran" give "trn"; "qaddafi", "gaddafi" and "kadhafi" give "kdf".
 */
export function skeletonOf(key: string): string {
  const folded = key.replace(/ph/g, 'f').replace(/[qgc]/g, 'k').replace(/[yj]/g, 'i');
  const head = folded[0] ?? '';
  const body = folded
    .slice(1)
    .replace(/[aeiouh ]/g, '')
    .replace(/(.)\1+/g, '$1');
  return head + body;
}
