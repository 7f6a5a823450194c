/** A sparse term-weight vector with its Euclidean norm. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** idf(t) = log(N / df(t)) over the given sentences (each sentence is one "document"). */
export function computeSentenceIdf(sentences: readonly (readonly string[])[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const terms of sentences) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log(sentences.length / df));
  return idf;
}

/** tf·idf vector of a bag of terms. */
export function buildTfIdfVector(terms: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + 1);
  let squares = 0;
  for (const [term, tf] of weights) {
    const weight = tf * (idf.get(term) ?? 0);
    weights.set(term, weight);
    squares += weight * weight;
  }
  return { weights, norm: Math.sqrt(squares) };
}

/** Cosine similarity of two vectors (0 when either is empty). */
export function computeCosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}

/** Sum of vectors (the centroid up to a constant factor, which cosine ignores). */
export function sumVectors(vectors: readonly TermVector[]): TermVector {
  const weights = new Map<string, number>();
  for (const vector of vectors) for (const [term, weight] of vector.weights) weights.set(term, (weights.get(term) ?? 0) + weight);
  let squares = 0;
  for (const weight of weights.values()) squares += weight * weight;
  return { weights, norm: Math.sqrt(squares) };
}
