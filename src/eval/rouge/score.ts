import { countNgramOverlaps, countSkipBigramOverlap, type OverlapCounts } from './ngrams.js';
import { countLcs, weighLcs } from './lcs.js';
import { tokenizeForRouge } from './tokenize.js';
import { DEFAULT_ROUGE_OPTIONS, type RougeOptions, type RougeScore, type RougeScores } from './types.js';

/** A text cut, normalized and stemmed once, so one reference can be scored against many systems. */
export interface PreparedRougeText {
  readonly tokens: readonly string[];
}

/** Tokenizes and counts a text; `role` decides whether the word cut applies (system texts only). */
export function prepareRougeText(text: string, role: 'system' | 'reference', options: Partial<RougeOptions> = {}): PreparedRougeText {
  if (typeof text !== 'string') throw new TypeError(`prepareRougeText: expected a string text, got ${typeof text}`);
  const settings = { ...DEFAULT_ROUGE_OPTIONS, ...options };
  const tokens = tokenizeForRouge(text, { maxWords: role === 'system' ? settings.maxWords : null, stem: settings.stem });
  return { tokens };
}

/** R = hits / reference total, P = hits / peer total, F = weighted harmonic mean (0 when undefined). */
export function combineRouge(hits: number, referenceTotal: number, peerTotal: number, alpha: number): RougeScore {
  const recall = referenceTotal > 0 ? hits / referenceTotal : 0;
  const precision = peerTotal > 0 ? hits / peerTotal : 0;
  const denominator = (1 - alpha) * precision + alpha * recall;
  return { recall, precision, f: denominator > 0 ? (precision * recall) / denominator : 0 };
}

function scoreOverlap(counts: OverlapCounts, alpha: number): RougeScore {
  return combineRouge(counts.hits, counts.referenceTotal, counts.peerTotal, alpha);
}

/** ROUGE-W as ROUGE-1.5.5 computes it: the reference base is weighted twice (m^w, then ^w again). */
function scoreWeightedLcs(reference: readonly string[], peer: readonly string[], weight: number, alpha: number): RougeScore {
  const hit = weighLcs(reference, peer, weight);
  const referenceBase = (reference.length ** weight) ** weight;
  const peerBase = peer.length ** weight;
  const recall = referenceBase > 0 ? (hit / referenceBase) ** (1 / weight) : 0;
  const precision = peerBase > 0 ? (hit / peerBase) ** (1 / weight) : 0;
  const denominator = (1 - alpha) * precision + alpha * recall;
  return { recall, precision, f: denominator > 0 ? (precision * recall) / denominator : 0 };
}

/** Scores two prepared texts (prepared with the same options). */
export function scorePreparedRouge(system: PreparedRougeText, reference: PreparedRougeText, options: Partial<RougeOptions> = {}): RougeScores {
  const { alpha, weight, skipDistance } = { ...DEFAULT_ROUGE_OPTIONS, ...options };
  const ngrams = countNgramOverlaps(reference.tokens, system.tokens, 4).map((counts) => scoreOverlap(counts, alpha));
  return {
    'ROUGE-1': ngrams[0] as RougeScore,
    'ROUGE-2': ngrams[1] as RougeScore,
    'ROUGE-3': ngrams[2] as RougeScore,
    'ROUGE-4': ngrams[3] as RougeScore,
    'ROUGE-L': combineRouge(countLcs(reference.tokens, system.tokens), reference.tokens.length, system.tokens.length, alpha),
    'ROUGE-W': scoreWeightedLcs(reference.tokens, system.tokens, weight, alpha),
    'ROUGE-S': scoreOverlap(countSkipBigramOverlap(reference.tokens, system.tokens, skipDistance, false), alpha),
    'ROUGE-SU': scoreOverlap(countSkipBigramOverlap(reference.tokens, system.tokens, skipDistance, true), alpha),
  };
}

/**
 * ROUGE of one system summary against one reference under the paper protocol by default
 * (system cut at 300 words, lower-cased, [^a-z0-9] → space, `-2 4 -U -n 4 -w 1.2`).
 * @example scoreRouge('the cat sat', 'the cat sat on the mat')['ROUGE-1'].recall // 0.5
 */
export function scoreRouge(system: string, reference: string, options: Partial<RougeOptions> = {}): RougeScores {
  return scorePreparedRouge(prepareRougeText(system, 'system', options), prepareRougeText(reference, 'reference', options), options);
}
