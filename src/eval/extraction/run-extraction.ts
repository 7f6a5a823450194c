import { cleanArticle } from '../../clean/index.js';
import { decodeBytes, ingestInputs, readabilityBaselineText } from '../../ingest/index.js';
import type { ExtractionPage } from './read-pages.js';
import { averageScores, pagePrecision, pageRecall, scorePage, type ExtractionScore, type PageShingleScore } from './shingle-score.js';

/** Reads one page's article text from its HTML bytes. */
export type Extractor = (page: ExtractionPage) => string;

/** The product's path: ingest (the HTML adapter) then clean. */
export const extractWithCorroborate: Extractor = (page) => {
  const { articles } = ingestInputs([{ name: `${page.id}.html`, bytes: page.html, contentType: 'text/html' }]);
  return articles.length === 0 ? '' : cleanArticle(articles[0]!).article.text;
};

/** Bare Readability.js on the page, as the benchmark runs it. */
export const extractWithReadability: Extractor = (page) => {
  const { text } = decodeBytes(page.html, `${page.id}.html`, Number.POSITIVE_INFINITY);
  return text === null ? '' : readabilityBaselineText(text);
};

/** The extractors `bench/extraction.js` compares. */
export const EXTRACTORS: Readonly<Record<string, Extractor>> = { corroborate: extractWithCorroborate, readability: extractWithReadability };

/** One page's outcome. */
export interface PageOutcome {
  readonly id: string;
  readonly score: PageShingleScore;
  readonly precision: number;
  readonly recall: number;
  readonly text: string;
}

/** Every page's outcome and the benchmark's averages. */
export interface ExtractionReport {
  readonly score: ExtractionScore;
  readonly pages: readonly PageOutcome[];
}

/** Runs an extractor on pages and scores it with the benchmark's metric. */
export function evaluateExtraction(pages: readonly ExtractionPage[], extract: Extractor): ExtractionReport {
  const outcomes = pages.map((page) => {
    const text = extract(page);
    const score = scorePage(page.truth, text);
    return { id: page.id, score, precision: pagePrecision(score), recall: pageRecall(score), text };
  });
  return { score: averageScores(outcomes.map((outcome) => outcome.score)), pages: outcomes };
}
