import type { AnalyzedDocument, Diagnostic, SourceId } from '../model/index.js';

/** Options for `findOffTopicArticles`. */
export interface OneEventOptions {
  /** An article whose best similarity to any other article is below this is reported as off the story. */
  readonly minSimilarity: number;
  /**
   * Or below this share of the median best similarity of the other articles: a story whose articles are
   * close to each other shows a stranger more clearly than one told in loosely related pieces.
   */
  readonly relative: number;
  /** Articles with fewer content terms are not judged: a few lines cannot show what an article is about. */
  readonly minTerms: number;
}

/** Defaults chosen on Multi-News test clusters 0–99 and half of the ECB+ stories, with planted strangers (bench/one-event.js). */
export const DEFAULT_ONE_EVENT_OPTIONS: OneEventOptions = { minSimilarity: 0.04, relative: 0.3, minTerms: 20 };

type Vector = Map<string, number>;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// Names tell one event from another of the same kind better than shared words do: each mention of a
// person, place or organization counts as much as NAME_WEIGHT words.
const NAME_WEIGHT = 3;

function termCounts(doc: AnalyzedDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of doc.tokens.terms.values) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const mention of doc.entities) {
    const key = `name:${mention.entity ?? mention.text.toLowerCase()}`;
    counts.set(key, (counts.get(key) ?? 0) + NAME_WEIGHT);
  }
  return counts;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, weight] of a) {
    normA += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of b.values()) normB += weight * weight;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/**
 * Each article's closest neighbour among the others, by cosine of log-scaled term counts weighted by how few
 * articles of the story use a term (a term all share says nothing about which event an article tells).
 */
export function measureNeighbours(docs: readonly AnalyzedDocument[]): { source: SourceId; best: number }[] {
  const counts = docs.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vectors: Vector[] = counts.map((terms) => {
    const vector: Vector = new Map();
    for (const [term, count] of terms) vector.set(term, (1 + Math.log(count)) * Math.log(1 + docs.length / documentFrequency.get(term)!));
    return vector;
  });
  return docs.map((doc, i) => {
    let best = 0;
    for (let j = 0; j < docs.length; j++) if (j !== i) best = Math.max(best, cosine(vectors[i]!, vectors[j]!));
    return { source: doc.source, best };
  });
}

/**
 * Articles that do not seem to be about the same event as the rest: one diagnostic each, suggesting
 * `corroborate stories` to group a mixed pile. Needs three articles or more (with two, neither is "the rest"),
 * all in one language (terms of two languages hardly meet).
 */
export function findOffTopicArticles(docs: readonly AnalyzedDocument[], options: OneEventOptions = DEFAULT_ONE_EVENT_OPTIONS): Diagnostic[] {
  if (!Array.isArray(docs)) throw new TypeError(`findOffTopicArticles: expected an array of AnalyzedDocument, got ${typeof docs}`);
  if (docs.length < 3) return [];
  const long = new Set(docs.filter((doc) => doc.tokens.terms.values.length >= options.minTerms).map((doc) => doc.source));
  const neighbours = measureNeighbours(docs);
  const limitFor = (index: number): number =>
    Math.max(options.minSimilarity, options.relative * median(neighbours.filter((_, j) => j !== index).map((n) => n.best)));
  return neighbours
    .filter((neighbour, index) => long.has(neighbour.source) && neighbour.best < limitFor(index))
    .map((neighbour) => ({
      severity: 'warning' as const,
      code: 'off-topic-article',
      message: `shares little with the other articles (closest similarity ${neighbour.best.toFixed(2)}): it may be about another event; \`corroborate stories\` groups a mixed pile into stories`,
      source: neighbour.source,
    }));
}
