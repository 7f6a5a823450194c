import type { AnalyzedDocument, TokenColumns, TokenTable } from '../../model/index.js';
import { readPlainWords } from './plain-words.js';
import { appendTerms, type TermColumns, type TermToken } from './terms.js';
import { appendWords, type WordColumns, type WordToken } from './tokenize.js';

/**
 * Tokenizes a document's text once, sentence by sentence (a word never crosses a sentence boundary, even
 * where the splitter cut "Radio-Info.com" apart): its words and its content terms, in columns.
 */
export function buildTokenTable(text: string, sentences: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }]): TokenTable {
  const words: WordColumns = { starts: [], ends: [], lowers: [] };
  const terms: TermColumns = { starts: [], ends: [], lowers: [], values: [] };
  for (const sentence of sentences) {
    const from = words.starts.length;
    appendWords(text, sentence.start, sentence.end, words);
    appendTerms(text, words, from, words.starts.length, terms);
  }
  return { words, terms };
}

function firstAtOrAfter(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index range [from, to) of the tokens that lie within [start, end). */
function rangeIn(columns: TokenColumns, start: number, end: number): [number, number] {
  const from = firstAtOrAfter(columns.starts, start);
  let to = from;
  while (to < columns.starts.length && columns.ends[to]! <= end) to++;
  return [from, to];
}

/** The words of a document that lie within [start, end), read from its token table. */
export function wordTokensIn(doc: Pick<AnalyzedDocument, 'tokens'>, start: number, end: number): WordToken[] {
  const { words } = doc.tokens;
  const [from, to] = rangeIn(words, start, end);
  const result: WordToken[] = [];
  for (let i = from; i < to; i++) result.push({ start: words.starts[i]!, end: words.ends[i]!, lower: words.lowers[i]! });
  return result;
}

/** The content terms of a document that lie within [start, end), read from its token table. */
export function termTokensIn(doc: Pick<AnalyzedDocument, 'tokens'>, start: number, end: number): TermToken[] {
  const { terms } = doc.tokens;
  const [from, to] = rangeIn(terms, start, end);
  const result: TermToken[] = [];
  for (let i = from; i < to; i++) result.push({ start: terms.starts[i]!, end: terms.ends[i]!, lower: terms.lowers[i]!, term: terms.values[i]! });
  return result;
}

/** Distinct content terms of a document span. */
export function termSetIn(doc: Pick<AnalyzedDocument, 'tokens'>, start: number, end: number): Set<string> {
  const { terms } = doc.tokens;
  const [from, to] = rangeIn(terms, start, end);
  const set = new Set<string>();
  for (let i = from; i < to; i++) set.add(terms.values[i]!);
  return set;
}

/** True when a table word is one plain word as it is: ASCII letters and digits only (no inner dot, apostrophe, colon or comma). */
function isPlainAscii(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

/**
 * `readPlainWords(doc.text.slice(start, end))` read from the token table, for a span of whole sentences: each
 * table word split where it joins letter runs ("u.s." gives "u", "s"). Text with a capital sigma, whose lower
 * case depends on the letters around it, is read from the text.
 */
export function plainWordsIn(doc: Pick<AnalyzedDocument, 'tokens' | 'text'>, start: number, end: number): string[] {
  const span = doc.text.slice(start, end);
  if (!doc.tokens || span.includes('Σ')) return readPlainWords(span);
  const { words } = doc.tokens;
  const [from, to] = rangeIn(words, start, end);
  const plain: string[] = [];
  for (let i = from; i < to; i++) {
    const lower = words.lowers[i]!;
    if (isPlainAscii(lower)) plain.push(lower);
    else for (const part of readPlainWords(lower)) plain.push(part);
  }
  return plain;
}
