import { placeKindOf } from './compromise.js';
import { KNOWN_PLACES, NATIONALITIES, PLACE_SUFFIXES, US_STATE_NAMES } from './lexicon/index.js';

const COUNTRIES: ReadonlySet<string> = new Set(NATIONALITIES.values());

/**
 * How big a place is, as far as the lexicons tell: "country", "region" (a U.S. state, a province), "city", the
 * place word that ends its name ("square", "street", "county"), or null when nothing tells. Two places are
 * alternatives to each other only at one level: "Ohio" or "New Jersey", "Logan Square" or "Palmer Square", not
 * "Chicago" or "Illinois". `key` is an entity key (`normalizeEntityKey`).
 */
export function placeLevel(key: string): string | null {
  const known = KNOWN_PLACES.get(key) ?? key;
  if (US_STATE_NAMES.has(known)) return 'region';
  if (COUNTRIES.has(known)) return 'country';
  const last = known.split(' ').pop() ?? '';
  if (known.includes(' ') && PLACE_SUFFIXES.has(last)) return last;
  return placeKindOf(known);
}
