import { encodeTokenPair, KeyInterner } from './encode.js';

/** Clipped gram overlap of a pair: hits = Σ min(reference count, peer count) over grams. */
export interface OverlapCounts {
  readonly hits: number;
  readonly referenceTotal: number;
  readonly peerTotal: number;
}

function countHits(reference: Int32Array, peer: Int32Array, size: number): number {
  const referenceCounts = new Int32Array(size);
  const peerCounts = new Int32Array(size);
  for (const id of reference) referenceCounts[id] = (referenceCounts[id] as number) + 1;
  for (const id of peer) peerCounts[id] = (peerCounts[id] as number) + 1;
  let hits = 0;
  for (let id = 0; id < size; id++) hits += Math.min(referenceCounts[id] as number, peerCounts[id] as number);
  return hits;
}

/** Extends every (n-1)-gram id by the following token into an n-gram id. */
function extendGrams(previous: Int32Array, tokens: Int32Array, n: number, vocabulary: number, interner: KeyInterner): Int32Array {
  const grams = new Int32Array(Math.max(0, tokens.length - n + 1));
  for (let i = 0; i < grams.length; i++) {
    grams[i] = interner.idOf((previous[i] as number) * vocabulary + (tokens[i + n - 1] as number));
  }
  return grams;
}

/** ROUGE-N counts for n = 1 … maxN (contiguous n-grams, clipped counts, as ROUGE-1.5.5). */
export function countNgramOverlaps(reference: readonly string[], peer: readonly string[], maxN: number): OverlapCounts[] {
  if (!Number.isInteger(maxN) || maxN < 1) throw new TypeError(`countNgramOverlaps: expected a positive integer maxN, got ${String(maxN)}`);
  const pair = encodeTokenPair(reference, peer);
  const results: OverlapCounts[] = [];
  let referenceGrams = pair.reference;
  let peerGrams = pair.peer;
  let size = pair.size;
  for (let n = 1; n <= maxN; n++) {
    if (n > 1) {
      const interner = new KeyInterner();
      referenceGrams = extendGrams(referenceGrams, pair.reference, n, pair.size, interner);
      peerGrams = extendGrams(peerGrams, pair.peer, n, pair.size, interner);
      size = interner.size;
    }
    results.push({ hits: countHits(referenceGrams, peerGrams, size), referenceTotal: referenceGrams.length, peerTotal: peerGrams.length });
  }
  return results;
}

function skipBigramIds(tokens: Int32Array, skipDistance: number, vocabulary: number, interner: KeyInterner): Int32Array {
  const ids: number[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const last = skipDistance < 0 ? tokens.length - 1 : Math.min(tokens.length - 1, i + skipDistance + 1);
    for (let j = i + 1; j <= last; j++) ids.push(interner.idOf((tokens[i] as number) * vocabulary + (tokens[j] as number)));
  }
  return Int32Array.from(ids);
}

/**
 * ROUGE-S counts: skip-bigrams with at most `skipDistance` words between the pair (negative = any).
 * With `withUnigrams` (ROUGE-SU), adds the unigram of every token except the last one, which is
 * what ROUGE-1.5.5 `-u` counts.
 */
export function countSkipBigramOverlap(reference: readonly string[], peer: readonly string[], skipDistance: number, withUnigrams: boolean): OverlapCounts {
  const pair = encodeTokenPair(reference, peer);
  const interner = new KeyInterner();
  const referenceIds = skipBigramIds(pair.reference, skipDistance, pair.size, interner);
  const peerIds = skipBigramIds(pair.peer, skipDistance, pair.size, interner);
  let hits = countHits(referenceIds, peerIds, interner.size);
  let referenceTotal = referenceIds.length;
  let peerTotal = peerIds.length;
  if (withUnigrams) {
    // Unigram keys never equal pair keys, so their hits simply add up.
    const referenceUnigrams = pair.reference.subarray(0, Math.max(0, pair.reference.length - 1));
    const peerUnigrams = pair.peer.subarray(0, Math.max(0, pair.peer.length - 1));
    hits += countHits(referenceUnigrams, peerUnigrams, pair.size);
    referenceTotal += referenceUnigrams.length;
    peerTotal += peerUnigrams.length;
  }
  return { hits, referenceTotal, peerTotal };
}
