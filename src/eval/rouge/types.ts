/**
 * ROUGE metrics computed by this package. ROUGE-S and ROUGE-SU use `skipDistance` (4 by default:
 * ROUGE-S4 / ROUGE-SU4) and ROUGE-W uses `weight` (1.2 by default: ROUGE-W-1.2).
 */
export const ROUGE_METRICS = ['ROUGE-1', 'ROUGE-2', 'ROUGE-3', 'ROUGE-4', 'ROUGE-L', 'ROUGE-W', 'ROUGE-S', 'ROUGE-SU'] as const;

export type RougeMetric = (typeof ROUGE_METRICS)[number];

/** Recall, precision and F-measure of one metric, each in [0, 1]. */
export interface RougeScore {
  readonly recall: number;
  readonly precision: number;
  readonly f: number;
}

/** Every metric for one system summary against one reference (or an average of such). */
export type RougeScores = Readonly<Record<RougeMetric, RougeScore>>;

/** Options of the ROUGE protocol; the defaults are the Multi-News paper protocol. */
export interface RougeOptions {
  /** Cut the system (peer) text to its first N whitespace-separated words; null = no cut. */
  readonly maxWords: number | null;
  /** Porter-stem tokens longer than 3 characters, as ROUGE-1.5.5 `-m`. */
  readonly stem: boolean;
  /** Maximum number of words between the two words of a skip-bigram (`-2`). */
  readonly skipDistance: number;
  /** Weighting factor of ROUGE-W (`-w`). */
  readonly weight: number;
  /** Relative importance of precision in the F-measure (`-p`); 0.5 = harmonic mean. */
  readonly alpha: number;
}

/** `-c 95 -2 4 -U -r 1000 -n 4 -w 1.2 -a`, system text cut at 300 words, no stemming. */
export const DEFAULT_ROUGE_OPTIONS: RougeOptions = {
  maxWords: 300,
  stem: false,
  skipDistance: 4,
  weight: 1.2,
  alpha: 0.5,
};
