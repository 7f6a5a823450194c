import type { AnalyzedDocument, CleanArticle, Sentence } from '../model/index.js';
import { splitSentenceSpans } from './02-sentences.js';
import { termsOf, wordsOf } from './03-terms.js';

export { splitSentences } from './02-sentences.js';
export { getNlp, readTokens, type Token } from './wink.js';

/** Options for `analyzeDocument`. */
export interface AnalyzeOptions {
  /** Publication date (ISO 8601) used to resolve relative dates; defaults to the article's own. */
  readonly published?: string | null;
}

/** Default options for `analyzeDocument`. */
export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = {};

/** Splits a cleaned article into sentences and extracts words and content terms for each. */
export function analyzeDocument(clean: CleanArticle, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS): AnalyzedDocument {
  if (!clean || typeof clean.text !== 'string' || !clean.article) {
    throw new TypeError(`analyzeDocument: expected a CleanArticle with text and article, got ${typeof clean}`);
  }
  void options;
  const source = clean.article.id;
  const sentences: Sentence[] = splitSentenceSpans(clean.text).map((span, index) => ({
    source,
    index,
    start: span.start,
    end: span.end,
    text: clean.text.slice(span.start, span.end),
    paragraph: span.paragraph,
    words: wordsOf(span.tokens),
    terms: termsOf(span.tokens),
  }));
  return { source, text: clean.text, sentences, entities: [], quotes: [], dates: [], numbers: [] };
}
