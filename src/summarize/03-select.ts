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
  /** Bonus for a sentence similar to many sentences of other documents (0 = none). */
  readonly centralityWeight: number;
  /** How much similarity to sentences of the same document counts toward centrality (0 = none, 1 = as much). */
  readonly sameDocumentCentrality: number;
  /** Bonus for a sentence that quotes someone directly. */
  readonly quoteBonus: number;
  /** Bonus for a sentence that says who says so ("…, police said", "according to…"). */
  readonly attributionBonus: number;
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
  centralityWeight: 12,
  sameDocumentCentrality: 0,
  quoteBonus: 2,
  attributionBonus: 1,
};

const QUOTATION = /["“”]/;
const ATTRIBUTION = /\b(?:said|says|told|according to|reports?|reported)\b/i;

/**
 * Per candidate, summed tf-idf cosine similarity to the candidates of other documents, scaled to [0, 1].
 * The sum of dot products with a set of vectors is the dot product with their sum, so this takes linear
 * time: each sentence meets the summed vectors of the story and of its own document.
 */
export function crossDocumentCentrality(candidates: readonly Candidate[], sameDocument: number): number[] {
  const frequency = new Map<string, number>();
  for (const candidate of candidates) for (const term of new Set(candidate.terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const vectors = candidates.map((candidate) => {
    const vector = new Map<string, number>();
    for (const term of candidate.terms) vector.set(term, (vector.get(term) ?? 0) + Math.log((candidates.length + 1) / (frequency.get(term) ?? 1)));
    let norm = 0;
    for (const value of vector.values()) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    for (const [term, value] of vector) vector.set(term, value / norm);
    return vector;
  });
  const story = new Map<string, number>();
  const byDocument = new Map<number, Map<string, number>>();
  vectors.forEach((vector, i) => {
    const document = candidates[i]!.document;
    let own = byDocument.get(document);
    if (!own) byDocument.set(document, (own = new Map()));
    for (const [term, value] of vector) {
      story.set(term, (story.get(term) ?? 0) + value);
      own.set(term, (own.get(term) ?? 0) + value);
    }
  });
  const centrality = vectors.map((vector, i) => {
    const own = byDocument.get(candidates[i]!.document)!;
    let score = 0;
    for (const [term, value] of vector) {
      const sameDocumentSum = (own.get(term) ?? 0) - value;
      const otherDocumentSum = (story.get(term) ?? 0) - (own.get(term) ?? 0);
      score += value * (otherDocumentSum + sameDocument * sameDocumentSum);
    }
    return Math.max(0, score);
  });
  const max = centrality.reduce((most, value) => Math.max(most, value), 0);
  return max > 0 ? centrality.map((value) => value / max) : centrality;
}

/**
 * What a sentence is worth before its content: a lead, a sentence other documents echo, a quote, an
 * attributed statement all score higher; a long sentence pays for its length. Fixed for the whole selection.
 */
function priorsOf(candidates: readonly Candidate[], options: SelectOptions): number[] {
  const centrality = options.centralityWeight > 0 ? crossDocumentCentrality(candidates, options.sameDocumentCentrality) : null;
  return candidates.map((candidate, i) => {
    const lead = 1 + options.leadBonus * Math.exp(-candidate.sentence.index / options.leadDecay);
    const central = 1 + options.centralityWeight * (centrality?.[i] ?? 0);
    const quoted = QUOTATION.test(candidate.text) ? 1 + options.quoteBonus : 1;
    const attributed = ATTRIBUTION.test(candidate.text) ? 1 + options.attributionBonus : 1;
    return (lead * central * quoted * attributed) / Math.pow(candidate.length, options.lengthPenalty);
  });
}

/**
 * Greedy budgeted maximum coverage: repeatedly takes the sentence whose not-yet-covered concepts
 * weigh most per word, times its prior (`priorsOf`), until the word budget is used. A second, looser
 * pass fills what budget the first left, so short inputs still give a full summary.
 */
export function selectSentences(candidates: readonly Candidate[], weights: ReadonlyMap<string, number>, options: SelectOptions = DEFAULT_SELECT_OPTIONS): Candidate[] {
  const concepts = candidates.map((candidate) => conceptsOf(candidate.terms));
  const totals = concepts.map((list) => list.reduce((sum, concept) => sum + (weights.get(concept) ?? 0), 0));
  const priors = priorsOf(candidates, options);
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
        const alone = candidate.dangling && !chosenKeys.has(`${candidate.document}:${candidate.sentence.index - 1}`);
        const score = (alone ? options.danglingFactor : 1) * gain * priors[i]!;
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
