import type { EntityMention, EntityType, SourceId } from '../model/index.js';
import type { SentenceSpan } from './02-sentences.js';
import { lookupLexicon } from './compromise.js';
import { findCandidates, type Candidate } from './entity-candidates.js';
import { classifyName, findNameStart, lookupKnownType, measureKnownPhrase, phraseOf } from './entity-classify.js';
import { findAppositive } from './entity-descriptions.js';
import { normalizeEntityKey } from './entity-keys.js';
import { KNOWN_ORGANIZATIONS, KNOWN_PLACES, ORGANIZATION_SUFFIXES } from './lexicon/index.js';
import type { Word } from './entity-words.js';

/** An entity mention with what later steps (quote speakers) need: where its title starts, its gender. */
export interface EntityFinding {
  readonly mention: EntityMention;
  /** Start of the title or the name: "U.S. Ambassador to Iraq Ryan Crocker" starts at "U.S.". */
  readonly titleStart: number;
  readonly gender: 'male' | 'female' | null;
}

interface Draft {
  sentence: number;
  words: Word[];
  type: EntityType | null;
  titleStart: number;
  description: string | null;
  weak: boolean;
  curated: boolean;
}

function draftOf(candidate: Candidate, from: number, to: number, type: EntityType | null, extra: Partial<Draft> = {}): Draft {
  const words = candidate.context.slice(from, to) as Word[];
  const curated = KNOWN_PLACES.has(phraseOf(words)) || KNOWN_ORGANIZATIONS.has(phraseOf(words));
  return { sentence: candidate.sentence, words, type, titleStart: words[0]!.start, description: null, weak: candidate.weak, curated, ...extra };
}

/** Known places and organizations inside a title or a headline ("U.S." and "Iraq" in a title). */
function draftKnownParts(candidate: Candidate, from: number, to: number, keepUnknown: boolean): Draft[] {
  const drafts: Draft[] = [];
  for (let i = from; i < to; ) {
    const length = measureKnownPhrase(candidate.context, i, to);
    const type = lookupKnownType(phraseOf(candidate.context.slice(i, i + length)));
    if (type || keepUnknown) drafts.push(draftOf(candidate, i, i + length, type));
    i += length;
  }
  return drafts;
}

function draftCandidate(text: string, candidate: Candidate): Draft[] {
  const { context, from, to } = candidate;
  const whole = lookupKnownType(phraseOf(context.slice(from, to)));
  if (whole) return [draftOf(candidate, from, to, whole)];
  const next = context[to];
  if (to - from === 1 && next?.normal === 'administration') return [draftOf(candidate, from, to + 1, 'organization')];
  if (to - from >= 2 && ORGANIZATION_SUFFIXES.has(context[to - 1]!.normal)) return [draftOf(candidate, from, to, 'organization')];
  const nameStart = findNameStart(context, from, to);
  const drafts = nameStart > from ? draftKnownParts(candidate, from, nameStart, false) : [];
  if (nameStart === to) return drafts;
  const titled = nameStart > from;
  if (!titled) {
    // "CBS News White House", "White House Flynn": a known name glued to another known name or a surname.
    const length = measureKnownPhrase(context, from, to);
    const known = length < to - from ? lookupKnownType(phraseOf(context.slice(from, from + length))) : null;
    const rest = context.slice(from + length, to);
    const glued = known && (lookupKnownType(phraseOf(rest)) || (rest.length === 1 && lookupLexicon(rest[0]!.normal) === 'last-name'));
    if (glued) return [draftOf(candidate, from, from + length, known), ...draftCandidate(text, { ...candidate, from: from + length })];
  }
  const classified = classifyName(context, nameStart, to, titled, candidate.weak);
  if (!classified && candidate.weak) return [...drafts, ...draftKnownParts(candidate, nameStart, to, true)];
  const description = titled ? text.slice(context[from]!.start, context[nameStart - 1]!.end) : findAppositive(text, context, nameStart, to);
  const type = classified === 'other' && description ? 'person' : classified;
  drafts.push(draftOf(candidate, nameStart, to, type, { titleStart: context[from]!.start, description }));
  return drafts;
}

function keyOf(words: readonly Word[]): string {
  return normalizeEntityKey(words.map((word) => word.value).join(' '), 'person');
}

/** Splits "U.S. Amabassador Ryan Crocker" (or "White House Flynn") where its end is a person named in full elsewhere. */
function splitKnownSuffix(text: string, draft: Draft, fullNames: ReadonlyMap<string, string>, byLastName: ReadonlyMap<string, Set<string>>): Draft {
  for (let cut = 1; cut <= draft.words.length - 1; cut++) {
    const suffix = keyOf(draft.words.slice(cut));
    const single = cut === draft.words.length - 1 && byLastName.get(suffix)?.size === 1 && lookupKnownType(phraseOf(draft.words.slice(0, cut)));
    const typed = draft.type === 'organization' || draft.type === 'place';
    if (!single && (typed || !fullNames.has(suffix))) continue;
    const prefix = draft.words.slice(0, cut);
    return { ...draft, words: draft.words.slice(cut), type: 'person', description: text.slice(prefix[0]!.start, prefix[cut - 1]!.end) };
  }
  return draft;
}

/** An unknown two-to-four-word name whose last word also stands alone elsewhere is a person ("Oliveras"). */
function promoteNamesWithSurnames(drafts: Draft[]): void {
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.words.length !== 1 || !(draft.type === null || draft.type === 'person')) continue;
    const key = keyOf(draft.words);
    counts.set(key, (counts.get(key) ?? 0) + (draft.type === 'person' ? 2 : 1));
  }
  const singles = new Set([...counts].filter(([, count]) => count >= 2).map(([key]) => key));
  for (const draft of drafts) if (draft.type === 'other' && singles.has(keyOf(draft.words.slice(-1)))) draft.type = 'person';
}

interface PersonIndex {
  /** Person key → the name as first written in full. */
  readonly fullNames: Map<string, string>;
  readonly byLastName: Map<string, Set<string>>;
  /** Last name → where each person with it is named in full, in text order: a surname several people share refers to the latest. */
  readonly lastNamePlaces: Map<string, { key: string; start: number }[]>;
  /** A first name alone ("says Robin") is a person named in full elsewhere, when only one has it. */
  readonly byFirstName: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
}

/** People named with two or more words, by full key, last name and first name. */
function indexPeople(text: string, drafts: readonly Draft[]): PersonIndex {
  const index: PersonIndex = { fullNames: new Map(), byLastName: new Map(), byFirstName: new Map(), lastNamePlaces: new Map() };
  for (const draft of drafts) {
    if (draft.type !== 'person' || draft.words.length < 2 || draft.weak) continue;
    if (lookupKnownType(phraseOf(draft.words.slice(0, -1)))) continue;
    const key = keyOf(draft.words);
    if (!index.fullNames.has(key)) index.fullNames.set(key, text.slice(draft.words[0]!.start, draft.words[draft.words.length - 1]!.end));
    addTo(index.byLastName, keyOf(draft.words.slice(-1)), key);
    const places = index.lastNamePlaces.get(keyOf(draft.words.slice(-1))) ?? [];
    places.push({ key, start: draft.words[0]!.start });
    index.lastNamePlaces.set(keyOf(draft.words.slice(-1)), places);
    addTo(index.byFirstName, keyOf(draft.words.slice(0, 1)), key);
  }
  return index;
}

/** The key of the person a draft names in full elsewhere ("Crocker" → "ryan crocker"), or null. */
function resolvePerson(draft: Draft, index: PersonIndex): string | null {
  if (draft.curated || !(draft.type === null || draft.type === 'person' || draft.type === 'other')) return null;
  const own = keyOf(draft.words);
  if (index.fullNames.has(own)) return own;
  if (draft.words.length !== 1) return null;
  const fulls = index.byLastName.get(own) ?? index.byFirstName.get(own);
  if (fulls && fulls.size === 1) return [...fulls][0]!;
  // A surname several people of the story share ("Carlie Trent", "Shannon Trent") is the one named last before it.
  const start = draft.words[0]!.start;
  const before = (index.lastNamePlaces.get(own) ?? []).filter((place) => place.start < start);
  return before.length > 0 ? before[before.length - 1]!.key : null;
}

/** Finds people, organizations and places in a document, typed and keyed, with surnames resolved. */
export function extractEntities(text: string, spans: readonly SentenceSpan[], source: SourceId): EntityFinding[] {
  let drafts: Draft[] = [];
  spans.forEach((span, index) => {
    for (const candidate of findCandidates(text, span, index)) drafts.push(...draftCandidate(text, candidate));
  });
  promoteNamesWithSurnames(drafts);
  const people = indexPeople(text, drafts);
  drafts = drafts.map((draft) => (draft.words.length >= 2 && !draft.curated ? splitKnownSuffix(text, draft, people.fullNames, people.byLastName) : draft));
  const findings: EntityFinding[] = [];
  for (const draft of drafts) {
    const personKey = resolvePerson(draft, people);
    const type = personKey ? 'person' : draft.type;
    if (!type) continue;
    const start = draft.words[0]!.start;
    const end = draft.words[draft.words.length - 1]!.end;
    const mentionText = text.slice(start, end);
    const fullName = personKey ? people.fullNames.get(personKey)! : mentionText;
    // A surname alone says nothing of gender, even when it is also a first name ("Trent").
    const surnameOnly = !fullName.includes(' ') && people.byLastName.has(keyOf(draft.words));
    const first = surnameOnly ? null : lookupLexicon(fullName.split(/\s+/)[0]!.toLowerCase());
    findings.push({
      mention: {
        source,
        sentence: draft.sentence,
        start,
        end,
        text: mentionText,
        type,
        description: draft.description,
        entity: personKey ?? normalizeEntityKey(mentionText, type),
        name: fullName,
      },
      titleStart: draft.titleStart,
      gender: type !== 'person' ? null : first === 'male-name' ? 'male' : first === 'female-name' ? 'female' : null,
    });
  }
  return findings;
}
