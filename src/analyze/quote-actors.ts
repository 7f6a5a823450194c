import type { EntityFinding } from './04-entities.js';
import { lookupLexicon } from './compromise.js';
import { isRoleNoun } from './entity-descriptions.js';
import { NON_NAME_WORDS, REPORTING_LEMMAS } from './lexicon/index.js';
import type { QuoteSpan } from './quote-marks.js';
import { isVocabularyWord, type Token } from './wink.js';

/** Who a stretch of text names as a possible speaker: an entity, a pronoun or a role ("the envoy"). */
export interface Actor {
  /** `name`: a capitalized name right after a role that the entity tagger did not type ("official Fauzi"). */
  readonly kind: 'entity' | 'pronoun' | 'role' | 'name';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly finding?: EntityFinding;
  /** A role's head noun as written and as the tokenizer normalizes it ("neighbour" → "neighbor"). */
  readonly head?: { readonly value: string; readonly normal: string; readonly lemma: string };
}

/** A sentence seen by attribution: tokens outside quotes, each quote as one item, actors marked. */
export type Item = { readonly kind: 'token'; readonly token: Token; readonly actor?: Actor } | { readonly kind: 'quote'; readonly quote: QuoteSpan };

const PRONOUNS = new Set(['he', 'she']);
// "it" is a speaker only in "it said" and the like, where it stands for an organization.
const IT_VERBS = new Set(['say', 'tell', 'add', 'announce', 'report', 'state', 'write', 'claim', 'confirm', 'deny', 'warn', 'note']);
const NP_WORD = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;

function findingAt(findings: readonly EntityFinding[], offset: number): EntityFinding | undefined {
  let low = 0;
  let high = findings.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const finding = findings[mid]!;
    if (offset < finding.titleStart) high = mid - 1;
    else if (offset >= finding.mention.end) low = mid + 1;
    else return finding;
  }
  return undefined;
}

/** A role noun phrase ending at tokens[head]: "the Iranian envoy", "one Israeli diplomat", "US envoy to Iraq". */
function readRole(text: string, tokens: readonly Token[], head: number, from: number): Actor | null {
  let first = head;
  // A determiner opens the phrase: "Yesterday a neighbour" is "a neighbour".
  while (first - 1 >= from && NP_WORD.test(tokens[first - 1]!.pos) && head - first < 4 && tokens[first]!.pos !== 'DET') first--;
  let last = head;
  const next = tokens[head + 1];
  if (next && (next.normal === 'to' || next.normal === 'for') && tokens[head + 2]?.pos === 'PROPN') last = head + 2;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return {
    kind: 'role',
    start,
    end,
    text: text.slice(start, end),
    head: { value: tokens[head]!.value.toLowerCase(), normal: tokens[head]!.normal, lemma: tokens[head]!.lemma },
  };
}

/** One to three capitalized proper nouns at tokens[from] that no entity covers and that end the phrase: "Fauzi" of "official Fauzi said". */
function readUntypedName(text: string, tokens: readonly Token[], from: number, findings: readonly EntityFinding[]): Actor | null {
  let to = from;
  while (to < tokens.length && to < from + 3 && tokens[to]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(tokens[to]!.value)) {
    if (findingAt(findings, tokens[to]!.start) || NON_NAME_WORDS.has(tokens[to]!.normal)) return null;
    to++;
  }
  if (to === from || tokens[to]?.pos === 'PROPN' || tokens[to]?.pos === 'NOUN') return null;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { kind: 'name', start, end, text: text.slice(start, end) };
}

/** A role noun, also with a prefix that keeps it one ("ex-employee", "co-founder"). */
function isSpeakerRole(normal: string): boolean {
  return isRoleNoun(normal) || isRoleNoun(normal.replace(/^(?:ex|co|vice)-/, ''));
}

const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*\p{Ll}$/u;
const NAME_CLASSES = new Set(['male-name', 'female-name', 'last-name', 'person']);

/**
 * A word that names someone: one of a person the text names elsewhere ("piper" of "Piper said …"), one the lexicon
 * knows as a name ("nicole", "cooper"), or one outside the English vocabulary ("mehta", "serna").
 */
function isNameWord(normal: string, names: LowerCaseNames): boolean {
  return names.has(normal) || NAME_CLASSES.has(lookupLexicon(normal) ?? '') || !isVocabularyWord(normal);
}
const CLOSING = /^[,.;:!?()"“”]$/;

/** Names of a text that has lost its capitals: the words of the people the entity tagger found (at a sentence's start). */
export type LowerCaseNames = ReadonlySet<string>;

function isLowerNameWord(token: Token | undefined, names: LowerCaseNames): boolean {
  if (!token || !LOWER_WORD.test(token.value) || !/^(?:NOUN|PROPN|VERB|ADJ)$/.test(token.pos)) return false;
  if (names.has(token.normal)) return true;
  return !token.stop && !isRoleNoun(token.normal) && !NON_NAME_WORDS.has(token.normal) && !REPORTING_LEMMAS.has(token.lemma.toLowerCase());
}

function isReportingToken(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && REPORTING_LEMMAS.has(token.lemma.toLowerCase());
}

/**
 * A name in a text that has lost its capitals ("…, " said sonny mehta, editor …", "…, " serna said."): one to three
 * words the lexicon knows only as names or not at all (a first word may be a common one: "sonny"), that end the
 * phrase at punctuation or a reporting verb. Read only right after a reporting verb or a role, or right before a
 * reporting verb after a quote or a comma: elsewhere an unknown lower-case word is too often a common one.
 */
function readLowerName(text: string, tokens: readonly Token[], from: number, afterVerb: boolean, names: LowerCaseNames): Actor | null {
  let to = from;
  while (to < tokens.length && to < from + 3 && isLowerNameWord(tokens[to], names)) to++;
  for (; to > from; to--) {
    const words = tokens.slice(from, to);
    if (!isNameWord(words[words.length - 1]!.normal, names)) continue;
    if (!words.slice(0, -1).every((word) => isNameWord(word.normal, names) || /^(?:word|null)$/.test(String(lookupLexicon(word.normal))))) continue;
    const next = tokens[to];
    const ends = next === undefined || CLOSING.test(next.value) || (!afterVerb && isReportingToken(next));
    if (!ends) return null;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    return { kind: 'name', start, end, text: text.slice(start, end) };
  }
  return null;
}

const CAPITAL_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u;
const NOT_NAME_CLASSES = new Set(['weekday', 'month', 'demonym', 'honorific', 'organization']);

/**
 * A capitalized name the entity tagger did not type as a person right at a quote's attribution: after a reporting
 * verb and ending the clause (`," said Montana, who …`, `," said Hornbury.`), or after `,"` and before the verb
 * (`," Lord said`, `," Wax says`) — a place or a common word elsewhere, a speaker here.
 */
function readAttributedName(text: string, tokens: readonly Token[], i: number, findings: readonly EntityFinding[]): Actor | null {
  const before = tokens[i - 1];
  const afterVerb = isReportingToken(before) && before!.lemma.toLowerCase() !== 'tell';
  const afterQuote = before !== undefined && /^["“”]$/.test(before.value) && /^[,?!]$/.test(tokens[i - 2]?.value ?? '');
  if (!afterVerb && !afterQuote) return null;
  let to = i;
  while (to < tokens.length && to < i + 3) {
    const token = tokens[to]!;
    if (!CAPITAL_WORD.test(token.value) || !/^(?:PROPN|NOUN)$/.test(token.pos) || findingAt(findings, token.start)) break;
    if (NON_NAME_WORDS.has(token.normal) || NOT_NAME_CLASSES.has(lookupLexicon(token.normal) ?? '') || isRoleNoun(token.normal)) break;
    to++;
  }
  if (to === i) return null;
  const next = tokens[to];
  // "said Dist. Atty. Steve Cooley": a short word with a full stop on it is a title's abbreviation, not a name.
  if (to === i + 1 && tokens[i]!.value.length <= 4 && next?.value === '.' && next.start === tokens[i]!.end) return null;
  // After the quote, the verb may follow an aside: `," Holtzman, now a 64-year-old marketing consultant, recalled.`
  const aside = next?.value === ',' && /^(?:a|an|the|who|now|one|his|her|their)$/.test(tokens[to + 1]?.normal ?? '');
  const ends = afterVerb ? next === undefined || /^[,.;!?]$/.test(next.value) : isReportingToken(next) || aside;
  if (!ends) return null;
  const start = tokens[i]!.start;
  const end = tokens[to - 1]!.end;
  return { kind: 'name', start, end, text: text.slice(start, end) };
}

/**
 * Builds the items of a run of sentence tokens: quoted tokens folded into their quote, entity mentions
 * (people and organizations, with their titles), he/she and role noun phrases marked as actors.
 */
export function readItems(
  text: string,
  tokens: readonly Token[],
  quotes: readonly QuoteSpan[],
  findings: readonly EntityFinding[],
  lowerCase: LowerCaseNames | null = null,
): Item[] {
  const items: Item[] = [];
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (q < quotes.length && quotes[q]!.close <= token.start) q++;
    const quote = quotes[q];
    if (quote && token.start >= quote.open && token.start < quote.close) {
      const previous = items[items.length - 1];
      if (!(previous?.kind === 'quote' && previous.quote === quote)) items.push({ kind: 'quote', quote });
      continue;
    }
    const finding = findingAt(findings, token.start);
    if (finding && finding.mention.type !== 'place') {
      const actor: Actor = { kind: 'entity', start: finding.titleStart, end: finding.mention.end, text: finding.mention.text, finding };
      items.push({ kind: 'token', token, actor });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < finding.mention.end) i++;
      continue;
    }
    const attributed = lowerCase ? null : readAttributedName(text, tokens, i, findings);
    if (attributed) {
      items.push({ kind: 'token', token, actor: attributed });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < attributed.end) i++;
      continue;
    }
    const next = tokens[i + 1];
    const itSaid = token.normal === 'it' && next?.pos === 'VERB' && IT_VERBS.has(next.lemma.toLowerCase());
    if (PRONOUNS.has(token.normal) || itSaid) {
      items.push({ kind: 'token', token, actor: { kind: 'pronoun', start: token.start, end: token.end, text: token.value } });
      continue;
    }
    const named = tokens[i + 1] ? findingAt(findings, tokens[i + 1]!.start) : undefined;
    // "hip-hop mogul Russell Simmons": a role right before a name describes it and is not another actor.
    // "a relative said": a role noun the tagger read as an adjective, after a determiner and heading its phrase.
    // A role noun before another noun modifies it ("her official biography"), unless that noun is a role too.
    // In a text without capitals, "said lead researcher sterling nesbitt": the noun after the role starts a name.
    const lowerName = lowerCase !== null && token.pos === 'NOUN' && isRoleNoun(token.normal) && readLowerName(text, tokens, i + 1, true, lowerCase) !== null;
    const head =
      (token.pos === 'NOUN' && (lowerName || !(next?.pos === 'NOUN' && !isRoleNoun(next.normal) && !/-name$/.test(lookupLexicon(next.normal) ?? '')))) ||
      (token.pos === 'ADJ' && tokens[i - 1]?.pos === 'DET' && !/^(?:NOUN|PROPN|ADJ)$/.test(next?.pos ?? ''));
    if (head && isSpeakerRole(token.normal) && !/^\p{Lu}/u.test(token.value) && named?.mention.type !== 'person') {
      const role = readRole(text, tokens, i, 0);
      if (role) {
        // The role phrase replaces the modifier tokens already pushed.
        while (items.length > 0) {
          const previous = items[items.length - 1]!;
          if (previous.kind !== 'token' || previous.actor || previous.token.start < role.start) break;
          items.pop();
        }
        while (i + 1 < tokens.length && tokens[i + 1]!.start < role.end) i++;
        const name = readUntypedName(text, tokens, i + 1, findings) ?? (lowerCase ? readLowerName(text, tokens, i + 1, true, lowerCase) : null);
        items.push({ kind: 'token', token, actor: name ? { ...name, start: role.start } : role });
        if (name) while (i + 1 < tokens.length && tokens[i + 1]!.start < name.end) i++;
        continue;
      }
    }
    if (lowerCase && isLowerNameWord(token, lowerCase)) {
      const before = tokens[i - 1];
      // "said police chief terry wilson": a name right after a role reads as after the verb.
      const afterVerb = isReportingToken(before) || (before !== undefined && before.pos === 'NOUN' && isRoleNoun(before.normal));
      // After a quote only when it closes on a comma (`…, " serna said`): after `…. "` a new sentence begins.
      const afterQuote = before !== undefined && /^["“”]$/.test(before.value) && /^[,?!]$/.test(tokens[i - 2]?.value ?? '');
      const name = afterVerb || before === undefined || before.value === ',' || afterQuote ? readLowerName(text, tokens, i, afterVerb, lowerCase) : null;
      // Before a verb, the name must be the whole subject: `, " serna said`, not `, " the ruling by serna said`.
      if (name && (afterVerb || isReportingToken(tokens.find((next) => next.start >= name.end)))) {
        items.push({ kind: 'token', token, actor: name });
        while (i + 1 < tokens.length && tokens[i + 1]!.start < name.end) i++;
        continue;
      }
    }
    items.push({ kind: 'token', token });
  }
  return items;
}
