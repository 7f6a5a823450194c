import { readTermTokens, type TermToken } from '../align/index.js';
import type { AnalyzedDocument } from '../model/index.js';

// Each document is read once; spans are cut from its tokens. Keyed weakly: nothing outlives the document.
const cache = new WeakMap<AnalyzedDocument, TermToken[]>();

function tokensOf(doc: AnalyzedDocument): TermToken[] {
  let tokens = cache.get(doc);
  if (!tokens) {
    tokens = readTermTokens(doc.text);
    cache.set(doc, tokens);
  }
  return tokens;
}

function firstAtOrAfter(tokens: readonly TermToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Content terms of a document that lie within [start, end). */
export function termTokensIn(doc: AnalyzedDocument, start: number, end: number): TermToken[] {
  const tokens = tokensOf(doc);
  const tokensFrom = firstAtOrAfter(tokens, start);
  const result: TermToken[] = [];
  for (let i = tokensFrom; i < tokens.length && tokens[i]!.end <= end; i++) result.push(tokens[i]!);
  return result;
}

/** Distinct content terms of a document span. */
export function termSetIn(doc: AnalyzedDocument, start: number, end: number): Set<string> {
  return new Set(termTokensIn(doc, start, end).map((token) => token.term));
}
