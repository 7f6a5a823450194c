import type { EntityType } from '../model/index.js';
import { isOrganizationWord, isPlaceWord, lookupLexicon } from './compromise.js';
import { isFirstNameToo } from './first-names.js';
import {
  KNOWN_ORGANIZATIONS,
  KNOWN_PLACES,
  NATIONALITIES,
  ORGANIZATION_HEADS,
  ORGANIZATION_SUFFIXES,
  PLACE_SUFFIXES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  reportingVerbPattern,
} from './lexicon/index.js';
import type { Word } from './entity-words.js';

const REPORTING = new RegExp(
  `^(?:says|${reportingVerbPattern(['say', 'tell', 'add', 'note', 'stress', 'explain', 'insist', 'declare', 'write', 'ask', 'reply', 'warn', 'announce', 'acknowledge', 'argue', 'recall', 'testify', 'tweet'], [2])})$`,
);
const LOCATIVE = /^(?:in|near|outside|across|throughout|inside)$/;
const APPOSITIVE_START = /^(?:a|an|the|who|whose|his|her)$/;

/** The lower-cased phrase of some words, possessive dropped. */
export function phraseOf(words: readonly Word[]): string {
  return words
    .map((word) => word.normal)
    .join(' ')
    .replace(/'s?$/, '');
}

/** The type a gazetteer gives a whole phrase, or null. */
export function lookupKnownType(phrase: string): EntityType | null {
  if (KNOWN_ORGANIZATIONS.has(phrase)) return 'organization';
  if (KNOWN_PLACES.has(phrase)) return 'place';
  const kind = lookupLexicon(phrase);
  if (kind === 'place') return 'place';
  if (kind === 'organization') return 'organization';
  if (kind === 'person' && phrase.includes(' ')) return 'person';
  return null;
}

function isPlaceLike(normal: string): boolean {
  if (NATIONALITIES.has(normal) || KNOWN_PLACES.has(normal)) return true;
  const kind = lookupLexicon(normal);
  return kind === 'place' || kind === 'demonym';
}

/** Length of the longest known place or organization phrase starting at words[from] (at least 1). */
export function measureKnownPhrase(words: readonly Word[], from: number, to: number): number {
  for (let length = Math.min(4, to - from); length > 1; length--) {
    if (lookupKnownType(phraseOf(words.slice(from, from + length)))) return length;
  }
  return 1;
}

/**
 * Index where the name starts after a leading title ("U.S. Ambassador to Iraq | Ryan Crocker",
 * "Iraqi Prime Minister | Nouri al-Maliki"); `from` when there is no title, `to` when it is all title.
 */
export function findNameStart(words: readonly Word[], from: number, to: number): number {
  let i = from;
  let nameStart = from;
  let sawHead = false;
  while (i < to) {
    const normal = words[i]!.normal;
    if (TITLE_HEADS.has(normal)) {
      sawHead = true;
      nameStart = ++i;
    } else if (TITLE_MODIFIERS.has(normal) || isPlaceLike(normal)) {
      i++;
    } else if (sawHead && (normal === 'of' || normal === 'to' || normal === 'for') && i + 1 < to) {
      nameStart = i + 1 + measureKnownPhrase(words, i + 1, to);
      break;
    } else break;
  }
  // A title after other capitalized words: "Corrections Secretary John Wetzel", "Medical Examiner Dr. X".
  for (let h = to - 2; h >= i; h--) {
    if (!TITLE_HEADS.has(words[h]!.normal)) continue;
    const joiner = words[h + 1]!.normal;
    if (joiner === 'of' || joiner === 'to' || joiner === 'for') return h + 2 < to ? Math.min(to, h + 2 + measureKnownPhrase(words, h + 2, to)) : from;
    return h + 1;
  }
  return sawHead ? nameStart : from;
}

function isPersonContext(words: readonly Word[], to: number): boolean {
  const next = words[to];
  if (!next) return false;
  if (REPORTING.test(next.normal)) return true;
  const after = words[to + 1];
  return next.value === ',' && after !== undefined && APPOSITIVE_START.test(after.normal) && after.normal !== 'the';
}

/** Types a name (title already removed) from gazetteers, compromise's lexicon, suffixes and (unless strict) context. */
export function classifyName(words: readonly Word[], from: number, to: number, titled: boolean, strict = false): EntityType | null {
  const name = words.slice(from, to);
  const count = name.length;
  const known = lookupKnownType(phraseOf(name));
  if (known) return known;
  const first = name[0]!.normal;
  const firstKind = lookupLexicon(first);
  if (titled && (!strict || firstKind === 'male-name' || firstKind === 'female-name' || firstKind === 'last-name')) return 'person';
  const last = name[count - 1]!.normal.replace(/'s?$/, '');
  if (count >= 2 && (ORGANIZATION_SUFFIXES.has(last) || isOrganizationWord(last))) return 'organization';
  if (count >= 3 && ORGANIZATION_HEADS.has(first) && name[1]!.normal === 'of') return 'organization';
  if (count >= 2 && (PLACE_SUFFIXES.has(last) || isPlaceWord(last))) return 'place';
  if (count >= 2 && (firstKind === 'male-name' || firstKind === 'female-name' || firstKind === 'last-name')) return 'person';
  if (count >= 2 && lookupLexicon(last) === 'last-name') return 'person';
  // "Bill Clinton": a first name that is also a word, before a name compromise knows as a person's.
  if (count === 2 && isFirstNameToo(first) && lookupLexicon(last) === 'person') return 'person';
  if (count >= 2 && name.some((word) => /^(?:al|el)-/i.test(word.value))) return 'person';
  if (count === 1) {
    if (firstKind === 'demonym') return null;
    if (firstKind === 'person' || firstKind === 'male-name' || firstKind === 'female-name' || firstKind === 'last-name') return 'person';
  }
  if (strict) return null;
  if (isPersonContext(words, to)) return 'person';
  const previous = words[from - 1];
  if (previous && LOCATIVE.test(previous.normal) && count <= 3 && !isPlaceLike(first)) return 'place';
  // Unknown capitalized names: 'other' until a surname-like mention elsewhere shows a person.
  // A middle initial counts among the names ("Rusli M. Saleh").
  const nameLike = (word: Word, i: number) =>
    /^\p{Lu}[\p{Ll}'’]/u.test(word.value) || /^(?:al|el)-/.test(word.value) || (i > 0 && i < count - 1 && /^\p{Lu}\.$/u.test(word.value));
  if (count >= 2 && count <= 4 && name.every(nameLike)) return 'other';
  return null;
}
