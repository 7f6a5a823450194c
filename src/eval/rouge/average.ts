import { ROUGE_METRICS, type RougeMetric, type RougeScore, type RougeScores } from './types.js';

function buildScores(scoreOf: (metric: RougeMetric) => RougeScore): RougeScores {
  const entries = ROUGE_METRICS.map((metric) => [metric, scoreOf(metric)] as const);
  return Object.fromEntries(entries) as Record<RougeMetric, RougeScore>;
}

/** Plain mean of per-cluster recall, precision and F (the protocol's average); all zeros for no input. */
export function averageRougeScores(scores: readonly RougeScores[]): RougeScores {
  const count = scores.length;
  return buildScores((metric) => {
    let recall = 0;
    let precision = 0;
    let f = 0;
    for (const score of scores) {
      recall += score[metric].recall;
      precision += score[metric].precision;
      f += score[metric].f;
    }
    return count === 0 ? { recall: 0, precision: 0, f: 0 } : { recall: recall / count, precision: precision / count, f: f / count };
  });
}

/** Rounds to 5 decimals as ROUGE-1.5.5 prints (C's "%7.5f": an exact tie goes to the even digit). */
export function roundRouge(value: number): number {
  // A double can sit exactly half-way at the 6th decimal only when it is an odd multiple of 1/64
  // (0.078125 = 5/64); toFixed would round that up, C rounds it to even.
  const sixtyFourths = value * 64;
  if (Number.isInteger(sixtyFourths) && Math.abs(sixtyFourths) % 2 === 1) {
    const below = Math.floor(value * 1e5);
    return (below % 2 === 0 ? below : below + 1) / 1e5;
  }
  return Number(value.toFixed(5));
}

/**
 * One score as ROUGE-1.5.5 reports it: recall and precision rounded to 5 decimals, then F computed
 * from the rounded values and rounded again.
 */
export function roundRougeScore(score: RougeScore, alpha = 0.5): RougeScore {
  const recall = roundRouge(score.recall);
  const precision = roundRouge(score.precision);
  const denominator = (1 - alpha) * precision + alpha * recall;
  return { recall, precision, f: denominator > 0 ? roundRouge((precision * recall) / denominator) : 0 };
}

/** Every metric of a score set rounded as ROUGE-1.5.5 reports it. */
export function roundRougeScores(scores: RougeScores, alpha = 0.5): RougeScores {
  return buildScores((metric) => roundRougeScore(scores[metric], alpha));
}
