import { REPORTING_LEMMAS as REPORTING } from './lexicon/index.js';
import type { Actor, Item } from './quote-actors.js';

/** The actor a reporting clause names for a quote, and the clause's verb lemma. */
export interface Attribution {
  readonly actor: Actor;
  readonly verb: string;
}

const SKIPPABLE_POS = /^(?:ADV|AUX|PART)$/;
const SKIPPABLE_WORDS = new Set([
  'today',
  'yesterday',
  'tonight',
  'later',
  'also',
  'then',
  'once',
  'again',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const LEADING = /^[,:—–-]+$/;

function tokenOf(item: Item | undefined) {
  return item?.kind === 'token' ? item.token : undefined;
}

/** The reporting verb lemma of an item, or null. */
export function readReportingVerb(item: Item | undefined, next?: Item): string | null {
  const token = tokenOf(item);
  if (!token || item?.kind !== 'token' || item.actor || token.pos !== 'VERB') return null;
  const lemma = token.lemma.toLowerCase();
  // "he continued," reports speech; "she continued making movies" does not.
  if (lemma === 'continue' && next !== undefined && !/^[,.:;]$/.test(tokenOf(next)?.value ?? '')) return null;
  return REPORTING.has(lemma) ? lemma : null;
}

function isSkippable(item: Item | undefined): boolean {
  const token = tokenOf(item);
  if (!token || item?.kind !== 'token' || item.actor) return false;
  return (SKIPPABLE_POS.test(token.pos) && token.normal !== 'to') || SKIPPABLE_WORDS.has(token.normal);
}

function actorOf(item: Item | undefined): Actor | undefined {
  return item?.kind === 'token' ? item.actor : undefined;
}

/** "X's Y" names Y: move from a possessor actor to the actor it owns. */
function ownedActor(items: readonly Item[], i: number): [Actor | undefined, number] {
  let actor = actorOf(items[i]);
  while (actor && /^['’]s$/.test(tokenOf(items[i + 1])?.value ?? '') && actorOf(items[i + 2])) {
    i += 2;
    actor = actorOf(items[i]);
  }
  return [actor, i];
}

/** "quoted X as saying" or "according to X" starting at items[i]. */
function readQuotedAs(items: readonly Item[], i: number): Attribution | null {
  const token = tokenOf(items[i]);
  if (!token) return null;
  if (token.lemma.toLowerCase() === 'quote' && token.pos === 'VERB') {
    const actor = actorOf(items[i + 1]);
    if (actor && tokenOf(items[i + 2])?.normal === 'as') return { actor, verb: 'quote' };
  }
  if (token.normal === 'according' && tokenOf(items[i + 1])?.normal === 'to') {
    for (let j = i + 2; j < items.length && j < i + 8; j++) {
      const [actor] = ownedActor(items, j);
      if (actor) return { actor, verb: 'according to' };
      if (!isNamePhraseWord(items[j])) break;
    }
  }
  return null;
}

/** Attribution at the very start of the sentence after a quote that ends its own: `he asked again.` */
export function readFollowing(items: readonly Item[]): Attribution | null {
  return readInverted(items, 0) ?? readSubjectThenVerb(items, 0);
}

/** Attribution after a quote: `," Crocker said`, `," said X`, `," NPR's Anne Garrels quoted Crocker as saying`. */
export function readRight(items: readonly Item[], index: number): Attribution | null {
  let i = index + 1;
  while (LEADING.test(tokenOf(items[i])?.value ?? '_')) i++;
  for (let j = i; j < items.length && j < i + 10 && items[j]!.kind === 'token'; j++) {
    const quoted = readQuotedAs(items, j);
    if (quoted) return quoted;
  }
  return readInverted(items, i) ?? readSubjectThenVerb(items, i) ?? readClosingClause(items, i);
}

// Words that may stand between the start of an attribution and its speaker: "Xbox's Marc Whitten said",
// "Google Glass engineer Charles Mendis told", "says his mother Robin Roberts".
const NAME_PHRASE_POS = /^(?:NOUN|PROPN|ADJ|PART|DET|NUM)$/;

const POSSESSIVES = /^(?:his|her|its|their|our|my|your)$/;

function isNamePhraseWord(item: Item | undefined): boolean {
  const token = tokenOf(item);
  if (!token || readReportingVerb(item)) return false;
  if (token.pos === 'PRON') return POSSESSIVES.test(token.normal);
  return NAME_PHRASE_POS.test(token.pos) || isSkippable(item);
}

/** `said X` at items[i]: a reporting verb, then the first actor of the noun phrase after it. */
function readInverted(items: readonly Item[], i: number): Attribution | null {
  const verb = readReportingVerb(items[i]);
  if (!verb) return null;
  let found: Actor | undefined;
  for (let j = i + 1; j < items.length && j < i + 9; j++) {
    const [actor, last] = ownedActor(items, j);
    if (actor) {
      // "said State Department spokesman Mark Toner": the person, not the organization before the role.
      if (isPerson(actor)) return { actor, verb };
      found ??= actor;
      j = last;
      continue;
    }
    if (!isNamePhraseWord(items[j])) break;
  }
  return found ? { actor: found, verb } : null;
}

function isPerson(actor: Actor): boolean {
  return actor.kind === 'pronoun' || actor.finding?.mention.type === 'person';
}

/** Index after a parenthesis or a comma-delimited appositive starting at items[j], or j when there is none. */
function skipAside(items: readonly Item[], j: number): number {
  const open = tokenOf(items[j])?.value;
  const close = open === '(' ? ')' : open === ',' ? ',' : null;
  if (!close) return j;
  for (let k = j + 1; k < items.length && k < j + 14; k++) {
    const item = items[k]!;
    if (item.kind !== 'token') return j;
    if (item.token.value === close) return k + 1;
  }
  return j;
}

/** `X said` at items[i]: the last actor in a short noun phrase (with an aside) followed by a reporting verb. */
function readSubjectThenVerb(items: readonly Item[], i: number): Attribution | null {
  let actor: Actor | undefined;
  for (let j = i; j < items.length && j < i + 10; j++) {
    const item = items[j]!;
    if (item.kind !== 'token') return null;
    if (item.actor) {
      actor = item.actor;
      const after = skipAside(items, j + 1);
      // "Israel's top military spokesman, Brig. Gen. Yoav Mordechai, told": the name in the aside.
      const named = items
        .slice(j + 1, after)
        .map(actorOf)
        .find((inner) => inner !== undefined && isPerson(inner));
      if (named && !isPerson(actor)) actor = named;
      if (after > j + 1) j = after - 1;
      continue;
    }
    const verb = readReportingVerb(item);
    if (verb) return actor ? { actor, verb } : null;
    if (!isNamePhraseWord(item)) return null;
  }
  return null;
}

/** "…" at the school and called police, police Lt. Mark Gagan said. — a closing ", X said." clause. */
function readClosingClause(items: readonly Item[], i: number): Attribution | null {
  let end = i;
  while (end < items.length && items[end]!.kind === 'token') end++;
  while (end > i && /^[.!?"”’)]+$/.test(tokenOf(items[end - 1])?.value ?? '')) end--;
  for (let comma = end - 1; comma > i && comma > end - 12; comma--) {
    if (tokenOf(items[comma])?.value !== ',') continue;
    const found = readInverted(items, comma + 1) ?? readSubjectThenVerb(items, comma + 1);
    const last = tokenOf(items[end - 1]);
    return found && (readReportingVerb(items[end - 1]) || actorOf(items[end - 1]) || /^(?:NOUN|PROPN)$/.test(last?.pos ?? '')) ? found : null;
  }
  return null;
}

function isObjectPosition(items: readonly Item[], i: number): boolean {
  const previous = tokenOf(items[i - 1]);
  if (!previous) return false;
  if (previous.pos === 'ADP' || previous.pos === 'VERB') return true;
  // An appositive role right after a name and a comma belongs to that name.
  return actorOf(items[i])?.kind === 'role' && previous.value === ',' && actorOf(items[i - 2]) !== undefined;
}

/** The subject of the verb at items[verb]: an actor right before it, else the first actor of the clause. */
function readSubject(items: readonly Item[], verb: number): Actor | undefined {
  let j = verb - 1;
  while (isSkippable(items[j])) j--;
  const adjacent = actorOf(items[j]);
  if (adjacent) return adjacent;
  for (let i = 0; i < verb; i++) {
    if (items[i]!.kind === 'quote') continue;
    const actor = actorOf(items[i]);
    if (!actor || isObjectPosition(items, i) || /^['’]s$/.test(tokenOf(items[i + 1])?.value ?? '')) continue;
    return actor;
  }
  return undefined;
}

/** Attribution before a quote: `Crocker said, "…`, `He added: "…`, `X today said the sides found "…"`. */
export function readLeft(items: readonly Item[], index: number): Attribution | null {
  const caption = actorOf(items[index - 2]);
  // "Crocker: …" names the speaker; in "Smith told ABC News: …" the name before the colon is the audience.
  const audience = [3, 4, 5, 6].some((back) => readReportingVerb(items[index - back]) === 'tell');
  if (caption && !audience && tokenOf(items[index - 1])?.value === ':') return { actor: caption, verb: 'say' };
  for (let j = 0; j < index; j++) {
    const quoted = readQuotedAs(items, j);
    if (quoted) return quoted;
  }
  for (let j = index - 1; j >= 0; j--) {
    const verb = readReportingVerb(items[j], items[j + 1]);
    if (!verb) continue;
    const actor = readSubject(items, j);
    if (actor) return { actor, verb };
    // `"…," says Potts, "and to begin …"`: the second half of a quote split by its attribution.
    const inverted = readInverted(items, j);
    if (inverted) return inverted;
  }
  return null;
}
