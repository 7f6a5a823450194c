import type { Candidate } from './01-candidates.js';
import { countGrams, type SourceProfile } from './02-profile.js';

/** Options for `selectSentences`. */
export interface SelectOptions {
  /** Word budget of the summary. */
  readonly words: number;
  /** How many words the last sentence may run past the budget. */
  readonly overflow: number;
  /** Exponent on sentence length when normalizing gain (0 = none, 1 = gain per word). */
  readonly lengthPenalty: number;
  /**
   * Score factor for a sentence that points back ("He said…") when the sentence before it is not chosen: 0 (the
   * default) keeps it out unless what it refers to is in the summary, where it follows it.
   */
  readonly danglingFactor: number;
  /** Take first the lead (first candidate) of the article whose lead scores best: the story's news opens the summary. */
  readonly leadFirst: boolean;
  /** Skip a sentence when this share of its content terms is already in the summary (1 = never). */
  readonly maxRedundancy: number;
  /**
   * Skip a sentence that shares this share of the content terms of the shorter of it and one chosen sentence (four
   * terms at least): a reader takes it for the same sentence again (1 = never).
   */
  readonly maxPairOverlap: number;
  /**
   * With a single source: score bonus for its lead, decaying by a factor e every `leadDecay` sentences.
   * One source gives no agreement to weigh, and its writer's lead is the best sign of what matters. (With
   * several sources, a lead bonus lowers ROUGE on the validation split at every setting tried.)
   */
  readonly singleSourceLeadBonus: number;
  readonly leadDecay: number;
}

export const DEFAULT_SELECT_OPTIONS: SelectOptions = {
  words: 250,
  overflow: 20,
  lengthPenalty: 1,
  danglingFactor: 0,
  leadFirst: true,
  maxRedundancy: 0.8,
  maxPairOverlap: 0.6,
  singleSourceLeadBonus: 1,
  leadDecay: 3,
};

/** A candidate's grams as profile weights: per gram, its count in the sentence and its occurrence weights. */
export interface Item {
  readonly grams: readonly number[];
  readonly counts: readonly number[];
}

/** Max-heap of candidate scores; ties go to the earlier candidate, so the choice is deterministic. */
class ScoreHeap {
  private readonly entries: { score: number; index: number; round: number }[] = [];
  get size(): number {
    return this.entries.length;
  }
  private above(a: number, b: number): boolean {
    const x = this.entries[a]!;
    const y = this.entries[b]!;
    return x.score > y.score || (x.score === y.score && x.index < y.index);
  }
  private swap(a: number, b: number): void {
    [this.entries[a], this.entries[b]] = [this.entries[b]!, this.entries[a]!];
  }
  push(score: number, index: number, round: number): void {
    this.entries.push({ score, index, round });
    for (let i = this.entries.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): { score: number; index: number; round: number } | undefined {
    const top = this.entries[0];
    const last = this.entries.pop();
    if (top === undefined || last === undefined || this.entries.length === 0) return top;
    this.entries[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < this.entries.length && this.above(left, best)) best = left;
      if (right < this.entries.length && this.above(right, best)) best = right;
      if (best === i) break;
      this.swap(i, best);
      i = best;
    }
    return top;
  }
}

/**
 * Greedy budgeted coverage of the source profile: repeatedly takes the sentence whose words add the
 * most profile weight not yet covered, per word, until the word budget is used. A gram's k-th
 * occurrence earns its k-th weight, so repeating what the summary already says earns little.
 * The gain of a sentence only falls as others are chosen, so scores are recomputed lazily (a stale
 * score is an upper bound); only a reference ("He said…") gains, when its antecedent is chosen. With `leadFirst`,
 * the best-scoring lead is taken before the rest and comes back first in the list.
 */
export function selectSentences(candidates: readonly Candidate[], profile: SourceProfile, options: SelectOptions = DEFAULT_SELECT_OPTIONS): Candidate[] {
  const ids = new Map<string, number>();
  const weightsById: (readonly number[])[] = [];
  const items: Item[] = candidates.map((candidate) => {
    const grams: number[] = [];
    const counts: number[] = [];
    for (const [gram, count] of countGrams(candidate.text)) {
      const weights = profile.get(gram);
      if (!weights) continue;
      let id = ids.get(gram);
      if (id === undefined) {
        id = weightsById.length;
        ids.set(gram, id);
        weightsById.push(weights);
      }
      grams.push(id);
      counts.push(count);
    }
    return { grams, counts };
  });
  return selectGramItems(candidates, items, weightsById, options);
}

/**
 * `selectSentences` with each candidate's grams already numbered: `items[i]` holds the ids (in order of first
 * appearance in `candidates[i].text`) and counts of its grams that have weights, `weightsById[id]` their weights.
 */
export function selectGramItems(
  candidates: readonly Candidate[],
  items: readonly Item[],
  weightsById: readonly (readonly number[] | undefined)[],
  options: SelectOptions = DEFAULT_SELECT_OPTIONS,
): Candidate[] {
  const have = new Uint32Array(weightsById.length);
  const leadBonus = new Set(candidates.map((candidate) => candidate.document)).size === 1 ? options.singleSourceLeadBonus : 0;
  // Per document, by sentence index: whether the sentence is in a chosen candidate, and the last candidate that opens
  // at it (arrays rather than maps keyed by text: these are asked every time a candidate is scored or comes up).
  const chosenIn: Uint8Array[] = [];
  const opensAt: Int32Array[] = [];
  {
    const sizes: number[] = [];
    for (const candidate of candidates) sizes[candidate.document] = Math.max(sizes[candidate.document] ?? 0, candidate.last.index + 2);
    for (let d = 0; d < sizes.length; d++) {
      chosenIn[d] = new Uint8Array(sizes[d] ?? 0);
      opensAt[d] = new Int32Array(sizes[d] ?? 0).fill(-1);
    }
    candidates.forEach((candidate, i) => (opensAt[candidate.document]![candidate.sentence.index] = i));
  }
  const isChosen = (document: number, index: number): boolean => chosenIn[document]![index] === 1;
  const overlapsChosen = (candidate: Candidate): boolean => {
    for (let index = candidate.sentence.index; index <= candidate.last.index; index++) if (isChosen(candidate.document, index)) return true;
    return false;
  };
  const markChosen = (candidate: Candidate): void => {
    for (let index = candidate.sentence.index; index <= candidate.last.index; index++) chosenIn[candidate.document]![index] = 1;
  };
  const chosen: Candidate[] = [];
  const used = new Uint8Array(candidates.length);
  // Each candidate's grams and counts as typed arrays, for the scoring loop.
  const gramIds = items.map((item) => Int32Array.from(item.grams));
  const gramCounts = items.map((item) => Int32Array.from(item.counts));

  const scoreOf = (i: number): number => {
    const candidate = candidates[i]!;
    const grams = gramIds[i]!;
    const counts = gramCounts[i]!;
    let gain = 0;
    for (let j = 0; j < grams.length; j++) {
      const id = grams[j]!;
      const weights = weightsById[id]!;
      const from = have[id]!;
      const to = Math.min(weights.length, from + counts[j]!);
      for (let k = from; k < to; k++) gain += weights[k]!;
    }
    const alone = candidate.dangling && !isChosen(candidate.document, candidate.sentence.index - 1);
    const lead = 1 + leadBonus * Math.exp(-candidate.sentence.index / options.leadDecay);
    return ((alone ? options.danglingFactor : 1) * lead * gain) / Math.max(1, candidate.length) ** options.lengthPenalty;
  };
  // Each candidate's distinct terms as small integers, and those that do not start with a digit (what the pair
  // overlap compares), numbered when it first comes up (most never do): it is tested again every time it comes up.
  const termIds = new Map<string, number>();
  const distinctTerms: (Int32Array | undefined)[] = new Array(candidates.length);
  const wordTerms: (Int32Array | undefined)[] = new Array(candidates.length);
  let termBound = 0;
  for (const candidate of candidates) termBound += candidate.terms.length;
  const number = (i: number): void => {
    if (distinctTerms[i] !== undefined) return;
    const distinct: number[] = [];
    const words: number[] = [];
    for (const term of new Set(candidates[i]!.terms)) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      distinct.push(id);
      if (!/^\d/.test(term)) words.push(id);
    }
    distinctTerms[i] = Int32Array.from(distinct);
    wordTerms[i] = Int32Array.from(words);
  };
  const covered = new Uint8Array(termBound);
  // The non-digit terms of each chosen sentence, marked over the term ids, and how many there are.
  const chosenTerms: { readonly marks: Uint8Array; readonly size: number }[] = [];
  // Both tests only turn true as the summary grows: a candidate found redundant stays so, and one that passed the
  // pair test against the first k chosen sentences need only be tested against those chosen since.
  const isRedundant = new Uint8Array(candidates.length);
  const pairsTested = new Int32Array(candidates.length);
  const repeats = (i: number): boolean => {
    if (options.maxPairOverlap >= 1) return false;
    const terms = wordTerms[i]!;
    for (let c = pairsTested[i]!; c < chosenTerms.length; c++) {
      const other = chosenTerms[c]!;
      let shared = 0;
      for (let t = 0; t < terms.length; t++) shared += other.marks[terms[t]!]!;
      if (shared >= 4 && shared / Math.min(terms.length, other.size) >= options.maxPairOverlap) return true;
    }
    pairsTested[i] = chosenTerms.length;
    return false;
  };
  const redundant = (i: number): boolean => {
    if (isRedundant[i] === 1) return true;
    number(i);
    if (repeats(i)) {
      isRedundant[i] = 1;
      return true;
    }
    const terms = distinctTerms[i]!;
    if (terms.length === 0 || options.maxRedundancy >= 1) return false;
    let count = 0;
    for (let t = 0; t < terms.length; t++) count += covered[terms[t]!]!;
    if (count / terms.length < options.maxRedundancy) return false;
    isRedundant[i] = 1;
    return true;
  };

  const heap = new ScoreHeap();
  let round = 0;
  let budget = options.words;
  const take = (index: number): void => {
    const candidate = candidates[index]!;
    chosen.push(candidate);
    used[index] = 1;
    budget -= candidate.length;
    round++;
    markChosen(candidate);
    number(index);
    const marks = new Uint8Array(termBound);
    for (const id of wordTerms[index]!) marks[id] = 1;
    chosenTerms.push({ marks, size: wordTerms[index]!.length });
    for (const id of distinctTerms[index]!) covered[id] = 1;
    const grams = gramIds[index]!;
    const counts = gramCounts[index]!;
    for (let j = 0; j < grams.length; j++) have[grams[j]!] = have[grams[j]!]! + counts[j]!;
  };
  if (options.leadFirst) {
    // Each article's lead: its first candidate, when it can be read alone.
    const leads = new Map<number, number>();
    candidates.forEach((candidate, i) => {
      if (!leads.has(candidate.document)) leads.set(candidate.document, candidate.dangling ? -1 : i);
    });
    let best = -1;
    let bestScore = 0;
    for (const i of leads.values()) {
      if (i < 0 || candidates[i]!.length > budget + options.overflow) continue;
      const score = scoreOf(i);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) take(best);
  }
  candidates.forEach((_, i) => {
    if (!used[i]) heap.push(scoreOf(i), i, round);
  });
  while (budget > 0 && heap.size > 0) {
    const top = heap.pop()!;
    const candidate = candidates[top.index]!;
    if (used[top.index] || overlapsChosen(candidate)) continue;
    // Budgets only shrink and the summary only grows: a sentence that does not fit or repeats now never will.
    if (candidate.length > budget + options.overflow || redundant(top.index)) continue;
    if (top.round !== round) {
      heap.push(scoreOf(top.index), top.index, round);
      continue;
    }
    if (top.score <= 0) break;
    take(top.index);
    // The sentence after it may open with a reference to it: its score can rise, so it is scored afresh.
    const next = opensAt[candidate.document]![candidate.last.index + 1]!;
    if (next >= 0 && candidates[next]!.dangling) heap.push(scoreOf(next), next, round);
  }
  return chosen;
}
