import type { SentenceSpan } from './02-sentences.js';
import { lookupLexicon } from './compromise.js';
import { isFirstNameToo } from './first-names.js';
import { KNOWN_ORGANIZATIONS, KNOWN_PLACES, NON_NAME_WORDS, ORGANIZATION_HEADS, TITLE_HEADS } from './lexicon/index.js';
import { hasLetter, isCapitalized, readSentenceWords, splitHyphens, type Word } from './entity-words.js';

/** A run of capitalized words in one sentence that may name an entity. */
export interface Candidate {
  readonly sentence: number;
  /** All words of the sentence, hyphenated names split where they join two names ("U.S.-Iran"). */
  readonly context: readonly Word[];
  /** The candidate is context[from, to). */
  readonly from: number;
  readonly to: number;
  /** Found in a title-case line (a headline): kept only when the name is already known. */
  readonly weak: boolean;
}

const PARTICLES = new Set(['bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'du', 'la', 'dos', 'del', '&']);
const OF_HEADS = new Set([...ORGANIZATION_HEADS, ...TITLE_HEADS, 'republic', 'kingdom', 'states', 'secretary']);
const OPENERS = /^["“‘'(:\u2014–-]+$/;

function isKnownName(normal: string): boolean {
  return KNOWN_PLACES.has(normal) || KNOWN_ORGANIZATIONS.has(normal);
}

/** Splits hyphenated words that join names ("U.S.-Iran") or hang a modifier on one ("U.S.-controlled"). */
function splitJoinedNames(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    if (!(word.value.includes('-') || word.value.includes('‐')) || !/[\p{L}.][-‐]\p{L}/u.test(word.value) || /^(?:al|el)-/i.test(word.value)) {
      out.push(word);
      continue;
    }
    const parts = splitHyphens(word);
    const first = parts[0]!;
    if (isCapitalized(first.value) && (isKnownName(first.normal) || !isCapitalized(parts[1]?.value ?? ''))) {
      out.push(first);
      for (const part of parts.slice(1)) out.push({ ...part, pos: isCapitalized(part.value) ? 'PROPN' : 'ADJ' });
    } else out.push(word);
  }
  return out;
}

function isNameWord(words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  if (!isCapitalized(word.value) || NON_NAME_WORDS.has(word.normal)) return false;
  const previous = words[i - 1];
  const initial = !previous || OPENERS.test(previous.value);
  if (!initial || isKnownName(word.normal) || /^(?:al|el)-/.test(word.value)) return true;
  const kind = lookupLexicon(word.normal.replace(/'s$/, ''));
  // "Van Rompuy said": a name particle opens a surname, not a first name.
  if (kind === 'word') return isFirstNameToo(word.normal) && !PARTICLES.has(word.normal) && opensName(words, i);
  if (kind === 'role') return false;
  // "Prosecutors said …": a plural common noun opening a sentence.
  const singular = kind === null && /[^s]s$/.test(word.normal) ? lookupLexicon(word.normal.slice(0, -1)) : null;
  if (singular === 'word' || singular === 'role') return false;
  return kind !== null || word.pos === 'PROPN';
}

// Kinds of word that may follow a first name: a name, or a word compromise does not know ("Sandford").
const SURNAME_KINDS = new Set([null, 'last-name', 'male-name', 'female-name', 'person']);

/**
 * A common word opening a sentence that is also a first name opens a person's name when a capitalized word it does not
 * know as a common word follows it at once ("Gill Sandford, dean of …, said", "Bill Clinton"; not "Rose Garden").
 */
function opensName(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.start > words[i]!.end + 1 || !isCapitalized(next.value) || NON_NAME_WORDS.has(next.normal)) return false;
  return SURNAME_KINDS.has(lookupLexicon(next.normal.replace(/'s$/, '')));
}

function isTitleCase(words: readonly Word[]): boolean {
  let long = 0;
  let capitalized = 0;
  for (const word of words) {
    if (word.value.length < 4 || !hasLetter(word.value)) continue;
    long++;
    if (isCapitalized(word.value)) capitalized++;
  }
  return long >= 2 && capitalized / long >= 0.75;
}

/** Finds runs of capitalized words in a sentence, joined by "of", "to" (after a title) and name particles. */
export function findCandidates(text: string, span: SentenceSpan, sentence: number): Candidate[] {
  const context = splitJoinedNames(readSentenceWords(text, span));
  const weak = isTitleCase(context);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < context.length) {
    if (!isNameWord(context, i)) {
      i++;
      continue;
    }
    let to = i + 1;
    for (;;) {
      const next = context[to];
      if (!next) break;
      if (!/^\s+$/.test(text.slice(context[to - 1]!.end, next.start))) break;
      if (isNameWord(context, to)) {
        to++;
        continue;
      }
      const joiner = next.normal;
      const previous = context[to - 1]!.normal.replace(/\.$/, '');
      const joinable = (joiner === 'of' && OF_HEADS.has(previous)) || (joiner === 'to' && TITLE_HEADS.has(previous)) || (PARTICLES.has(joiner) && to > i);
      const after = context[to + 1];
      if (joinable && after && /^\s+$/.test(text.slice(next.end, after.start)) && isNameWord(context, to + 1)) {
        to += 2;
        continue;
      }
      break;
    }
    candidates.push({ sentence, context, from: i, to, weak });
    i = to;
  }
  return candidates;
}
