import { CANONICAL, COMPOUNDS, NEGATORS, NUMBER_WORDS, STOPWORDS } from '../lexicon/index.js';
import { boundedMemo } from '../bounded-memo.js';
import { stemWord } from './stem.js';
import { tokenizeWords, type WordColumns, type WordToken } from './tokenize.js';

/** A content term at its place in the text. */
export interface TermToken extends WordToken {
  /** Canonical stem: synonyms, spellings and number words folded ("Teheran" gives "iran", "four" gives "4"). */
  readonly term: string;
}

// The same few thousand words recur in every story.
const termOf = boundedMemo(100_000, computeTerm);

const COMPOUND_FIRST = new Set(Object.keys(COMPOUNDS).map((key) => key.split(' ')[0]!));

/** Canonical term of one word, or null for function words. `original` keeps case to tell "US" from "us". */
export function termOfWord(lower: string, original: string): string | null {
  if (lower === 'us' || lower === 'u.s.') return original === 'us' ? null : 'us';
  return termOf(lower);
}

function computeTerm(lower: string): string | null {
  lower = lower.replace(/'s$/, '');
  if (STOPWORDS.has(lower) || NEGATORS.has(lower)) return null;
  const number = NUMBER_WORDS[lower];
  if (number !== undefined) return number;
  if (/^\d[\d,]*(?:\.\d+)?$/.test(lower)) return lower.replace(/,/g, '');
  if (lower.length < 2 || !/\p{L}/u.test(lower)) return null;
  if (lower === 'al' || lower === 'el') return null;
  const stem = stemWord(lower.replace(/\.$/, ''));
  return CANONICAL.get(stem) ?? CANONICAL.get(lower) ?? stem;
}

/** Content terms of `text.slice(start, end)` with their offsets. */
export function readTermTokens(text: string, start = 0, end = text.length): TermToken[] {
  return termsOfWords(text, tokenizeWords(text, start, end));
}

/** Term columns being filled: offsets, lower-cased forms and canonical terms, in text order. */
export interface TermColumns extends WordColumns {
  readonly values: string[];
}

/**
 * Appends the content terms of the words `words[from, to)` to `terms` (what `termsOfWords` returns for them,
 * without an object per term): two-word names joined, function words dropped.
 */
export function appendTerms(text: string, words: WordColumns, from: number, to: number, terms: TermColumns): void {
  const { starts, ends, lowers } = words;
  for (let i = from; i < to; i++) {
    const lower = lowers[i]!;
    const compound = i + 1 < to && COMPOUND_FIRST.has(lower) ? COMPOUNDS[`${lower} ${lowers[i + 1]!}`] : undefined;
    if (compound !== undefined) {
      terms.starts.push(starts[i]!);
      terms.ends.push(ends[i + 1]!);
      terms.lowers.push(`${lower} ${lowers[i + 1]!}`);
      terms.values.push(compound);
      i++;
      continue;
    }
    const term = termOfWord(lower, lower === 'us' ? text.slice(starts[i]!, ends[i]!) : lower);
    if (term === null) continue;
    terms.starts.push(starts[i]!);
    terms.ends.push(ends[i]!);
    terms.lowers.push(lower);
    terms.values.push(term);
  }
}

/** Content terms of words already tokenized from `text` (two-word names joined, function words dropped). */
export function termsOfWords(text: string, words: readonly WordToken[]): TermToken[] {
  const tokens: TermToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const compound = COMPOUND_FIRST.has(word.lower) ? COMPOUNDS[`${word.lower} ${words[i + 1]?.lower ?? ''}`] : undefined;
    if (compound !== undefined) {
      tokens.push({ start: word.start, end: words[i + 1]!.end, lower: `${word.lower} ${words[i + 1]!.lower}`, term: compound });
      i++;
      continue;
    }
    const term = termOfWord(word.lower, word.lower === 'us' ? text.slice(word.start, word.end) : word.lower);
    if (term !== null) tokens.push({ start: word.start, end: word.end, lower: word.lower, term });
  }
  return tokens;
}

/** True when the word negates its clause ("not", "never", "didn't", …). */
export function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't");
}
