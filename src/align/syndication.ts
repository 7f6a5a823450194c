import type { AnalyzedDocument, Syndication, SyndicationResult } from '../model/index.js';
import { keptWithDocument } from '../analyze/index.js';
import { groupIndependentSources } from './independence.js';
import { findPairsWithMemo } from './syndication-memo.js';

/** Options for `detectSyndication`. */
export interface SyndicationOptions {
  /** Words in a shingle: only runs at least this long count as shared copy. */
  readonly shingleWords: number;
  /** Shared words (outside quotations) for a pair to count as syndicated. */
  readonly minSharedWords: number;
  /**
   * Share of the shorter text's words that the shared words (outside quotations) must reach: two long reports
   * that each run the same few sentences of a transcript or a statement are not copies of each other.
   */
  readonly minSharedShare: number;
}

/** Default options: 8-word shingles, 30 shared words and 5% of the shorter text. */
export const DEFAULT_SYNDICATION_OPTIONS: SyndicationOptions = { shingleWords: 8, minSharedWords: 30, minSharedShare: 0.05 };

export interface ShingledText {
  readonly doc: AnalyzedDocument;
  /** The document's words (all of its token table's words), as columns: start and end offsets, 1 when quoted. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly quoted: Uint8Array;
  /** Hash of each shingle (the `size` words starting there) to the positions where it starts. */
  readonly shingles: Map<number, number[]>;
}

// Quoted words are shared by independent outlets that quote the same speaker: they are not evidence of shared copy.
// A quotation runs from an opening to a closing double quote, also over line breaks (a quote that goes on for
// several sentences or paragraphs); a quotation still open when a paragraph starts with a new opening mark ends
// with the paragraph before (news style for a quote over several paragraphs). A transcript turn is quoted too: a
// paragraph that starts with a speaker's name in capitals and a colon ("TRUMP: Tomorrow they will say…").
const QUOTE_MARK = /[“”"]/g;
const TURN_LABEL = /^(?:\p{Lu}[\p{Lu}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{Lu}\p{M}.'’-]+:\s/u;
// A quotation left open longer than this (in characters or line breaks) is a stray mark: only the rest of its line counts.
const MAX_QUOTE_CHARS = 3000;
const MAX_QUOTE_LINES = 6;

function lineEndAfter(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}

const startsLine = (text: string, index: number): boolean => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, index - 40), index));

function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  const closeAt = (end: number): void => {
    const span = text.slice(open, end);
    const lines = span.split('\n').length - 1;
    ranges.push([open, span.length <= MAX_QUOTE_CHARS && lines <= MAX_QUOTE_LINES ? end : lineEndAfter(text, open)]);
    open = -1;
  };
  for (const match of text.matchAll(QUOTE_MARK)) {
    const mark = match[0];
    const index = match.index;
    if (open < 0) {
      if (mark !== '”') open = index;
    } else if (mark === '“' || (mark === '"' && startsLine(text, index) && text.slice(open, index).includes('\n'))) {
      // A new opening mark at the start of a paragraph: the open quotation ran to the end of the paragraph before.
      let end = index;
      while (end > open && /\s/.test(text[end - 1]!)) end--;
      closeAt(end);
      open = index;
    } else closeAt(index + 1);
  }
  if (open >= 0) closeAt(lineEndAfter(text, open));
  for (let start = 0; start < text.length; ) {
    const end = lineEndAfter(text, start);
    const body = text.slice(start, end);
    const label = TURN_LABEL.exec(body.trimStart());
    if (label) ranges.push([start + body.length - body.trimStart().length, end]);
    start = end + 1;
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

// FNV-1a of the word with its dots and apostrophes left out ("u.s." and "us" hash alike), without making that string.
function hashWord(word: string): number {
  let hash = 2166136261;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code !== 46 && code !== 39) hash = Math.imul(hash ^ code, 16777619);
  }
  return hash >>> 0;
}

// A kept document's shingled texts by shingle size: shingled once for every briefing of its story. Nothing reads a
// ShingledText but to compare it.
const shingledBySize = keptWithDocument(() => new Map<number, ShingledText>());

function shingleText(doc: AnalyzedDocument, size: number): ShingledText {
  const bySize = shingledBySize(doc);
  let text = bySize.get(size);
  if (!text) bySize.set(size, (text = shingleTextOnce(doc, size)));
  return text;
}

function shingleTextOnce(doc: AnalyzedDocument, size: number): ShingledText {
  const ranges = quotedRanges(doc.text);
  let range = 0;
  // Every word of the document, read from its token table's columns (the words within [0, text length)).
  const { starts, ends, lowers } = doc.tokens.words;
  const count = starts.length;
  const quoted = new Uint8Array(count);
  const hashes = new Float64Array(count);
  for (let w = 0; w < count; w++) {
    const start = starts[w]!;
    while (range < ranges.length && ranges[range]![1] <= start) range++;
    quoted[w] = range < ranges.length && ranges[range]![0] <= start ? 1 : 0;
    hashes[w] = hashWord(lowers[w]!);
  }
  const shingles = new Map<number, number[]>();
  for (let i = 0; i + size <= count; i++) {
    // Two 32-bit polynomial hashes folded into one safe integer; a rare collision only adds a short false run.
    let high = 0;
    let low = 0;
    for (let k = i; k < i + size; k++) {
      high = (Math.imul(high, 31) + hashes[k]!) >>> 0;
      low = (Math.imul(low, 1000003) ^ hashes[k]!) >>> 0;
    }
    const key = high * 2097152 + (low & 0x1fffff);
    const list = shingles.get(key);
    if (list) list.push(i);
    else shingles.set(key, [i]);
  }
  return { doc, starts, ends, quoted, shingles };
}

function coverShared(a: ShingledText, b: ShingledText, size: number): Uint8Array {
  const covered = new Uint8Array(a.starts.length);
  // forEach, not for…of over entries: no [key, positions] array per shingle.
  a.shingles.forEach((positions, key) => {
    if (!b.shingles.has(key)) return;
    for (const position of positions) covered.fill(1, position, position + size);
  });
  return covered;
}

function comparePair(a: ShingledText, b: ShingledText, options: SyndicationOptions): Syndication | null {
  const covered = coverShared(a, b, options.shingleWords);
  const passages: string[] = [];
  let shared = 0;
  for (let i = 0; i < covered.length; ) {
    if (covered[i] === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < covered.length && covered[j] === 1) {
      if (a.quoted[j] === 0) shared++;
      j++;
    }
    passages.push(a.doc.text.slice(a.starts[i]!, a.ends[j - 1]!));
    i = j;
  }
  // A passage that one source repeats is still shared once: count the words on both sides, keep the fewer.
  const coveredInB = coverShared(b, a, options.shingleWords);
  let sharedInB = 0;
  for (let k = 0; k < coveredInB.length; k++) if (coveredInB[k] === 1 && b.quoted[k] === 0) sharedInB++;
  shared = Math.min(shared, sharedInB);
  if (shared < options.minSharedWords) return null;
  const shorter = Math.min(a.starts.length, b.starts.length);
  if (shared < options.minSharedShare * shorter) return null;
  return { sources: [a.doc.source, b.doc.source], sharedWords: shared, overlap: Math.round((shared / shorter) * 1000) / 1000, passages };
}

/**
 * For each text, the later texts it may share enough copy with, in order: found through a shingle -> texts index,
 * so texts that share no shingle are never compared. A pair can reach `minSharedWords` only when each side has at
 * least minSharedWords / shingleWords positions whose shingle the other has (a position covers that many words).
 */
export function findPairCandidates(texts: readonly ShingledText[], options: SyndicationOptions): number[][] {
  // With no shared words required every pair qualifies, shared shingles or not.
  if (options.minSharedWords <= 0) return texts.map((_, i) => texts.map((_, j) => j).filter((j) => j > i));
  // Per shingle: the texts that have it and at how many positions, as [text, positions, text, positions, …].
  const holders = new Map<number, number[]>();
  // Per text, the holder list of each of its shingles in the text's shingle order: the second pass looks none up again.
  const held = texts.map((text, index) => {
    const lists: number[][] = [];
    const positions: number[] = [];
    text.shingles.forEach((list, key) => {
      let holding = holders.get(key);
      if (holding) holding.push(index, list.length);
      else holders.set(key, (holding = [index, list.length]));
      lists.push(holding);
      positions.push(list.length);
    });
    return { lists, positions };
  });
  const needed = options.minSharedWords / options.shingleWords;
  // Positions of each text whose shingle the other has, by the other text (reset after each text).
  const mine = new Float64Array(texts.length);
  const theirs = new Float64Array(texts.length);
  return texts.map((_, i) => {
    const touched: number[] = [];
    const { lists, positions: counts } = held[i]!;
    for (let s = 0; s < lists.length; s++) {
      const holding = lists[s]!;
      const positions = counts[s]!;
      // Holders are in text order: only the later texts count.
      for (let h = holding.length - 2; h >= 0 && holding[h]! > i; h -= 2) {
        const j = holding[h]!;
        if (mine[j] === 0) touched.push(j);
        mine[j] = mine[j]! + positions;
        theirs[j] = theirs[j]! + holding[h + 1]!;
      }
    }
    const found = touched.filter((j) => mine[j]! >= needed && theirs[j]! >= needed).sort((x, y) => x - y);
    for (const j of touched) mine[j] = theirs[j] = 0;
    return found;
  });
}

/** Pairs of sources that share near-verbatim copy (wire stories, one outlet copying another), in source order. */
export function findSyndicatedPairs(docs: readonly AnalyzedDocument[], options: SyndicationOptions = DEFAULT_SYNDICATION_OPTIONS): Syndication[] {
  const texts = docs.map((doc) => shingleText(doc, options.shingleWords));
  // A pair of kept documents compared before (in this order, under these options) is not compared again: a re-brief
  // after one added article compares only the new article's pairs (syndication-memo.ts).
  const key = `${options.shingleWords}/${options.minSharedWords}/${options.minSharedShare}`;
  return findPairsWithMemo(texts, key, {
    candidatesOfAll: () => findPairCandidates(texts, options),
    isCandidate: (a, b) => isPairCandidate(a, b, options),
    compare: (a, b) => comparePair(a, b, options),
  });
}

/** Whether `findPairCandidates` lists the pair (a, b): the same test, on the two texts alone. */
function isPairCandidate(a: ShingledText, b: ShingledText, options: SyndicationOptions): boolean {
  if (options.minSharedWords <= 0) return true;
  const needed = options.minSharedWords / options.shingleWords;
  let mine = 0;
  let theirs = 0;
  a.shingles.forEach((positions, key) => {
    const other = b.shingles.get(key);
    if (other === undefined) return;
    mine += positions.length;
    theirs += other.length;
  });
  return mine >= needed && theirs >= needed;
}

/** All pairs compared, no index: the reference `findSyndicatedPairs` must agree with (used by the tests). */
export function findSyndicatedPairsByAllPairs(docs: readonly AnalyzedDocument[], options: SyndicationOptions = DEFAULT_SYNDICATION_OPTIONS): Syndication[] {
  const texts = docs.map((doc) => shingleText(doc, options.shingleWords));
  const pairs: Syndication[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const pair = comparePair(texts[i]!, texts[j]!, options);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

/**
 * Finds shared wire copy between sources and groups the sources that are not independent of each other.
 * Example: two outlets running the same AP dispatch come out as one `syndication` entry and one `independence` group.
 */
export function detectSyndication(docs: readonly AnalyzedDocument[], options: Partial<SyndicationOptions> = {}): SyndicationResult {
  if (!Array.isArray(docs)) throw new TypeError(`detectSyndication: expected an array of AnalyzedDocument, got ${typeof docs}`);
  const syndication = findSyndicatedPairs(docs, { ...DEFAULT_SYNDICATION_OPTIONS, ...options });
  return {
    syndication,
    independence: groupIndependentSources(
      docs.map((doc) => doc.source),
      syndication,
    ),
  };
}
