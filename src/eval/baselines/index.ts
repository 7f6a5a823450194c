import { summarizeFirstK } from './first-k.js';
import { summarizeLexRank } from './lexrank.js';
import { summarizeMmr } from './mmr.js';
import { summarizeTextRank } from './textrank.js';

export { summarizeFirstK } from './first-k.js';
export { summarizeLexRank, DEFAULT_LEXRANK_OPTIONS, type LexRankOptions } from './lexrank.js';
export { summarizeTextRank, computeTextRankSimilarity } from './textrank.js';
export { summarizeMmr } from './mmr.js';
export { splitClusterSentences, fillWordBudget, termsOf, type ClusterSentence } from './sentences.js';
export { rankGraph, orderByScore, DEFAULT_PAGERANK_OPTIONS, type PageRankOptions } from './pagerank.js';

/** A summarizer under evaluation: plain-text documents and a word budget in, summary text out. */
export type EvalSystem = (documents: readonly string[], words: number) => string;

/** The baselines of the Multi-News paper, by name. */
export const BASELINE_SYSTEMS: Readonly<Record<string, EvalSystem>> = {
  'first-1': (documents, words) => summarizeFirstK(documents, words, 1),
  'first-2': (documents, words) => summarizeFirstK(documents, words, 2),
  'first-3': (documents, words) => summarizeFirstK(documents, words, 3),
  lexrank: (documents, words) => summarizeLexRank(documents, words),
  textrank: (documents, words) => summarizeTextRank(documents, words),
  mmr: (documents, words) => summarizeMmr(documents, words),
};
