// ROUGE-1.5.5 does not print the plain mean over evaluations: its "Average_R/P/F" is the mean of
// its bootstrap resamples (-r 1000), each drawn with Perl's rand() after srand(i). Perl (5.20+)
// uses its own drand48, so the draws are the same on every machine and can be replayed here.
// The plain mean and this figure differ by up to ~0.0003 on a few hundred clusters.

import { roundRougeScores } from './average.js';
import { ROUGE_METRICS, type RougeMetric, type RougeScore, type RougeScores } from './types.js';

const TWO_24 = 0x1000000;
const MULTIPLIER_LOW = 0xece66d; // low 24 bits of 0x5DEECE66D
const MULTIPLIER_HIGH = 0x5de; // the bits above them
const INCREMENT = 0xb;

/** Perl's drand48 as two 24-bit halves, so every product stays exact in a double. */
class PerlRandom {
  private low: number;
  private high: number;
  constructor(seed: number) {
    // state = 0x330E + (seed << 16), 48 bits
    const state = 0x330e + seed * 0x10000;
    this.low = state % TWO_24;
    this.high = Math.floor(state / TWO_24) % TWO_24;
  }
  next(): number {
    const lowProduct = this.low * MULTIPLIER_LOW + INCREMENT;
    const carry = Math.floor(lowProduct / TWO_24);
    const newLow = lowProduct % TWO_24;
    this.high = (this.high * MULTIPLIER_LOW + this.low * MULTIPLIER_HIGH + carry) % TWO_24;
    this.low = newLow;
    return (this.high * TWO_24 + this.low) / (TWO_24 * TWO_24);
  }
}

/** ROUGE-1.5.5 options that shape its reported average. */
export interface Rouge155AverageOptions {
  /** Number of bootstrap resamples (`-r`), 1000 by default. */
  readonly resamples: number;
  /** Evaluation ids in input order; ROUGE sorts them as strings. Default: "0", "1", "2", … */
  readonly ids?: readonly string[];
  /** F-measure alpha (`-p`), 0.5 by default. */
  readonly alpha: number;
}

/** Replays ROUGE-1.5.5's bootstrap mean of a list of [R, P, F] triples (already rounded). */
export function computeRouge155Mean(values: readonly (readonly [number, number, number])[], resamples = 1000): [number, number, number] {
  const count = values.length;
  if (count === 0) return [0, 0, 0];
  let totalRecall = 0;
  let totalPrecision = 0;
  let totalF = 0;
  for (let seed = 0; seed < resamples; seed++) {
    const random = new PerlRandom(seed);
    let recall = 0;
    let precision = 0;
    let f = 0;
    for (let i = 0; i < count; i++) {
      const picked = values[Math.floor(random.next() * count)] as readonly [number, number, number];
      recall += picked[0];
      precision += picked[1];
      f += picked[2];
    }
    totalRecall += recall / count;
    totalPrecision += precision / count;
    totalF += f / count;
  }
  return [totalRecall / resamples, totalPrecision / resamples, totalF / resamples];
}

/**
 * The average ROUGE-1.5.5 prints for these per-evaluation scores (5 decimals), including its
 * per-evaluation rounding and its bootstrap mean; use it to compare with figures from the Perl script.
 */
export function averageRougeScoresLikeRouge155(scores: readonly RougeScores[], options: Partial<Rouge155AverageOptions> = {}): RougeScores {
  const { resamples = 1000, alpha = 0.5 } = options;
  const ids = options.ids ?? scores.map((_, index) => String(index));
  if (ids.length !== scores.length) {
    throw new TypeError(`averageRougeScoresLikeRouge155: expected ${scores.length} ids, got ${ids.length}`);
  }
  const order = ids.map((id, index) => ({ id, index })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rounded = order.map(({ index }) => roundRougeScores(scores[index] as RougeScores, alpha));
  const entries = ROUGE_METRICS.map((metric): [RougeMetric, RougeScore] => {
    const triples = rounded.map((score) => [score[metric].recall, score[metric].precision, score[metric].f] as const);
    const [recall, precision, f] = computeRouge155Mean(triples, resamples).map((value) => Number(value.toFixed(5)));
    return [metric, { recall: recall as number, precision: precision as number, f: f as number }];
  });
  return Object.fromEntries(entries) as Record<RougeMetric, RougeScore>;
}
