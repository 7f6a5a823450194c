export { averageScores, pagePrecision, pageRecall, scorePage, shingleCounts, type ExtractionScore, type PageShingleScore } from './shingle-score.js';
export { readExtractionPages, type ExtractionPage, type ExtractionSplit } from './read-pages.js';
export {
  evaluateExtraction,
  EXTRACTORS,
  extractWithCorroborate,
  extractWithReadability,
  type ExtractionReport,
  type Extractor,
  type PageOutcome,
} from './run-extraction.js';
