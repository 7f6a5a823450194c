import type { AnalyzedDocument, Diagnostic, SourceId } from '../model/index.js';
import { keptWithDocument } from '../analyze/index.js';

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

// Names tell one event from another of the same kind better than shared words do: each mention of a
// person, place or organization counts as much as NAME_WEIGHT words.
const NAME_WEIGHT = 3;

// Per term of a document's counts, in their order: 1 + log(count). Kept with the counts (a kept document's are kept).
const scaledOf = new WeakMap<ReadonlyMap<string, number>, Float64Array>();

function scaledCounts(counts: ReadonlyMap<string, number>): Float64Array {
  let scaled = scaledOf.get(counts);
  if (!scaled) {
    const values = new Float64Array(counts.size);
    let k = 0;
    counts.forEach((count) => (values[k++] = 1 + Math.log(count)));
    scaledOf.set(counts, (scaled = values));
  }
  return scaled;
}

// A kept document's counts are counted once for every briefing of its story (nothing changes them after).
const termCounts = keptWithDocument((doc: AnalyzedDocument): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  for (const term of doc.tokens.terms.values) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const mention of doc.entities) {
    const key = `name:${mention.entity ?? mention.text.toLowerCase()}`;
    counts.set(key, (counts.get(key) ?? 0) + NAME_WEIGHT);
  }
  return counts;
});

/**
 * Each article's closest neighbour among the others, by cosine of log-scaled term counts weighted by how few
 * articles of the story use a term (a term all share says nothing about which event an article tells).
 * Past `maxNeighbours` articles, each is compared only with that many that share its heaviest terms.
 */
export function measureNeighbours(docs: readonly AnalyzedDocument[], maxNeighbours = MAX_NEIGHBOURS): { source: SourceId; best: number }[] {
  const counts = docs.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // The inverse frequency of a term by how many articles use it, and the log-scaled counts: computed once each.
  const rarity = new Float64Array(docs.length + 1);
  for (let frequency = 1; frequency <= docs.length; frequency++) rarity[frequency] = Math.log(1 + docs.length / frequency);
  const vectors: Vector[] = counts.map((terms) => {
    const vector: Vector = new Map();
    const scaled = scaledCounts(terms);
    let k = 0;
    terms.forEach((_, term) => vector.set(term, scaled[k++]! * rarity[documentFrequency.get(term)!]!));
    return vector;
  });
  const norms = vectors.map((vector) => {
    let sum = 0;
    vector.forEach((weight) => (sum += weight * weight));
    return Math.sqrt(sum);
  });
  const product = denseProducts(vectors);
  const similarity = (i: number, j: number): number => (norms[i]! > 0 && norms[j]! > 0 ? product(i, j) / (norms[i]! * norms[j]!) : 0);
  const candidatesOf = docs.length <= maxNeighbours ? null : indexCandidates(vectors, documentFrequency, maxNeighbours);
  return docs.map((doc, i) => {
    let best = 0;
    const others = candidatesOf ? candidatesOf(i) : docs.map((_, j) => j);
    for (const j of others) if (j !== i) best = Math.max(best, similarity(i, j));
    return { source: doc.source, best };
  });
}

/**
 * `dot(vectors[i], vectors[j])` for many pairs, with the same sum in the same order (the smaller vector's terms in
 * its order; a term the other lacks adds nothing, as adding +0 to a positive sum changes nothing), the larger vector
 * read from a dense array by term id instead of a map: a big story computes thousands of products.
 */
function denseProducts(vectors: readonly Vector[]): (i: number, j: number) => number {
  const ids = new Map<string, number>();
  const columns = vectors.map((vector) => {
    const terms = new Int32Array(vector.size);
    const weights = new Float64Array(vector.size);
    let k = 0;
    vector.forEach((weight, term) => {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      terms[k] = id;
      weights[k++] = weight;
    });
    return { terms, weights };
  });
  const dense = new Float64Array(ids.size);
  let scattered = -1;
  return (i, j) => {
    const small = vectors[i]!.size <= vectors[j]!.size ? i : j;
    const large = small === i ? j : i;
    if (scattered !== large) {
      if (scattered >= 0) for (const id of columns[scattered]!.terms) dense[id] = 0;
      const { terms, weights } = columns[large]!;
      for (let k = 0; k < terms.length; k++) dense[terms[k]!] = weights[k]!;
      scattered = large;
    }
    const { terms, weights } = columns[small]!;
    let sum = 0;
    for (let k = 0; k < terms.length; k++) sum += weights[k]! * dense[terms[k]!]!;
    return sum;
  };
}

// A big story compares each article only with the articles that share most of its heaviest terms: its closest
// neighbour is among them, and the cost stays linear in the story's size. Smaller stories compare every pair.
const MAX_NEIGHBOURS = 40;
const KEY_TERMS = 12;

// The KEY_TERMS heaviest terms of a vector that another article uses, heaviest first (ties by term): what sorting
// them all and keeping the first would give, kept in a short sorted list instead.
function heaviestShared(vector: Vector, documentFrequency: ReadonlyMap<string, number>): string[] {
  const terms: string[] = [];
  const weights: number[] = [];
  vector.forEach((weight, term) => {
    if (!(documentFrequency.get(term)! > 1)) return;
    const last = terms.length - 1;
    if (terms.length === KEY_TERMS && !(weight > weights[last]! || (weight === weights[last] && term < terms[last]!))) return;
    let at = terms.length === KEY_TERMS ? last : terms.length;
    while (at > 0 && (weight > weights[at - 1]! || (weight === weights[at - 1] && term < terms[at - 1]!))) {
      terms[at] = terms[at - 1]!;
      weights[at] = weights[at - 1]!;
      at--;
    }
    terms[at] = term;
    weights[at] = weight;
  });
  return terms;
}

function indexCandidates(vectors: readonly Vector[], documentFrequency: ReadonlyMap<string, number>, maxNeighbours: number): (i: number) => number[] {
  // A term no other article uses cannot lead to a neighbour: keys are the heaviest shared terms.
  const keys = vectors.map((vector) => heaviestShared(vector, documentFrequency));
  const postings = new Map<string, number[]>();
  keys.forEach((terms, i) => {
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  return (i) => {
    const shared = new Map<number, number>();
    for (const term of keys[i]!) for (const j of postings.get(term) ?? []) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, maxNeighbours)
      .map(([j]) => j);
  };
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
  // The median of the others' best similarities, from one sorted list of all of them: without one value, the
  // middle of the rest is the same middle position, or the next one when the value left out sits below it.
  const sorted = neighbours.map((n) => n.best).sort((x, y) => x - y);
  const middle = Math.floor((sorted.length - 1) / 2);
  const medianOfOthers = (index: number): number => {
    const left = sorted.indexOf(neighbours[index]!.best);
    return sorted[middle < left ? middle : middle + 1] ?? 0;
  };
  const limitFor = (index: number): number => Math.max(options.minSimilarity, options.relative * medianOfOthers(index));
  return neighbours
    .filter((neighbour, index) => long.has(neighbour.source) && neighbour.best < limitFor(index))
    .map((neighbour) => ({
      severity: 'warning' as const,
      code: 'off-topic-article',
      message: `shares little with the other articles (closest similarity ${neighbour.best.toFixed(2)}): it may be about another event; \`corroborate stories\` groups a mixed pile into stories`,
      source: neighbour.source,
    }));
}
