import { fillWordBudget, splitClusterSentences, type ClusterSentence } from './sentences.js';
import { buildTfIdfVector, computeCosine, computeSentenceIdf, sumVectors } from './vectors.js';

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998) with the cluster centroid as the query:
 * repeatedly take argmax λ·cos(s, centroid) − (1−λ)·max cos(s, chosen), tf·idf vectors, λ = 0.7.
 */
export function summarizeMmr(documents: readonly string[], words: number, lambda = 0.7): string {
  const sentences = splitClusterSentences(documents)
    .flat()
    .filter((sentence) => sentence.terms.length > 0);
  const idf = computeSentenceIdf(sentences.map((sentence) => sentence.terms));
  const vectors = sentences.map((sentence) => buildTfIdfVector(sentence.terms, idf));
  const centroid = sumVectors(vectors);
  const relevance = vectors.map((vector) => computeCosine(vector, centroid));
  const redundancy = new Float64Array(sentences.length);
  const chosen: ClusterSentence[] = [];
  const available = new Set(sentences.keys());
  let total = 0;
  while (total < words && available.size > 0) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of available) {
      const score = lambda * (relevance[i] as number) - (1 - lambda) * (redundancy[i] as number);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    available.delete(best);
    chosen.push(sentences[best]!);
    total += sentences[best]!.words;
    for (const i of available) redundancy[i] = Math.max(redundancy[i] as number, computeCosine(vectors[i]!, vectors[best]!));
  }
  return fillWordBudget(chosen, words);
}
