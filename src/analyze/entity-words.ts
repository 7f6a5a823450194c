import type { Token } from './wink.js';

/** A word for entity finding: wink tokens joined across in-word hyphens ("al-Maliki", "U.S.-Iran"). */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** Lower-cased, curly apostrophes folded. */
  readonly normal: string;
  readonly pos: string;
  /** Lemma of the last token ("hours" → "hour"; "15-minute" → "minute"). */
  readonly lemma: string;
  /** Index of the first token of the word within its sentence. */
  readonly token: number;
}

const HYPHEN = /^[-‐]$/;

function makeWord(text: string, tokens: readonly Token[], first: number, last: number): Word {
  const token = tokens[first]!;
  const start = token.start;
  const end = tokens[last]!.end;
  const value = first === last ? token.value : text.slice(start, end);
  // wink's normal form is the lower-cased word for almost every token; it saves a string per word.
  const lower = first === last && token.normal.length === value.length ? token.normal : value.toLowerCase();
  const normal = lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
  return new SentenceWord(start, end, value, normal, token.pos, first, tokens[last]!);
}

/** A word read from wink tokens; its lemma, which few steps need, is read when first asked for. */
class SentenceWord implements Word {
  readonly #last: Token;
  #lemma: string | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly value: string,
    readonly normal: string,
    readonly pos: string,
    readonly token: number,
    last: Token,
  ) {
    this.#last = last;
  }
  get lemma(): string {
    this.#lemma ??= this.#last.lemma.toLowerCase();
    return this.#lemma;
  }
}

/** Joins a sentence's tokens into words: "al", "-", "Maliki" without spaces between become one word. */
export function readWords(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    let last = i;
    while (
      last + 2 < tokens.length &&
      tokens[last + 1]!.value.length === 1 &&
      HYPHEN.test(tokens[last + 1]!.value) &&
      tokens[last + 1]!.start === tokens[last]!.end &&
      tokens[last + 2]!.start === tokens[last + 1]!.end &&
      /[\p{L}\p{N}]/u.test(tokens[last + 2]!.value)
    )
      last += 2;
    const word = makeWord(text, tokens, i, last);
    const length = word.value.length;
    const apostrophe = length > 2 ? word.value[length - 2] : '';
    const possessive = (apostrophe === "'" || apostrophe === '’') && word.value[length - 1] === 's' && /\p{L}/u.test(word.value[length - 3]!);
    if (possessive) {
      words.push({ ...word, end: word.end - 2, value: word.value.slice(0, -2), normal: word.normal.slice(0, -2), lemma: word.normal.slice(0, -2) });
      words.push({ start: word.end - 2, end: word.end, value: word.value.slice(-2), normal: "'s", pos: 'PART', lemma: "'s", token: last });
    } else words.push(word);
    i = last + 1;
  }
  return words;
}

/** A sentence's tokens, with room for the words read from them (filled by `readSentenceWords`). */
export interface WordSource {
  readonly tokens: readonly Token[];
  words?: readonly Word[];
}

/** `readWords` for one sentence, computed once and kept on the sentence for the entity and number steps. */
export function readSentenceWords(text: string, sentence: WordSource): readonly Word[] {
  sentence.words ??= readWords(text, sentence.tokens);
  return sentence.words;
}

/** Splits a hyphenated word into its parts ("U.S.-Iran" → "U.S.", "Iran"), offsets kept. */
export function splitHyphens(word: Word): Word[] {
  const parts: Word[] = [];
  const pattern = /[^-‐]+/g;
  for (let match = pattern.exec(word.value); match; match = pattern.exec(word.value)) {
    const start = word.start + match.index;
    parts.push({
      start,
      end: start + match[0].length,
      value: match[0],
      normal: match[0].toLowerCase(),
      pos: word.pos,
      lemma: match[0].toLowerCase(),
      token: word.token,
    });
  }
  return parts;
}

/** True when the word starts with a capital letter or is a name particle such as "al-Dabagh". */
export function isCapitalized(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code === 97 || code === 101) return /^(?:al|el)-\p{Lu}/u.test(value);
  return code > 127 && /^\p{Lu}/u.test(value);
}

/** True when the word has a letter (ASCII fast path). */
export function hasLetter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i) | 32;
    if (code >= 97 && code <= 122) return true;
  }
  return /\p{L}/u.test(value);
}
