/** Options of the power iteration. */
export interface PageRankOptions {
  /** Probability of following an edge (PageRank's d); 1 - d is the uniform jump. */
  readonly damping: number;
  readonly maxIterations: number;
  /** Stop when the L1 change of the scores falls below this. */
  readonly tolerance: number;
}

/** d = 0.85, as PageRank, TextRank and LexRank (whose "d = 0.15" is the jump) use. */
export const DEFAULT_PAGERANK_OPTIONS: PageRankOptions = { damping: 0.85, maxIterations: 200, tolerance: 1e-8 };

/**
 * Stationary scores of a weighted graph (dense n×n matrix, weights[i][j] = edge i→j):
 * p(j) = (1-d)/n + d Σ_i p(i) w(i,j) / Σ_k w(i,k). Rows without edges spread uniformly.
 */
export function rankGraph(weights: readonly Float64Array[], options: PageRankOptions = DEFAULT_PAGERANK_OPTIONS): Float64Array {
  const n = weights.length;
  let scores = new Float64Array(n).fill(1 / Math.max(n, 1));
  if (n === 0) return scores;
  const rowSums = weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const mass = scores[i] as number;
      const rowSum = rowSums[i] as number;
      if (rowSum === 0) {
        dangling += mass;
        continue;
      }
      const row = weights[i] as Float64Array;
      for (let j = 0; j < n; j++) {
        const weight = row[j] as number;
        if (weight !== 0) next[j] = (next[j] as number) + (mass * weight) / rowSum;
      }
    }
    let change = 0;
    for (let j = 0; j < n; j++) {
      const value = (1 - options.damping) / n + options.damping * ((next[j] as number) + dangling / n);
      change += Math.abs(value - (scores[j] as number));
      next[j] = value;
    }
    scores = next;
    if (change < options.tolerance) break;
  }
  return scores;
}

/** Indices sorted by descending score, ties by position (earlier first). */
export function orderByScore(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
}
