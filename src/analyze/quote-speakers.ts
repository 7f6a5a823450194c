import type { EntityFinding } from './04-entities.js';
import { isRoleNoun } from './entity-descriptions.js';
import { NATIONALITIES, ROLE_SYNONYMS, TITLE_MODIFIERS } from './lexicon/index.js';
import type { Actor } from './quote-actors.js';

/** A resolved speaker: the name to show, its entity key, and the words that named it in the text. */
export interface Speaker {
  readonly name: string;
  readonly entity?: string;
  readonly gender: 'male' | 'female' | null;
  readonly start: number;
  readonly end: number;
  /** False for groups ("741 people", "officials"): he or she cannot refer back to them. */
  readonly single: boolean;
}

/** What pronouns and roles can refer back to: people in the text and speakers already resolved. */
export interface SpeakerContext {
  /** The first person named in each sentence outside quotes, in text order. */
  readonly subjects: readonly EntityFinding[];
  /** Every person mention outside quotes, in text order. */
  readonly people: readonly EntityFinding[];
  /** Every organization mention outside quotes, in text order ("it said" refers to the latest). */
  readonly organizations: readonly EntityFinding[];
  /** Speakers resolved so far, with the offset of the words that named them. */
  readonly events: SpeakerEvent[];
}

/** A speaker named at a position; one read from a sentence without a quote counts only up to `until`. */
export interface SpeakerEvent {
  readonly position: number;
  readonly speaker: Speaker;
  readonly until?: number;
}

const INDEFINITE = /^(?:a|an|one|another|some|two|three|several|many|other)$/;

// A name of two or three capitalized words the tagger could not type ("Subhan Sahara") is a person's more often than not.
const PERSON_LIKE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u;

function speakerOf(finding: EntityFinding, start: number, end: number): Speaker {
  const { mention, gender } = finding;
  const name = mention.name ?? mention.text;
  return { name, entity: mention.entity, gender, start, end, single: mention.type === 'person' || (mention.type === 'other' && PERSON_LIKE.test(name)) };
}

function fits(gender: 'male' | 'female' | null, pronoun: string): boolean {
  return pronoun === 'she' ? gender !== 'male' : gender !== 'female';
}

function resolvePronoun(actor: Actor, context: SpeakerContext): Speaker | null {
  const pronoun = actor.text.toLowerCase();
  if (pronoun === 'it') {
    const organization = context.organizations.filter((finding) => finding.mention.start < actor.start).pop();
    return organization ? speakerOf(organization, actor.start, actor.end) : null;
  }
  let best: { position: number; speaker: Speaker } | null = null;
  for (const finding of context.subjects) {
    if (finding.mention.start >= actor.start) break;
    if (fits(finding.gender, pronoun)) best = { position: finding.mention.start, speaker: speakerOf(finding, actor.start, actor.end) };
  }
  for (const event of context.events) {
    if (event.position >= actor.start || (best && event.position < best.position) || !event.speaker.single) continue;
    if (event.until !== undefined && actor.start >= event.until) continue;
    if (fits(event.speaker.gender, pronoun)) best = { position: event.position, speaker: { ...event.speaker, start: actor.start, end: actor.end } };
  }
  if (best) return best.speaker;
  // A story that opens on a quote names its speaker after it ("…," he said. Kalashnikov wrote …).
  const next = context.subjects.find((finding) => finding.mention.start > actor.end && fits(finding.gender, pronoun));
  return next && next.mention.start - actor.end < 400 ? speakerOf(next, actor.start, actor.end) : null;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** True when a phrase brings someone in with an indefinite word ("a relative", "another neighbour", "two officials"). */
export function isIndefinite(phrase: string): boolean {
  return INDEFINITE.test(wordsOf(phrase)[0] ?? '');
}

function describes(finding: EntityFinding, group: string, nationalities: readonly string[], modifiers: readonly string[]): boolean {
  const description = finding.mention.description;
  if (!description) return false;
  const words = wordsOf(description);
  const groups = new Set(words.map((word) => ROLE_SYNONYMS.get(word) ?? word));
  const places = new Set(words.map((word) => NATIONALITIES.get(word)).filter(Boolean));
  return groups.has(group) && nationalities.every((place) => places.has(place)) && modifiers.every((word) => words.includes(word));
}

/** "the Iranian envoy" → the latest person before it whose title or appositive fits, else the first after. */
function resolveRole(actor: Actor, context: SpeakerContext): Speaker {
  const written = wordsOf(actor.text);
  // The head as the tokenizer reads it: a British spelling ("neighbour") is a role noun as "neighbor".
  const words = written.map((word) => (word === actor.head?.value ? actor.head.normal : word));
  const headIndex = words.map((word) => isRoleNoun(word)).lastIndexOf(true);
  const head = words[headIndex];
  // "many children": a plural the lemma tells ("child"), as well as one ending in -s.
  const irregular = head !== undefined && head === actor.head?.normal && actor.head.lemma !== head && !head.endsWith('s');
  const plural = !head || irregular || (head.endsWith('s') && !ROLE_SYNONYMS.has(head)) || /^(?:people|police|staff|crowd)$/.test(head);
  const unresolved: Speaker = { name: actor.text, gender: null, start: actor.start, end: actor.end, single: !plural && !/^\d/.test(words[0] ?? '') };
  if (!head || INDEFINITE.test(words[0] ?? '') || plural) return unresolved;
  const group = ROLE_SYNONYMS.get(head) ?? head;
  const nationalities = words.map((word) => NATIONALITIES.get(word)).filter((place): place is string => place !== undefined);
  const modifiers = words.slice(0, headIndex).filter((word) => TITLE_MODIFIERS.has(word) && !NATIONALITIES.has(word));
  const keys = new Set(context.people.filter((finding) => describes(finding, group, nationalities, modifiers)).map((finding) => finding.mention.entity));
  let before: EntityFinding | undefined;
  let after: EntityFinding | undefined;
  for (const finding of context.people) {
    if (!keys.has(finding.mention.entity)) continue;
    if (finding.mention.start < actor.start) before = finding;
    else after ??= finding;
  }
  const found = before ?? after;
  return found ? speakerOf(found, actor.start, actor.end) : unresolved;
}

/** Resolves an actor to a speaker: entities as named, pronouns to the latest fitting person, roles by title. */
export function resolveActor(actor: Actor, context: SpeakerContext): Speaker | null {
  if (actor.kind === 'entity' && actor.finding) return speakerOf(actor.finding, actor.finding.mention.start, actor.finding.mention.end);
  if (actor.kind === 'pronoun') return resolvePronoun(actor, context);
  if (actor.kind === 'name') return { name: actor.text, gender: null, start: actor.start, end: actor.end, single: true };
  return resolveRole(actor, context);
}
