import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

// Porter stemming is most of wink's per-token cost and news vocabulary repeats: memoize by value.
const STEM_CACHE_LIMIT = 200_000;
const stems = new Map<string, string>();
const stemOf = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

/** Porter stem of a token's value (wink's stemmer), memoized; only content words need one. */
export function stemToken(value: string): string {
  let stem = stems.get(value);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stem = stemOf(value);
    stems.set(value, stem);
  }
  return stem;
}

/**
 * The process-wide wink-nlp instance. wink breaks custom entities when a second instance is built
 * from the same model, so every caller shares this one.
 */
export function getNlp(): Nlp {
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
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

/** Tokenizes one line of text with wink, giving offsets relative to `base`. */
export function readTokens(text: string, base = 0): Token[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // One collection for every column: wink builds a new API object (a dozen closures) on each tokens() call.
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const normals = all.out(its.normal) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as unknown as string[];
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let offset = 0;
  let sentence = 0;
  for (let i = 0; i < values.length; i++) {
    while (spans[sentence] !== undefined && i > spans[sentence]![1]) sentence++;
    offset += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    // wink is lossless, but guard against a drift so offsets never point past the text.
    const found = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    const start = found >= 0 ? found : offset;
    offset = start + value.length;
    const token: Token = {
      start: base + start,
      end: base + offset,
      value,
      normal: normals[i] ?? value.toLowerCase(),
      type: types[i] ?? 'word',
      pos: pos[i] ?? 'X',
      lemma: lemmas[i] ?? value.toLowerCase(),
      stop: stops[i] ?? false,
      sentence,
    };
    pushSplitPossessive(tokens, token);
  }
  return tokens;
}
