import type { AnalyzedDocument, CleanArticle, Sentence, SourceId } from '../model/index.js';
import { splitSentenceSpans } from './02-sentences.js';
import { termsOf, wordsOf } from './03-terms.js';
import { readTokens } from './wink.js';
import { extractEntities } from './04-entities.js';
import { extractQuotes } from './05-quotes.js';
import { extractDates } from './06-dates.js';
import { extractNumbers } from './07-numbers.js';
import { extractAttributions } from './08-attributions.js';
import { buildTokenTable } from './terms/index.js';

export { splitSentences } from './02-sentences.js';
export { findSpeaker } from './08-attributions.js';
export { getNlp, readTokens, type Token } from './wink.js';
export { normalizeEntityKey, skeletonOf } from './entity-keys.js';
export { initialsOf, isSpellingVariant } from './name-variants.js';
export { monthDayOf } from './chrono.js';
export { placeLevel } from './place-level.js';
export { isKeptDocument, keptWithDocument } from './kept-document.js';
export { type KeptPairMemo, keptPairMemo, keptWithSpan } from './kept-memos.js';
export * from './terms/index.js';
export { NATIONALITIES, REPORTING_LEMMAS, reportingVerbPattern } from './lexicon/index.js';

/** Options for `analyzeDocument`. */
export interface AnalyzeOptions {
  /** Publication date (ISO 8601) used to resolve relative dates; defaults to the article's own. */
  readonly published?: string | null;
  /** "all" (default) extracts entities, quotes, dates and numbers; "sentences" stops after sentences and terms. */
  readonly depth?: 'all' | 'sentences';
}

/** Default options for `analyzeDocument`. */
export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = {};

/**
 * Splits a cleaned article into sentences (words and content terms for each) and extracts people,
 * organizations and places, quotes with speakers, dates (relative ones resolved against the publication
 * date when known) and numbers with what they count. Every offset points into `clean.text`.
 */
export function analyzeDocument(clean: CleanArticle, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS): AnalyzedDocument {
  if (!clean || typeof clean.text !== 'string' || !clean.article) {
    throw new TypeError(`analyzeDocument: expected a CleanArticle with text and article, got ${typeof clean}`);
  }
  const source = clean.article.id;
  const text = clean.text;
  const spans = splitSentenceSpans(text);
  const sentences: Sentence[] = spans.map((span, index) => ({
    source,
    index,
    start: span.start,
    end: span.end,
    text: clean.text.slice(span.start, span.end),
    paragraph: span.paragraph,
    words: wordsOf(span.tokens),
    terms: termsOf(span.tokens),
  }));
  const tokens = buildTokenTable(text, spans);
  if (options.depth === 'sentences') return { source, text, tokens, sentences, entities: [], quotes: [], attributions: [], dates: [], numbers: [] };
  const findings = extractEntities(text, spans, source);
  const quotes = extractQuotes(text, spans, findings, source);
  const published = options.published !== undefined ? options.published : clean.article.published;
  const dates = extractDates(text, spans, source, published);
  const numbers = extractNumbers(text, spans, source, dates);
  const attributions = extractAttributions(text, sentences, source);
  const entities = findings.map((finding) => finding.mention);
  return { source, text, tokens, sentences, entities, quotes, attributions, dates, numbers };
}

/** Words and content terms of a piece of text, tokenized as `analyzeDocument` does for a sentence. */
export function readWordsAndTerms(text: string): { words: string[]; terms: string[] } {
  if (typeof text !== 'string') throw new TypeError(`readWordsAndTerms: expected a string, got ${typeof text}`);
  const tokens = readTokens(text);
  return { words: wordsOf(tokens), terms: termsOf(tokens) };
}

/**
 * Analyzes a headline on its own, as `analyzeDocument` does a text (offsets point into `title`): what the stories
 * stage compares when an article has only a title, or to weigh the title above the text.
 */
export function analyzeHeadline(title: string, source: SourceId, published: string | null = null): AnalyzedDocument {
  if (typeof title !== 'string') throw new TypeError(`analyzeHeadline: expected a string, got ${typeof title}`);
  const article = { id: source, title: null, outlet: null, url: null, published, byline: null, origin: 'headline', format: 'text' as const, text: title };
  return analyzeDocument({ article, text: title, removed: [], offsets: [[0, 0, title.length]] });
}
