// The scrapinghub article-extraction benchmark's metric (its evaluate.py, described in
// ../shared/data/article_extraction_tune/README.md): word 4-gram multisets, per-page shares, averages over pages.

/** One page's matched, extra and missing 4-grams, each divided by their sum (all 0 when both texts are empty). */
export interface PageShingleScore {
  readonly matched: number;
  readonly extra: number;
  readonly missing: number;
}

/** Precision, recall and F1 over pages, as the benchmark averages them. */
export interface ExtractionScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly pages: number;
}

// Python's `\w+` with re.UNICODE: letters, digits (every numeric category) and the underscore; combining marks split words.
const WORD = /[\p{L}\p{N}_]+/gu;
const GRAM = 4;

/** The benchmark's word 4-grams of a text with their counts; a text of 1-3 words is one gram, an empty text none. */
export function shingleCounts(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const last = Math.max(1, words.length - GRAM + 1);
  for (let i = 0; i < last; i++) {
    // U+0001 cannot occur inside a word, so joined grams of different words never collide.
    const gram = words.slice(i, i + GRAM).join('\u0001');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Scores one page's extracted text against the true article body. */
export function scorePage(truth: string, predicted: string): PageShingleScore {
  const truthCounts = shingleCounts(truth);
  const predictedCounts = shingleCounts(predicted);
  let matched = 0;
  let extra = 0;
  let missing = 0;
  for (const [gram, count] of predictedCounts) {
    const expected = truthCounts.get(gram) ?? 0;
    matched += Math.min(count, expected);
    extra += Math.max(0, count - expected);
  }
  for (const [gram, count] of truthCounts) missing += Math.max(0, count - (predictedCounts.get(gram) ?? 0));
  const sum = matched + extra + missing;
  return sum > 0 ? { matched: matched / sum, extra: extra / sum, missing: missing / sum } : { matched: 0, extra: 0, missing: 0 };
}

/** A page's precision: 1 when nothing is extra or missing. */
export function pagePrecision({ matched, extra, missing }: PageShingleScore): number {
  if (extra === 0 && missing === 0) return 1;
  return matched + extra === 0 ? 0 : matched / (matched + extra);
}

/** A page's recall: 1 when nothing is extra or missing. */
export function pageRecall({ matched, extra, missing }: PageShingleScore): number {
  if (extra === 0 && missing === 0) return 1;
  return matched + missing === 0 ? 0 : matched / (matched + missing);
}

/**
 * Averages pages as the benchmark does: precision over pages with a non-empty prediction, recall over pages with
 * a non-empty truth, F1 of the two averages.
 */
export function averageScores(pages: readonly PageShingleScore[]): ExtractionScore {
  const precisions = pages.filter((page) => page.matched + page.extra > 0).map(pagePrecision);
  const recalls = pages.filter((page) => page.matched + page.missing > 0).map(pageRecall);
  const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), pages: pages.length };
}
