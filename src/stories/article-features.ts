import type { AnalyzedDocument, StoryArticle } from '../model/index.js';
import type { StoryOptions } from './options.js';
import type { FeatureCounts } from './term-table.js';

// Feature keys: a term as analyze gives it (letters or digits first), a name as "=key", a number as "#value unit",
// a date as "@value". The prefixes cannot start a term, so the kinds never meet.
const NAME = '=';
const NUMBER = '#';
const DATE = '@';

function add(counts: FeatureCounts, key: string, weight: number): void {
  counts.add(key, weight);
}

function addTerms(counts: FeatureCounts, doc: AnalyzedDocument, leadEnd: number, leadWeight: number): void {
  const { values, starts } = doc.tokens.terms;
  for (let i = 0; i < values.length; i++) add(counts, values[i]!, starts[i]! < leadEnd ? leadWeight : 1);
}

function addDocument(counts: FeatureCounts, doc: AnalyzedDocument, options: StoryOptions, title: boolean): void {
  const leadEnd = title ? Number.POSITIVE_INFINITY : (doc.sentences[options.leadSentences]?.start ?? Number.POSITIVE_INFINITY);
  const leadWeight = title ? options.titleWeight : options.leadWeight;
  addTerms(counts, doc, leadEnd, leadWeight);
  if (options.nameWeight > 0) {
    for (const mention of doc.entities) {
      add(counts, NAME + (mention.entity ?? mention.text.toLowerCase()), options.nameWeight * (mention.start < leadEnd ? leadWeight : 1));
    }
  }
  if (options.factWeight > 0) {
    for (const number of doc.numbers) add(counts, number.unit ? `${NUMBER}${number.value} ${number.unit}` : NUMBER + number.value, options.factWeight);
    for (const date of doc.dates) if (date.value) add(counts, DATE + date.value, options.factWeight);
  }
}

/**
 * What identifies the event an article tells, read from analyze's token table and findings: content terms (the
 * title's and the lead's weighted above the rest), named people, organizations and places by entity key, and
 * numbers and dates. Weights are log-scaled (1 + ln w), so a word repeated ten times does not drown the others.
 */
export function readArticleFeatures(article: StoryArticle, options: StoryOptions, counts: FeatureCounts): FeatureCounts {
  if (article.headline) addDocument(counts, article.headline, options, true);
  if (article.body) addDocument(counts, article.body, options, false);
  const { weights } = counts;
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 1) weights[i] = 1 + Math.log(weights[i]!);
  return counts;
}
