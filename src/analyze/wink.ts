import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { boundedMemo } from './bounded-memo.js';

/** One token with its character offsets into the text given to `readTokens`. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** Lower-cased normal form. */
  readonly normal: string;
  /** wink token type: "word", "number", "punctuation", "quoted_phrase", "symbol", "currency", … */
  readonly type: string;
  readonly pos: string;
  readonly lemma: string;
  readonly stop: boolean;
  /** Index of the sentence (within this call) the token belongs to. */
  readonly sentence: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

// Porter stemming is most of wink's per-token cost and news vocabulary repeats: memoized by value.
const stemOf = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

/** Porter stem of a token's value (wink's stemmer), memoized; only content words need one. */
export const stemToken: (value: string) => string = boundedMemo(200_000, stemOf);

/**
 * The process-wide wink-nlp instance. wink breaks custom entities when a second instance is built
 * from the same model, so every caller shares this one.
 */
export function getNlp(): Nlp {
  if (shared === null) {
    shared = winkNLP(model, ['sbd', 'pos']);
    // The first word wink has not met gets the first id after its own vocabulary: read before any text, always the same.
    vocabularySize = shared.readDoc(VOCABULARY_PROBE).tokens().itemAt(0).out(shared.its.uniqueId) as unknown as number;
  }
  return shared;
}

const VOCABULARY_PROBE = 'qzxqvjkw';
let vocabularySize = Number.POSITIVE_INFINITY;

/**
 * True when a lower-cased word is in wink's English vocabulary ("story", "officials"); false for words it has never
 * met, most of them names ("mehta", "nesbitt") or misspellings.
 */
export const isVocabularyWord: (normal: string) => boolean = boundedMemo(20_000, (normal) => {
  const nlp = getNlp();
  const tokens = nlp.readDoc(normal).tokens();
  return tokens.length() === 1 && (tokens.itemAt(0).out(nlp.its.uniqueId) as unknown as number) < vocabularySize;
});

/** A token as wink read it, its lemma read from wink when first asked for. */
class WinkToken implements Token {
  readonly #lemmaAt: (index: number) => string;
  readonly #index: number;
  #lemma: string | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly value: string,
    readonly normal: string,
    readonly type: string,
    readonly pos: string,
    readonly stop: boolean,
    readonly sentence: number,
    lemmaAt: (index: number) => string,
    index: number,
  ) {
    this.#lemmaAt = lemmaAt;
    this.#index = index;
  }
  get lemma(): string {
    this.#lemma ??= this.#lemmaAt(this.#index);
    return this.#lemma;
  }
}

const POSSESSIVE = /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*['’]s$/u;

// wink learns the tokens it meets: once it has read "Reid's," (left whole before a comma) it reads every later
// "Reid's" as one token, so an article's analysis would depend on what the process read before. A noun's
// possessive is split here, the way wink splits it when it has not learned the word.
function pushSplitPossessive(tokens: Token[], token: Token): void {
  if (token.type !== 'word' || (token.pos !== 'PROPN' && token.pos !== 'NOUN') || !POSSESSIVE.test(token.value)) {
    tokens.push(token);
    return;
  }
  const cut = token.end - 2;
  const head = token.value.slice(0, -2);
  const clitic = token.value.slice(-2);
  tokens.push(
    { ...token, end: cut, value: head, normal: token.normal.slice(0, -2), lemma: head.toLowerCase() },
    { ...token, start: cut, value: clitic, normal: clitic.toLowerCase(), pos: 'PART', lemma: clitic.toLowerCase(), stop: false },
  );
}

const NUMBER_SHAPE = /^\d+(?:[.,]\d+)*$/;
const LETTERS_ONLY = /^\p{L}+$/u;

// wink keeps the category it first gave a string: after "No.500" it reads every later "500" as a word, after
// "EUR/USD" every later "USD" as a currency sign. The category is taken here from the token's shape where wink's
// depends on what the process read before, so an article's analysis does not (a number wink took for a word is
// tagged as a number too).
function typeOf(value: string, type: string): string {
  if (type === 'word' && NUMBER_SHAPE.test(value)) return 'number';
  if (type === 'currency' && LETTERS_ONLY.test(value)) return 'word';
  return type;
}

/** Tokenizes one line of text with wink, giving offsets relative to `base`. */
export function readTokens(text: string, base = 0): Token[] {
  return readLineTokens(text, [{ start: 0, end: text.length }], base)[0]!;
}

// Between two lines in the text given to wink: a blank line, at which wink always ends a sentence and which
// it reads as one whitespace token, so every line is tokenized and tagged as when it is read on its own.
const LINE_SEPARATOR = '\n\n';

/**
 * Tokenizes several lines of `text` (non-empty, in order, without a newline inside) with one wink read instead of
 * one per line (each read has a fixed cost): the tokens of each line, with offsets into `text` (plus `base`) and
 * sentence indices counted from the line's first sentence.
 */
export function readLineTokens(text: string, lines: readonly { readonly start: number; readonly end: number }[], base = 0): Token[][] {
  const result: Token[][] = lines.map(() => []);
  if (lines.length === 0) return result;
  const joined = lines.length === 1 ? text.slice(lines[0]!.start, lines[0]!.end) : lines.map((line) => text.slice(line.start, line.end)).join(LINE_SEPARATOR);
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(joined);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // One collection for every column: wink builds a new API object (a dozen closures) on each tokens() call.
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const normals = all.out(its.normal) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as string[];
  // The lemma is wink's dearest column and few tokens need one (verbs of saying, a unit after a number): read on demand.
  const lemmaAt = (index: number): string =>
    (all.itemAt(index).out(its.lemma as never) as unknown as string | undefined) ?? (values[index] ?? '').toLowerCase();
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  let offset = 0;
  let sentence = 0;
  // The line being filled: its start in `joined`, its end there and its first sentence.
  let line = 0;
  let lineStart = 0;
  let lineEnd = lines[0]!.end - lines[0]!.start;
  let firstSentence = -1;
  for (let i = 0; i < values.length; i++) {
    while (spans[sentence] !== undefined && i > spans[sentence]![1]) sentence++;
    offset += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    // wink is lossless, but guard against a drift so offsets never point past the text.
    const found = joined.startsWith(value, offset) ? offset : joined.indexOf(value, offset);
    const start = found >= 0 ? found : offset;
    offset = start + value.length;
    while (start >= lineEnd && line + 1 < lines.length) {
      line++;
      lineStart = lineEnd + LINE_SEPARATOR.length;
      lineEnd = lineStart + lines[line]!.end - lines[line]!.start;
      firstSentence = -1;
    }
    // The separator's own whitespace token.
    if (start < lineStart || start >= lineEnd) continue;
    if (firstSentence < 0) firstSentence = sentence;
    const shift = base + lines[line]!.start - lineStart;
    const type = typeOf(value, types[i] ?? 'word');
    const token = new WinkToken(
      shift + start,
      shift + offset,
      value,
      normals[i] ?? value.toLowerCase(),
      type,
      type === 'number' && types[i] === 'word' ? 'NUM' : (pos[i] ?? 'X'),
      stops[i] ?? false,
      sentence - firstSentence,
      lemmaAt,
      i,
    );
    pushSplitPossessive(result[line]!, token);
  }
  return result;
}
