import { DEFAULT_PAGERANK_OPTIONS, orderByScore, rankGraph } from './pagerank.js';
import { fillWordBudget, splitClusterSentences } from './sentences.js';

/** A sentence's words as TextRank compares them: the distinct set, and the count of all of them. */
interface WordBag {
  readonly distinct: ReadonlySet<string>;
  readonly length: number;
}

function toBag(words: readonly string[]): WordBag {
  return { distinct: new Set(words), length: words.length };
}

function compareBags(a: WordBag, b: WordBag): number {
  const denominator = Math.log(a.length) + Math.log(b.length);
  if (denominator <= 0) return 0;
  const [small, large] = a.distinct.size <= b.distinct.size ? [a.distinct, b.distinct] : [b.distinct, a.distinct];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / denominator;
}

/**
 * Similarity of Mihalcea & Tarau (2004): |{w : w ∈ Si ∧ w ∈ Sj}| / (log|Si| + log|Sj|), lengths in
 * content words; 0 when both sentences have a single word.
 */
export function computeTextRankSimilarity(a: readonly string[], b: readonly string[]): number {
  return compareBags(toBag(a), toBag(b));
}

/** TextRank: weighted PageRank (d = 0.85) over the sentence graph; top sentences fill the budget. */
export function summarizeTextRank(documents: readonly string[], words: number): string {
  const sentences = splitClusterSentences(documents)
    .flat()
    .filter((sentence) => sentence.terms.length > 0);
  const bags = sentences.map((sentence) => toBag(sentence.terms));
  const weights = bags.map(() => new Float64Array(bags.length));
  for (let i = 0; i < bags.length; i++) {
    for (let j = i + 1; j < bags.length; j++) {
      const similarity = compareBags(bags[i]!, bags[j]!);
      weights[i]![j] = similarity;
      weights[j]![i] = similarity;
    }
  }
  const scores = rankGraph(weights, DEFAULT_PAGERANK_OPTIONS);
  return fillWordBudget(
    orderByScore(scores).map((i) => sentences[i]!),
    words,
  );
}
