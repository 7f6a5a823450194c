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
  if (token.pos === 'VERB' && token.lemma.toLowerCase() === 'quote') {
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

/** True when a reporting verb comes before the quote at items[index] in its sentence (`…, tweeting friday morning, "…"`). */
export function hasReportingBefore(items: readonly Item[], index: number): boolean {
  for (let j = index - 1; j >= 0; j--) {
    const item = items[j]!;
    if (item.kind === 'quote' || /^[.;!?]$/.test(item.token.value)) return false;
    if (readReportingVerb(item, items[j + 1])) return true;
  }
  return false;
}

/** True when a reporting verb follows the quote at items[index] (`," said …`, `," the … said`): the quote is someone's here. */
export function hasReportingAfter(text: string, items: readonly Item[], index: number): boolean {
  const item = items[index];
  // `,"` hands the quote to a clause after it; a quote ending its sentence (`…night."`) does not.
  const comma = (item?.kind === 'quote' && text.slice(item.quote.end, item.quote.close).includes(',')) || tokenOf(items[index + 1])?.value === ',';
  if (!comma) return false;
  let i = index + 1;
  while (LEADING.test(tokenOf(items[i])?.value ?? '_')) i++;
  // Up to the end of the clause: `," Ema Suryani, a doctor at a health clinic in Lampahan city, …, told AFP.`
  for (let j = i; j < items.length && j < i + 30 && items[j]!.kind === 'token'; j++) {
    if (readReportingVerb(items[j], items[j + 1])) return true;
    if (/^[.;!?]$/.test(tokenOf(items[j])?.value ?? '')) return false;
  }
  return false;
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
  const found = readInverted(items, i) ?? readSubjectThenVerb(items, i) ?? readClosingClause(items, i);
  if (found) return found;
  // `"A" because of its "B" and because it "C," Olli Rehn said.`: the attribution after a sentence's last quote
  // is the attribution of the quotes before it.
  let next = -1;
  for (let j = index + 1; j < items.length; j++) if (items[j]!.kind === 'quote') next = j;
  return next > index ? readRight(items, next) : null;
}

// Words that may stand between the start of an attribution and its speaker: "Xbox's Marc Whitten said",
// "Google Glass engineer Charles Mendis told", "says his mother Robin Roberts".
const NAME_PHRASE_POS = /^(?:NOUN|PROPN|ADJ|PART|DET|NUM)$/;

const POSSESSIVES = /^(?:his|her|its|their|our|my|your)$/;

function isNamePhraseWord(item: Item | undefined): boolean {
  const token = tokenOf(item);
  if (!token || readReportingVerb(item)) return false;
  // "61 - year - old Anargyros Bizianis": the hyphens of an age written with spaces.
  if (token.value === '-') return true;
  if (token.pos === 'PRON') return POSSESSIVES.test(token.normal);
  return NAME_PHRASE_POS.test(token.pos) || isSkippable(item);
}

/** `said X` at items[i]: a reporting verb, then the first actor of the noun phrase after it. */
function readInverted(items: readonly Item[], i: number): Attribution | null {
  const verb = readReportingVerb(items[i]);
  // "…," Stenger told ABC News: what follows "told" is who heard it, never who said it.
  if (!verb || verb === 'tell') return null;
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
    // "said acting chief …", "said lead researcher …": a participle before the speaker's role.
    if (!isNamePhraseWord(items[j]) && !(tokenOf(items[j])?.pos === 'VERB' && /^(?:role|name)$/.test(actorOf(items[j + 1])?.kind ?? ''))) break;
  }
  return found ? { actor: found, verb } : null;
}

function isPerson(actor: Actor): boolean {
  return actor.kind === 'pronoun' || actor.kind === 'name' || actor.finding?.mention.type === 'person';
}

/** Index after a parenthesis or a comma-delimited appositive starting at items[j], or j when there is none. */
function skipAside(items: readonly Item[], j: number): number {
  const open = tokenOf(items[j])?.value;
  const close = open === '(' ? ')' : open === ',' ? ',' : null;
  if (!close) return j;
  for (let k = j + 1; k < items.length && k < j + 20; k++) {
    const item = items[k]!;
    if (item.kind !== 'token') return j;
    if (item.token.value === close) return k + 1;
  }
  return j;
}

/** `X said` at items[i]: the last actor in a short noun phrase (with an aside) followed by a reporting verb. */
function readSubjectThenVerb(items: readonly Item[], i: number): Attribution | null {
  let actor: Actor | undefined;
  // An aside does not count against the phrase's length ("Matteo Borrini, a forensic anthropologist at …, told").
  let skipped = 0;
  for (let j = i; j < items.length && j < i + 10 + skipped; j++) {
    const item = items[j]!;
    if (item.kind !== 'token') return null;
    // After an aside, a name is the aside's still ("…, a doctor at a clinic in Lampahan city, Bener Meriah district, told").
    if (item.actor && skipped > 0) continue;
    if (item.actor) {
      actor = item.actor;
      const after = skipAside(items, j + 1);
      // "Israel's top military spokesman, Brig. Gen. Yoav Mordechai, told": the name in the aside.
      const named = items
        .slice(j + 1, after)
        .map(actorOf)
        .find((inner) => inner !== undefined && isPerson(inner));
      if (named && !isPerson(actor)) actor = named;
      if (after > j + 1) {
        skipped += after - j - 1;
        j = after - 1;
      }
      continue;
    }
    const verb = readReportingVerb(item);
    if (verb) return actor ? { actor, verb } : null;
    // "Jeffrey Stenger from Polson, Montana, told": where the speaker is from belongs to the speaker's phrase.
    if (actor && isPlaceAside(items, j)) continue;
    if (!isNamePhraseWord(item)) return null;
  }
  return null;
}

/** "from" or "of" after a speaker's name, and the capitalized names and commas of the place that follows. */
function isPlaceAside(items: readonly Item[], j: number): boolean {
  const token = tokenOf(items[j]);
  if (!token) return false;
  if (token.normal === 'from' || token.normal === 'of' || token.normal === 'in') return tokenOf(items[j + 1])?.pos === 'PROPN';
  return token.value === ',' || (token.pos === 'PROPN' && !actorOf(items[j]));
}

/**
 * "…" at the school and called police, police Lt. Mark Gagan said. — a closing ", X said." clause, which may run on
 * after its verb ("…, Strauss - Kahn said in an interview in French newspaper Le Parisien Wednesday.").
 */
function readClosingClause(items: readonly Item[], i: number): Attribution | null {
  let end = i;
  while (end < items.length && items[end]!.kind === 'token') end++;
  while (end > i && /^[.!?"”’)]+$/.test(tokenOf(items[end - 1])?.value ?? '')) end--;
  for (let comma = end - 1; comma > i && comma > end - 20; comma--) {
    if (tokenOf(items[comma])?.value !== ',') continue;
    const found = readInverted(items, comma + 1) ?? readSubjectThenVerb(items, comma + 1);
    const last = tokenOf(items[end - 1]);
    return found && (readReportingVerb(items[end - 1]) || actorOf(items[end - 1]) || /^(?:NOUN|PROPN)$/.test(last?.pos ?? '')) ? found : null;
  }
  return null;
}

// Words that may stand between a preposition or a verb and the name it governs ("of missing Tennessee 9-year old Carlie Trent").
const MODIFIER_POS = /^(?:ADJ|NUM|PROPN|DET|PUNCT|CCONJ)$/;

function isObjectPosition(items: readonly Item[], at: number): boolean {
  // From the first word of the name ("Carlie" of "Carlie Trent").
  let i = at;
  while (i > 0 && actorOf(items[i]) !== undefined && actorOf(items[i - 1]) === actorOf(items[i])) i--;
  const previous = tokenOf(items[i - 1]);
  if (!previous) return false;
  if (previous.pos === 'ADP' || previous.pos === 'VERB') return true;
  // A name after modifiers that follow a preposition or a verb is its object too: "the mother of missing … Carlie Trent says".
  let nouns = false;
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    const token = tokenOf(items[j]);
    if (!token || actorOf(items[j]) || /^[,;:]$/.test(token.value)) break;
    // A preposition governs a longer phrase ("of missing Tennessee 9-year old …"); a verb only its adjectives.
    if (token.pos === 'ADP') return j < i - 1;
    // A verb governs the name right after its adjectives; after a noun it is a participle ("missing") of a longer phrase.
    if (token.pos === 'VERB' && !nouns) return j < i - 1;
    if (token.pos === 'VERB') continue;
    if (token.pos === 'NOUN') nouns = true;
    else if (!MODIFIER_POS.test(token.pos)) break;
  }
  // An appositive role right after a name and a comma belongs to that name.
  return actorOf(items[i])?.kind === 'role' && previous.value === ',' && actorOf(items[i - 2]) !== undefined;
}

/**
 * The subject of the verb at items[verb]: an actor right before it, else the first actor of the clause; null when a
 * noun that names no one is its subject ("tweets that asked …": the quote is theirs, not the clause's first actor's).
 */
function readSubject(items: readonly Item[], verb: number): Actor | undefined | null {
  if (/ing$/.test(tokenOf(items[verb])?.normal ?? '')) return participleSubject(items, verb);
  let j = verb - 1;
  while (isSkippable(items[j])) j--;
  const adjacent = actorOf(items[j]);
  // The name right before the verb speaks, unless it is the object of what comes before ("the mother of … Carlie Trent says").
  if (adjacent && !isObjectPosition(items, j)) return adjacent;
  // A noun that is no one right before the verb is its subject ("tweets that asked", "a statement said"): nobody named speaks.
  let k = j;
  if (tokenOf(items[k])?.pos === 'PRON' && /^(?:that|which)$/.test(tokenOf(items[k])!.normal)) k--;
  if (!adjacent && tokenOf(items[k])?.pos === 'NOUN' && !actorOf(items[k])) return null;
  return firstSubject(items, verb);
}

// What a clause's subject issues that then "says" something ("TallGrass issued a statement saying …").
const STATEMENT_NOUNS = new Set(['statement', 'letter', 'release', 'tweet', 'post', 'posting', 'message', 'email', 'e-mail', 'note', 'memo', 'video']);

/**
 * Who speaks through a participle ("saying", "adding"): right after a name, that name ("with Smith saying"); after a
 * statement the subject issued, the subject ("X issued a statement saying …"); after any other noun, nobody named
 * ("with the hospital saying", "a sign saying"); else (after a comma, "and", "before", a verb, a quote) the clause's
 * subject ("Smith defended it, saying …", "Herman says, checking himself before adding, …", "hung up saying").
 */
function participleSubject(items: readonly Item[], verb: number): Actor | undefined | null {
  let j = verb - 1;
  while (isSkippable(items[j])) j--;
  const adjacent = actorOf(items[j]);
  if (adjacent) return isObjectPosition(items, j) ? null : adjacent;
  const before = tokenOf(items[j]);
  if (before?.pos !== 'NOUN' && before?.pos !== 'PROPN') return clauseSubject(items, verb);
  // "a statement Saturday evening saying": when it was issued may stand between.
  for (let k = j; k >= 0 && k > j - 4; k--) {
    const token = tokenOf(items[k]);
    if (!token || actorOf(items[k]) || !/^(?:NOUN|PROPN|ADJ)$/.test(token.pos)) break;
    if (token.pos === 'NOUN' && STATEMENT_NOUNS.has(token.lemma.toLowerCase())) return clauseSubject(items, verb);
  }
  return null;
}

/**
 * The head of the clause's first noun phrase that names someone ("Pentagon spokesman Col. Rob Manning": Rob Manning);
 * null when a noun that is no one heads it ("The GOP nominee"); undefined when no one is named before the verb.
 */
function clauseSubject(items: readonly Item[], verb: number): Actor | undefined | null {
  const first = firstSubject(items, verb);
  if (!first) return undefined;
  let i = items.findIndex((item) => actorOf(item) === first);
  let head: Actor | null = first;
  while (i + 1 < verb) {
    const item = items[i + 1]!;
    const token = tokenOf(item);
    if (!token || !(actorOf(item) || /^(?:NOUN|PROPN)$/.test(token.pos))) break;
    if (actorOf(item)) head = actorOf(item)!;
    else if (token.pos === 'NOUN') head = null;
    i++;
  }
  return head;
}

/** The first actor before items[verb] that is not an object nor a possessor: the clause's subject. */
function firstSubject(items: readonly Item[], verb: number): Actor | undefined {
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
    if (actor === null) return null;
    // `"…," says Potts, "and to begin …"`: the second half of a quote split by its attribution.
    const inverted = readInverted(items, j);
    if (inverted) return inverted;
  }
  return null;
}

/** True when the actor, found after items[from], is followed by punctuation or the end of the sentence. */
function endsClause(items: readonly Item[], actor: Actor, from: number): boolean {
  let next = from + 1;
  while (next < items.length && actorOf(items[next]) !== actor) next++;
  while (next < items.length && actorOf(items[next]) === actor) next++;
  return next >= items.length || /^[.,;!?]$/.test(tokenOf(items[next])?.value ?? '');
}

/**
 * The speaker a sentence without a quote reports, read strictly: "according to X", "…, said X", "X said" with X
 * right before the verb; never "is said to", nor the first actor of a longer clause ("one man was killed …, said
 * the official": the official).
 */
export function readReportingClause(items: readonly Item[]): Attribution | null {
  for (let j = 0; j < items.length; j++) {
    const quoted = readQuotedAs(items, j);
    if (quoted) return quoted;
  }
  for (let j = items.length - 1; j >= 0; j--) {
    const verb = readReportingVerb(items[j], items[j + 1]);
    if (!verb || tokenOf(items[j + 1])?.normal === 'to' || tokenOf(items[j - 1])?.pos === 'AUX') continue;
    if (tokenOf(items[j - 1])?.value === ',') {
      // "…, said disaster agency official Fauzi.": the speaker ends the clause ("…, asked Nixon in a telegram" does not).
      const inverted = readInverted(items, j);
      if (inverted && endsClause(items, inverted.actor, j)) return inverted;
    }
    let k = j - 1;
    while (isSkippable(items[k])) k--;
    const actor = actorOf(items[k]);
    if (actor && !isObjectPosition(items, k)) return { actor, verb };
  }
  return null;
}
