import nlp from 'compromise';

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

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

let model: CompromiseModel | null = null;

function readModel(): CompromiseModel {
  model ??= nlp.model() as unknown as CompromiseModel;
  return model;
}

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
export function lookupLexicon(normal: string): LexiconClass {
  const entry = readModel().one.lexicon[normal];
  if (entry === undefined) return null;
  const tags = typeof entry === 'string' ? [entry] : entry;
  for (const [tag, kind] of CLASS_OF_TAG) if (tags.includes(tag)) return kind;
  return 'word';
}

/** True when compromise lists the lower-cased word as the last word of organization names ("ministry"). */
export function isOrganizationWord(normal: string): boolean {
  return readModel().two.orgWords[normal] === true;
}

/** True when compromise lists the lower-cased word as the last word of place names ("river", "zone"). */
export function isPlaceWord(normal: string): boolean {
  return readModel().two.placeWords[normal] === true;
}

/** A named span found by compromise's full tagger, offsets into the text given. */
export interface CompromiseSpan {
  readonly start: number;
  readonly end: number;
  readonly type: 'person' | 'organization' | 'place';
}

/**
 * Runs compromise's full tagger (about 0.1 MB/s: far slower than the lexicon look-ups) and returns its
 * people, organizations and places with trailing punctuation trimmed. Used for measurement only.
 */
export function tagNamedSpans(text: string): CompromiseSpan[] {
  const doc = nlp(text);
  const spans: CompromiseSpan[] = [];
  const selections = [['person', doc.people()], ['organization', doc.organizations()], ['place', doc.places()]] as const;
  for (const [type, view] of selections) {
    for (const match of view.json({ offset: true, text: true }) as { offset: { start: number; length: number } }[]) {
      let start = match.offset.start;
      let end = start + match.offset.length;
      while (end > start && /[\s.,;:!?"'”’)]/.test(text[end - 1]!) && !/\.[A-Z]\.$/.test(text.slice(start, end))) end--;
      while (start < end && /[\s"'“‘(]/.test(text[start]!)) start++;
      if (end > start) spans.push({ start, end, type });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
