import { splitClusterSentences } from './sentences.js';

/**
 * The Multi-News "First-k" baseline: the first k sentences of each article, articles in cluster
 * order, concatenated (the scorer then keeps the first `words` words).
 */
export function summarizeFirstK(documents: readonly string[], words: number, k: number): string {
  if (!Number.isInteger(k) || k < 1) throw new TypeError(`summarizeFirstK: expected a positive integer k, got ${String(k)}`);
  const parts: string[] = [];
  let total = 0;
  for (const sentences of splitClusterSentences(documents)) {
    for (const sentence of sentences.slice(0, k)) {
      // Past the budget nothing more can be scored, so stop early.
      if (total >= words) return parts.join(' ');
      parts.push(sentence.text);
      total += sentence.words;
    }
  }
  return parts.join(' ');
}
