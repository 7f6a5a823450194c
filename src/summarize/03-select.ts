import type { Candidate } from './01-candidates.js';
import { conceptsOf } from './02-concepts.js';

/** Options for `selectSentences`. */
export interface SelectOptions {
  /** Word budget of the summary. */
  readonly words: number;
  /** How many words the last sentence may run past the budget. */
  readonly overflow: number;
  /** Bonus for a document's lead, decaying with position. */
  readonly leadBonus: number;
  /** Sentences over which the lead bonus decays by a factor e. */
  readonly leadDecay: number;
  /** Exponent on sentence length when normalizing gain (0 = none, 1 = gain per word). */
  readonly lengthPenalty: number;
  /** First pass: skip a sentence whose concept weight is already this much covered. */
  readonly maxRedundancy: number;
  /** Second pass, to use the budget fully: the looser limit. */
  readonly fillRedundancy: number;
  /** Score factor for a sentence that opens with a reference ("He said…") when the sentence before it is not chosen. */
  readonly danglingFactor: number;
}

export const DEFAULT_SELECT_OPTIONS: SelectOptions = {
  words: 250,
  overflow: 20,
  leadBonus: 0.6,
  leadDecay: 3,
  lengthPenalty: 0.6,
  maxRedundancy: 0.65,
  fillRedundancy: 0.9,
  danglingFactor: 0.5,
};

/**
 * Greedy budgeted maximum coverage: repeatedly takes the sentence whose not-yet-covered concepts
 * weigh most per word, with a prior for leads, until the word budget is used. A second, looser
 * pass fills what budget the first left, so short inputs still give a full summary.
 */
export function selectSentences(candidates: readonly Candidate[], weights: ReadonlyMap<string, number>, options: SelectOptions = DEFAULT_SELECT_OPTIONS): Candidate[] {
  const concepts = candidates.map((candidate) => conceptsOf(candidate.terms));
  const totals = concepts.map((list) => list.reduce((sum, concept) => sum + (weights.get(concept) ?? 0), 0));
  const covered = new Set<string>();
  const chosen: Candidate[] = [];
  const used = new Set<number>();
  // Sentences chosen so far, by document and index, so that a reference can find what it refers to.
  const chosenKeys = new Set<string>();
  let budget = options.words;
  for (const redundancy of [options.maxRedundancy, options.fillRedundancy]) {
    while (budget > 0) {
      let best = -1;
      let bestScore = 0;
      for (let i = 0; i < candidates.length; i++) {
        if (used.has(i)) continue;
        const candidate = candidates[i]!;
        if (candidate.length > budget + options.overflow) continue;
        let gain = 0;
        for (const concept of concepts[i]!) if (!covered.has(concept)) gain += weights.get(concept) ?? 0;
        const total = totals[i]!;
        if (total <= 0 || 1 - gain / total > redundancy) continue;
        const prior = 1 + options.leadBonus * Math.exp(-candidate.sentence.index / options.leadDecay);
        const alone = candidate.dangling && !chosenKeys.has(`${candidate.document}:${candidate.sentence.index - 1}`);
        const score = ((alone ? options.danglingFactor : 1) * gain * prior) / Math.pow(candidate.length, options.lengthPenalty);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) break;
      used.add(best);
      chosen.push(candidates[best]!);
      chosenKeys.add(`${candidates[best]!.document}:${candidates[best]!.sentence.index}`);
      for (const concept of concepts[best]!) covered.add(concept);
      budget -= candidates[best]!.length;
    }
  }
  return chosen;
}
