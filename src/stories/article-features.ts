import type { AnalyzedDocument, StoryArticle } from '../model/index.js';
import type { StoryOptions } from './options.js';

/** Raw feature weights of one article, before idf: title and lead terms count more than the rest. */
export type FeatureCounts = Map<string, number>;

// Feature keys: a term as analyze gives it (letters or digits first), a name as "=key", a number as "#value unit",
// a date as "@value". The prefixes cannot start a term, so the kinds never meet.
const NAME = '=';
const NUMBER = '#';
const DATE = '@';

function add(counts: FeatureCounts, key: string, weight: number): void {
  counts.set(key, (counts.get(key) ?? 0) + weight);
}

function leadEndOf(doc: AnalyzedDocument, sentences: number): number {
  return doc.sentences[sentences]?.start ?? Number.POSITIVE_INFINITY;
}

function addDocument(counts: FeatureCounts, doc: AnalyzedDocument, options: StoryOptions, title: boolean): void {
  const leadEnd = title ? Number.POSITIVE_INFINITY : leadEndOf(doc, options.leadSentences);
  const weightAt = (offset: number): number => (title ? options.titleWeight : offset < leadEnd ? options.leadWeight : 1);
  const { values, starts } = doc.tokens.terms;
  for (let i = 0; i < values.length; i++) add(counts, values[i]!, weightAt(starts[i]!));
  if (options.nameWeight > 0) {
    for (const mention of doc.entities) add(counts, NAME + (mention.entity ?? mention.text.toLowerCase()), options.nameWeight * weightAt(mention.start));
  }
  if (options.factWeight > 0) {
    for (const number of doc.numbers) add(counts, `${NUMBER}${number.value}${number.unit ? ` ${number.unit}` : ''}`, options.factWeight);
    for (const date of doc.dates) if (date.value) add(counts, DATE + date.value, options.factWeight);
  }
}

/**
 * What identifies the event an article tells, read from analyze's token table and findings: content terms (the
 * title's and the lead's weighted above the rest), named people, organizations and places by entity key, and
 * numbers and dates. Weights are log-scaled (1 + ln w), so a word repeated ten times does not drown the others.
 */
export function readArticleFeatures(article: StoryArticle, options: StoryOptions): FeatureCounts {
  const counts: FeatureCounts = new Map();
  if (article.headline) addDocument(counts, article.headline, options, true);
  if (article.body) addDocument(counts, article.body, options, false);
  for (const [key, weight] of counts) counts.set(key, weight > 1 ? 1 + Math.log(weight) : weight);
  return counts;
}
