// The one adapter over compromise's word lists. They are extracted from compromise at build time
// (scripts/build-lexicon.js, run by `npm install`): loading compromise itself costs ~0.6 s at every start.
import { boundedMemo } from './bounded-memo.js';
import data from './generated/compromise-lexicon.json' with { type: 'json' };

/** What compromise's lexicon knows about a lower-cased word or phrase. */
export type LexiconClass =
  | 'male-name'
  | 'female-name'
  | 'last-name'
  | 'person'
  | 'place'
  | 'organization'
  | 'demonym'
  | 'honorific'
  | 'role'
  | 'month'
  | 'weekday'
  | 'word'
  | null;

const LEXICON: Readonly<Record<string, string | readonly string[]>> = data.lexicon;
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(data.orgWords);
const PLACE_WORDS: ReadonlySet<string> = new Set(data.placeWords);

// Ordered: the first tag found decides, so a word that is both a city and a surname reads as a place.
const CLASS_OF_TAG: readonly (readonly [string, Exclude<LexiconClass, null | 'word'>])[] = [
  ['Demonym', 'demonym'],
  ['Month', 'month'],
  ['WeekDay', 'weekday'],
  ['Honorific', 'honorific'],
  ['Country', 'place'],
  ['City', 'place'],
  ['Region', 'place'],
  ['Place', 'place'],
  ['Organization', 'organization'],
  ['SportsTeam', 'organization'],
  ['Person', 'person'],
  ['MaleName', 'male-name'],
  ['FemaleName', 'female-name'],
  ['FirstName', 'male-name'],
  ['LastName', 'last-name'],
  ['Actor', 'role'],
];

/**
 * Looks a lower-cased word or phrase up in compromise's lexicon (names, places, organizations,
 * demonyms, role nouns). Returns null for unknown words and 'word' for known common words.
 */
export const lookupLexicon: (normal: string) => LexiconClass = boundedMemo(100_000, (normal) => {
  const tags = tagsOf(normal);
  if (tags === null) return null;
  for (const [tag, kind] of CLASS_OF_TAG) if (tags.includes(tag)) return kind;
  return 'word';
});

function tagsOf(normal: string): readonly string[] | null {
  const entry = Object.hasOwn(LEXICON, normal) ? LEXICON[normal] : undefined;
  if (entry === undefined) return null;
  return typeof entry === 'string' ? [entry] : entry;
}

/** The kind of place compromise's lexicon lists a lower-cased name as: a country, a region (a state, a province) or a city. */
export function placeKindOf(normal: string): 'country' | 'region' | 'city' | null {
  const tags = tagsOf(normal);
  if (tags === null) return null;
  return tags.includes('Country') ? 'country' : tags.includes('Region') ? 'region' : tags.includes('City') ? 'city' : null;
}

/** True when compromise lists the lower-cased word as the last word of organization names ("ministry"). */
export function isOrganizationWord(normal: string): boolean {
  return ORGANIZATION_WORDS.has(normal);
}

/** True when compromise lists the lower-cased word as the last word of place names ("river", "zone"). */
export function isPlaceWord(normal: string): boolean {
  return PLACE_WORDS.has(normal);
}
