import { readPlainWords } from '../analyze/index.js';
import type { AnalyzedDocument } from '../model/index.js';

/** Options for `profileSources`. */
export interface ProfileOptions {
  /**
   * Exponent on the share of sources that would use a gram: above 1, what several sources say
   * outweighs what one says (2: a word in one of two sources counts a quarter of one in both).
   */
  readonly agreementExponent: number;
  /** Weight of a word pair relative to a single word. */
  readonly pairWeight: number;
  /** Length of the imagined summary of each source, as a multiple of the word budget. */
  readonly lengthFactor: number;
  /** Occurrence weights below this are left out (they cannot change a choice). */
  readonly minWeight: number;
}

export const DEFAULT_PROFILE_OPTIONS: ProfileOptions = { agreementExponent: 2, pairWeight: 1, lengthFactor: 1, minWeight: 1e-4 };

/**
 * What a summary of the story is expected to say, word by word: for every word and adjacent word
 * pair (a "gram") of the sources, the weight of its 1st, 2nd, … occurrence in the summary.
 * Weights fall with the occurrence, so repeating a gram earns less each time.
 */
export type SourceProfile = ReadonlyMap<string, readonly number[]>;

/** Counts of the words and adjacent word pairs of a text. */
export function countGrams(text: string): Map<string, number> {
  return addGrams(new Map(), readPlainWords(text));
}

function addGrams(counts: Map<string, number>, words: readonly string[]): Map<string, number> {
  for (let i = 0; i < words.length; i++) {
    counts.set(words[i]!, (counts.get(words[i]!) ?? 0) + 1);
    if (i + 1 < words.length) {
      const pair = `${words[i]} ${words[i + 1]}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/** P(X ≥ k) for X ~ Poisson(mean). */
export function poissonTail(mean: number, k: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  let term = Math.exp(-mean);
  let below = term;
  for (let j = 1; j < k; j++) {
    term *= mean / j;
    below += term;
  }
  return Math.max(0, 1 - below);
}

/**
 * Profiles the sources for a summary of `words` words. Each source, shrunk to the summary's length,
 * is imagined as a summary of its own: a gram it uses c times in n words would appear about
 * c × words / n times, Poisson-distributed. The weight of a gram's k-th occurrence is the chance that
 * such a summary, from a source taken at random, has it at least k times, raised to
 * `agreementExponent`. Covering the profile with few words is then, in expectation, saying in the
 * sources' own words what most of them say (an unsupervised cousin of maximizing ROUGE-1 and ROUGE-2
 * against the sources; function words count, as they do in a reader's sentence).
 */
export function profileSources(docs: readonly AnalyzedDocument[], words: number, options: ProfileOptions = DEFAULT_PROFILE_OPTIONS): Map<string, number[]> {
  if (!Number.isFinite(words) || words <= 0) throw new TypeError(`profileSources: expected a positive word budget, got ${words}`);
  const length = words * options.lengthFactor;
  // Expected counts per source, for every gram of the story.
  const expected: Map<string, number>[] = docs.map((doc) => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const sentence of doc.sentences) {
      const words = readPlainWords(sentence.text);
      addGrams(counts, words);
      total += words.length;
    }
    const scale = total > 0 ? Math.min(1, length / total) : 0;
    for (const [gram, count] of counts) counts.set(gram, count * scale);
    return counts;
  });
  // Each gram's expected counts in the sources that use it, in source order: a source without the gram adds
  // exactly 0 to every share (P(X >= k) = 0 for k >= 1), so the sums are the same and cost the gram's sources only.
  const grams = new Map<string, number[]>();
  for (const counts of expected) {
    for (const [gram, count] of counts) {
      const list = grams.get(gram);
      if (list) list.push(count);
      else grams.set(gram, [count]);
    }
  }
  const profile = new Map<string, number[]>();
  for (const [gram, means] of grams) {
    const factor = gram.includes(' ') ? options.pairWeight : 1;
    const weights: number[] = [];
    for (let k = 1; ; k++) {
      let share = 0;
      for (const mean of means) share += poissonTail(mean, k);
      const weight = factor * (share / expected.length) ** options.agreementExponent;
      if (!(weight >= options.minWeight)) break;
      weights.push(weight);
    }
    if (weights.length > 0) profile.set(gram, weights);
  }
  return profile;
}
