import { readQuoteWords, readTermTokens } from '../analyze/index.js';
import type { AnalyzedDocument, Evidence } from '../model/index.js';

/** What a passage must hold for the summary to cite it: the sentence's figures, names and quoted words. */
export interface Checkable {
  readonly figures: readonly string[];
  readonly names: readonly string[];
  readonly quoted: readonly (readonly string[])[];
}

// Capitalized because of its place, not because it is a name: a sentence's or a quotation's first word.
const FORCED_CAPITAL = /(?:^|[.!?:;"“(—–]\s*)$/;
const QUOTED = /"([^"]{2,600})"/g;
// How much of a quotation a cited passage must hold (it may be cut shorter, or end in "…").
const QUOTED_SHARE = 0.7;
// A source may name the person in the sentences just before ("Crocker said … . He added …").
const NAME_CONTEXT = 2;

/** The figures, names (capitalized words past the first) and quoted words of a summary sentence. */
export function readCheckable(text: string): Checkable {
  const tokens = readTermTokens(text);
  const figures = [...new Set(tokens.filter((token) => /^\d/.test(token.term)).map((token) => token.term))];
  const names = new Set<string>();
  for (const token of tokens) {
    if (/^\d/.test(token.term) || !/^\p{Lu}/u.test(text.slice(token.start, token.start + 1))) continue;
    if (token.start === 0 || FORCED_CAPITAL.test(text.slice(Math.max(0, token.start - 3), token.start))) continue;
    names.add(token.term);
  }
  const quoted = [...text.matchAll(QUOTED)].map((match) => readQuoteWords(match[1]!)).filter((words) => words.length >= 2);
  return { figures, names: [...names], quoted };
}

/**
 * True when a passage of another source reports what the summary sentence says as far as a reader can check: it
 * holds the sentence's figures and quoted words, and names its people and places (in it or just before it).
 */
export function supportsCitation(wanted: Checkable, doc: AnalyzedDocument, evidence: Evidence): boolean {
  const passage = new Set(readTermTokens(evidence.text).map((token) => token.term));
  if (wanted.figures.some((figure) => !passage.has(figure))) return false;
  if (wanted.names.length > 0) {
    const from = doc.sentences[Math.max(0, evidence.sentence - NAME_CONTEXT)]?.start ?? evidence.start;
    const context = new Set(readTermTokens(doc.text, Math.min(from, evidence.start), evidence.end).map((token) => token.term));
    if (wanted.names.some((name) => !context.has(name))) return false;
  }
  if (wanted.quoted.length > 0) {
    const words = new Set(readQuoteWords(evidence.text));
    for (const quote of wanted.quoted) {
      const found = quote.filter((word) => words.has(word)).length;
      if (found / quote.length < QUOTED_SHARE) return false;
    }
  }
  return true;
}
