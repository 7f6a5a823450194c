import { splitSentences } from '../../analyze/index.js';
import { stemPorter } from '../rouge/index.js';
import { STOPWORDS } from './stopwords.js';

/** A sentence of a cluster document as the baselines see it. */
export interface ClusterSentence {
  /** 0-based document and sentence positions. */
  readonly document: number;
  readonly index: number;
  /** The sentence with its whitespace collapsed to single spaces. */
  readonly text: string;
  /** Whitespace-separated words, as the 300-word cut counts them. */
  readonly words: number;
  /** Lower-cased, stemmed content words (stopwords and 1-letter tokens dropped). */
  readonly terms: readonly string[];
}

/** Content terms of a text: lower-cased [a-z0-9] tokens, stopwords dropped, Porter-stemmed. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (token.length < 2 || STOPWORDS.has(token)) continue;
    terms.push(stemPorter(token));
  }
  return terms;
}

/**
 * Splits every document into sentences with the product's splitter, in document order. Paragraph
 * breaks are flattened to spaces first, as in the text the Multi-News paper's baselines saw: a
 * headline or photo credit without final punctuation then runs into the next sentence. Measured
 * on the 200 original-text test clusters, first-1/2/3 R-1 is 25.90 / 35.58 / 39.22 this way (paper:
 * 26.83 / 35.99 / 39.41) against 22.00 / 32.71 / 37.51 when every line is its own unit.
 */
export function splitClusterSentences(documents: readonly string[]): ClusterSentence[][] {
  return documents.map((document, documentIndex) => {
    const flat = document.replace(/\s+/g, ' ').trim();
    return splitSentences(flat)
      .map(({ start, end }) => flat.slice(start, end).trim())
      .filter((text) => text !== '')
      .map((text, index) => ({ document: documentIndex, index, text, words: text.split(' ').length, terms: termsOf(text) }));
  });
}

/** Adds sentences in the given order until the budget is reached (the last one may overflow and is cut
 * by the scorer), skipping sentences whose text was already taken (syndicated copies repeat them). */
export function fillWordBudget(ranked: readonly ClusterSentence[], words: number): string {
  const taken: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const sentence of ranked) {
    if (total >= words) break;
    const key = sentence.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    taken.push(sentence.text);
    total += sentence.words;
  }
  return taken.join(' ');
}
