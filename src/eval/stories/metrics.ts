/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** How well a clustering matches the gold one. */
export interface ClusteringScores {
  /** B-cubed: per article, the share of its predicted story that is in its gold story (precision) and of its gold story that is in its predicted one (recall), averaged over articles. */
  readonly bcubed: PrecisionRecall;
  /** Over pairs of articles: the pairs put together that belong together (precision), and the pairs belonging together that were put together (recall). */
  readonly pairwise: PrecisionRecall;
  /** Predicted and gold stories. */
  readonly stories: number;
  readonly goldStories: number;
}

const f1Of = (precision: number, recall: number): number => (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0);

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Scores a clustering against gold labels (`gold[i]` and `predicted[i]` label article i): B-cubed precision, recall
 * and F1 (Bagga & Baldwin 1998; Amigó et al. 2009) and pairwise ones. With no pair in either clustering, pairwise
 * precision or recall is 1 (nothing was wrongly joined or missed).
 */
export function scoreClustering(gold: readonly (string | number)[], predicted: readonly (string | number)[]): ClusteringScores {
  if (!Array.isArray(gold) || !Array.isArray(predicted) || gold.length !== predicted.length) {
    throw new TypeError(`scoreClustering: expected two label arrays of the same length, got ${gold?.length} and ${predicted?.length}`);
  }
  const n = gold.length;
  const goldSizes = countBy(gold);
  const predictedSizes = countBy(predicted);
  const both = countBy(gold.map((label, i) => JSON.stringify([label, predicted[i]])));
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const shared = both.get(JSON.stringify([gold[i], predicted[i]]))!;
    precision += shared / predictedSizes.get(predicted[i]!)!;
    recall += shared / goldSizes.get(gold[i]!)!;
  }
  const bcubedPrecision = n > 0 ? precision / n : 1;
  const bcubedRecall = n > 0 ? recall / n : 1;
  let together = 0;
  for (const count of both.values()) together += pairs(count);
  let goldPairs = 0;
  for (const count of goldSizes.values()) goldPairs += pairs(count);
  let predictedPairs = 0;
  for (const count of predictedSizes.values()) predictedPairs += pairs(count);
  const pairPrecision = predictedPairs > 0 ? together / predictedPairs : 1;
  const pairRecall = goldPairs > 0 ? together / goldPairs : 1;
  return {
    bcubed: { precision: bcubedPrecision, recall: bcubedRecall, f1: f1Of(bcubedPrecision, bcubedRecall) },
    pairwise: { precision: pairPrecision, recall: pairRecall, f1: f1Of(pairPrecision, pairRecall) },
    stories: predictedSizes.size,
    goldStories: goldSizes.size,
  };
}
