import { DEFAULT_PAGERANK_OPTIONS, orderByScore, rankGraph } from './pagerank.js';
import { fillWordBudget, splitClusterSentences } from './sentences.js';
import { buildTfIdfVector, computeCosine, computeSentenceIdf } from './vectors.js';

/** Options of LexRank (Erkan & Radev 2004). */
export interface LexRankOptions {
  /** null = continuous LexRank (edges weighted by similarity); a number = unweighted edges above it. */
  readonly threshold: number | null;
  readonly damping: number;
}

/** Continuous LexRank, idf-modified cosine, damping 0.85 (their jump probability 0.15). */
export const DEFAULT_LEXRANK_OPTIONS: LexRankOptions = { threshold: null, damping: 0.85 };

/**
 * LexRank: sentences of all articles form a graph weighted by idf-modified cosine similarity
 * (self-similarity included, as in the paper's matrix); its stationary distribution ranks them,
 * and the top sentences fill the word budget in rank order.
 */
export function summarizeLexRank(documents: readonly string[], words: number, options: LexRankOptions = DEFAULT_LEXRANK_OPTIONS): string {
  const sentences = splitClusterSentences(documents)
    .flat()
    .filter((sentence) => sentence.terms.length > 0);
  const idf = computeSentenceIdf(sentences.map((sentence) => sentence.terms));
  const vectors = sentences.map((sentence) => buildTfIdfVector(sentence.terms, idf));
  const edge = (similarity: number): number => (options.threshold === null ? similarity : similarity > options.threshold ? 1 : 0);
  const weights = vectors.map(() => new Float64Array(vectors.length));
  for (let i = 0; i < vectors.length; i++) {
    weights[i]![i] = edge(vectors[i]!.norm > 0 ? 1 : 0);
    for (let j = i + 1; j < vectors.length; j++) {
      const weight = edge(computeCosine(vectors[i]!, vectors[j]!));
      weights[i]![j] = weight;
      weights[j]![i] = weight;
    }
  }
  const scores = rankGraph(weights, { ...DEFAULT_PAGERANK_OPTIONS, damping: options.damping });
  return fillWordBudget(
    orderByScore(scores).map((i) => sentences[i]!),
    words,
  );
}
