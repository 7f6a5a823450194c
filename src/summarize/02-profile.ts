import { isKeptDocument, keptWithDocument, plainWordsIn, readPlainWords } from '../analyze/index.js';
import { PairTable } from './pair-table.js';
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

/**
 * A story's grams as small integers, numbered in order of first appearance: words by their text, word pairs by
 * the ids of their two words. Reading a text the way `countGrams` does gives its grams as ids, in the same order.
 */
export class GramVocabulary {
  private readonly wordIds = new Map<string, number>();
  private readonly pairIds = new PairTable();
  /** Per gram id: the word, or the ids of a pair's two words (for the gram's text). */
  private readonly parts: (string | readonly [number, number])[] = [];
  // Scratch for readGrams: the call that last saw each gram, and its count in that call.
  private readonly seen: number[] = [];
  private readonly counts: number[] = [];
  private stamp = 0;

  get size(): number {
    return this.parts.length;
  }

  /** The gram's text: a word, or two words joined by a space. */
  textOf(id: number): string {
    const part = this.parts[id]!;
    return typeof part === 'string' ? part : `${this.textOf(part[0])} ${this.textOf(part[1])}`;
  }

  private word(word: string, add: boolean): number {
    let id = this.wordIds.get(word);
    if (id === undefined && add) {
      id = this.parts.length;
      this.wordIds.set(word, id);
      this.parts.push(word);
    }
    return id ?? -1;
  }

  private pair(first: number, second: number, add: boolean): number {
    let id = this.pairIds.get(first, second);
    if (id < 0 && add) {
      id = this.parts.length;
      this.pairIds.add(first, second, id);
      this.parts.push([first, second]);
    }
    return id;
  }

  /**
   * The grams of `words` (as `countGrams` counts them), in order of first appearance, with their counts.
   * With `add` false, grams the vocabulary does not hold are left out (they are in no source).
   */
  readGrams(words: readonly string[], add: boolean): SentenceGrams {
    return this.readSentence(words, add, new Int32Array(words.length), null);
  }

  // readGrams, leaving the id of each word in `ids` and of each adjacent pair in `pairs` (when given).
  private readSentence(words: readonly string[], add: boolean, ids: Int32Array, pairs: Int32Array | null): SentenceGrams {
    for (let i = 0; i < words.length; i++) ids[i] = this.word(words[i]!, add);
    // Counts by gram id, and the grams in order of first appearance (a Map per sentence costs more).
    this.stamp++;
    const order: number[] = [];
    const { seen, counts } = this;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id >= 0) {
        if (seen[id] !== this.stamp) {
          seen[id] = this.stamp;
          counts[id] = 0;
          order.push(id);
        }
        counts[id]!++;
      }
      const next = i + 1 < ids.length ? ids[i + 1]! : -1;
      const pair = id >= 0 && next >= 0 ? this.pair(id, next, add) : -1;
      if (pairs !== null && i + 1 < ids.length) pairs[i] = pair;
      if (pair >= 0) {
        if (seen[pair] !== this.stamp) {
          seen[pair] = this.stamp;
          counts[pair] = 0;
          order.push(pair);
        }
        counts[pair]!++;
      }
    }
    // Filled by index: TypedArray.from walks an array through the iterator protocol, an object per element.
    const grams = new Int32Array(order.length);
    const found = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) {
      grams[i] = order[i]!;
      found[i] = counts[order[i]!]!;
    }
    return { ids: grams, counts: found, words: words.length };
  }

  /**
   * The grams of a document's sentences as `readGrams(…, true)` would read them one after the other, from what
   * `readDocumentGrams` read of the document alone: the same ids in the same order, each of the document's grams
   * looked up once instead of at every occurrence.
   */
  readDocument(local: DocumentGrams): SentenceGrams[] {
    const global = new Int32Array(local.vocabulary.size).fill(-1);
    const parts = local.vocabulary.parts;
    return local.sentences.map(({ grams, words, pairs }) => {
      // Words first, then pairs, each in reading order: the order readGrams numbers new grams in.
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if (global[word]! < 0) global[word] = this.word(parts[word] as string, true);
      }
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i]!;
        if (global[pair]! < 0) global[pair] = this.pair(global[words[i]!]!, global[words[i + 1]!]!, true);
      }
      const ids = new Int32Array(grams.ids.length);
      for (let i = 0; i < ids.length; i++) ids[i] = global[grams.ids[i]!]!;
      return { ids, counts: grams.counts, words: grams.words };
    });
  }

  /** Reads a sentence's words into this vocabulary as readGrams does, with the id of each word and each adjacent pair. */
  readWithIds(words: readonly string[]): { grams: SentenceGrams; words: Int32Array; pairs: Int32Array } {
    const ids = new Int32Array(words.length);
    const pairs = new Int32Array(Math.max(0, words.length - 1));
    return { grams: this.readSentence(words, true, ids, pairs), words: ids, pairs };
  }

  /** True when the gram is a word pair. */
  isPair(id: number): boolean {
    return typeof this.parts[id] !== 'string';
  }
}

/** The grams of one sentence (or text): ids in order of first appearance, their counts, and the number of words. */
export interface SentenceGrams {
  readonly ids: Int32Array;
  readonly counts: Int32Array;
  readonly words: number;
}

/** The grams of every sentence of a story's documents (`sentences[d][i]` for `docs[d].sentences[i]`), numbered in one vocabulary. */
export interface StoryGrams {
  readonly vocabulary: GramVocabulary;
  readonly sentences: readonly (readonly SentenceGrams[])[];
}

const wordsOf = (doc: AnalyzedDocument, sentence: AnalyzedDocument['sentences'][number]): string[] =>
  doc.tokens ? plainWordsIn(doc, sentence.start, sentence.end) : readPlainWords(sentence.text);

/**
 * One document's grams in a vocabulary of its own: per sentence its grams, and the ids of its words and of its
 * adjacent word pairs in reading order (what GramVocabulary.readDocument numbers a story's grams by).
 */
export interface DocumentGrams {
  readonly vocabulary: GramVocabulary;
  readonly sentences: readonly { readonly grams: SentenceGrams; readonly words: Int32Array; readonly pairs: Int32Array }[];
}

/**
 * Reads the grams of a document's sentences in a vocabulary of the document's own (kept with a kept document: nothing
 * changes a DocumentGrams after it is made).
 */
export const readDocumentGrams = keptWithDocument((doc): DocumentGrams => {
  const vocabulary = new GramVocabulary();
  const sentences = doc.sentences.map((sentence) => vocabulary.readWithIds(wordsOf(doc, sentence)));
  return { vocabulary, sentences };
});

/** Reads the grams of every sentence of the documents, in document and sentence order. */
export function readStoryGrams(docs: readonly AnalyzedDocument[]): StoryGrams {
  const vocabulary = new GramVocabulary();
  const sentences = docs.map((doc) =>
    // A document read once and briefed once is read straight into the story's vocabulary.
    isKeptDocument(doc) ? vocabulary.readDocument(readDocumentGrams(doc)) : doc.sentences.map((sentence) => vocabulary.readGrams(wordsOf(doc, sentence), true)),
  );
  return { vocabulary, sentences };
}

/**
 * A candidate's grams that have weights, as ids in order of first appearance in its text, with their counts: the
 * sentence's own grams when the candidate is the whole sentence, else its text read against the vocabulary.
 */
export function readCandidateGrams(
  candidate: { readonly text: string; readonly document: number; readonly sentence: { readonly index: number; readonly text: string } },
  docs: readonly AnalyzedDocument[],
  grams: StoryGrams,
  weights: readonly (readonly number[] | undefined)[],
): { grams: number[]; counts: number[] } {
  const own = docs[candidate.document]?.sentences[candidate.sentence.index] === candidate.sentence && candidate.text === candidate.sentence.text;
  const read = own ? grams.sentences[candidate.document]![candidate.sentence.index]! : grams.vocabulary.readGrams(readPlainWords(candidate.text), false);
  const ids: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < read.ids.length; i++) {
    if (weights[read.ids[i]!] === undefined) continue;
    ids.push(read.ids[i]!);
    counts.push(read.counts[i]!);
  }
  return { grams: ids, counts };
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
  const grams = readStoryGrams(docs);
  const weights = weighStoryGrams(grams, words, options);
  const profile = new Map<string, number[]>();
  weights.forEach((list, id) => {
    if (list) profile.set(grams.vocabulary.textOf(id), list);
  });
  return profile;
}

/**
 * `profileSources` by gram id: the occurrence weights of every gram of `grams.vocabulary`, or undefined for a gram
 * whose first weight falls below `minWeight` (the same numbers, summed in the same order).
 */
export function weighStoryGrams(grams: StoryGrams, words: number, options: ProfileOptions = DEFAULT_PROFILE_OPTIONS): (number[] | undefined)[] {
  const length = words * options.lengthFactor;
  const size = grams.vocabulary.size;
  // Expected counts per source, for every gram of the story, gathered per gram in source order: a source without
  // the gram adds exactly 0 to every share (P(X >= k) = 0 for k >= 1), so the sums cost the gram's sources only.
  // They are kept in one flat array, gram after gram (`means[first[id]]` to `means[first[id + 1] - 1]`): first how
  // many sources have each gram, then the counts.
  const first = new Int32Array(size + 1);
  const lastSource = new Int32Array(size).fill(-1);
  grams.sentences.forEach((sentences, source) => {
    for (const sentence of sentences) {
      for (let i = 0; i < sentence.ids.length; i++) {
        const id = sentence.ids[i]!;
        if (lastSource[id] !== source) {
          lastSource[id] = source;
          first[id + 1]!++;
        }
      }
    }
  });
  for (let id = 0; id < size; id++) first[id + 1]! += first[id]!;
  const means = new Float64Array(first[size]!);
  const filled = first.slice(0, size);
  const counts = new Int32Array(size);
  const touched: number[] = [];
  for (const sentences of grams.sentences) {
    let total = 0;
    touched.length = 0;
    for (const sentence of sentences) {
      total += sentence.words;
      for (let i = 0; i < sentence.ids.length; i++) {
        const id = sentence.ids[i]!;
        if (counts[id] === 0) touched.push(id);
        counts[id]! += sentence.counts[i]!;
      }
    }
    const scale = total > 0 ? Math.min(1, length / total) : 0;
    for (const id of touched) {
      means[filled[id]!++] = counts[id]! * scale;
      counts[id] = 0;
    }
  }
  const sources = grams.sentences.length;
  const weights: (number[] | undefined)[] = new Array(size);
  // Per source of the gram, P(X >= k) as poissonTail computes it, carried from one k to the next.
  const terms: number[] = [];
  const below: number[] = [];
  for (let id = 0; id < size; id++) {
    const from = first[id]!;
    const n = first[id + 1]! - from;
    if (n === 0) continue;
    const factor = grams.vocabulary.isPair(id) ? options.pairWeight : 1;
    for (let s = 0; s < n; s++) {
      terms[s] = Math.exp(-means[from + s]!);
      below[s] = terms[s]!;
    }
    const found: number[] = [];
    for (let k = 1; ; k++) {
      let share = 0;
      for (let s = 0; s < n; s++) {
        const mean = means[from + s]!;
        if (k > 1 && mean > 0) {
          terms[s]! *= mean / (k - 1);
          below[s]! += terms[s]!;
        }
        share += mean <= 0 ? 0 : Math.max(0, 1 - below[s]!);
      }
      const weight = factor * (share / sources) ** options.agreementExponent;
      if (!(weight >= options.minWeight)) break;
      found.push(weight);
    }
    if (found.length > 0) weights[id] = found;
  }
  return weights;
}
