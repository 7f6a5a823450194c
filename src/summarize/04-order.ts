import type { Candidate } from './01-candidates.js';

/**
 * Orders selected sentences so they read as a story: by relative position in their article
 * (leads first), then by article, then by sentence index.
 */
export function orderSentences(chosen: readonly Candidate[]): Candidate[] {
  return [...chosen].sort((a, b) => a.position - b.position || a.document - b.document || a.sentence.index - b.sentence.index);
}
