import { REPORTING_LEMMAS, reportingVerbPattern } from './lexicon/index.js';

/** A span of quoted text found by its quote marks; offsets into the document text. */
export interface QuoteSpan {
  /** Offset of the opening mark and just after the closing mark (or the paragraph end). */
  readonly open: number;
  readonly close: number;
  /** The quoted words: inside the marks, trimmed of spaces and a trailing comma. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** True for a paragraph of a multi-paragraph quote that carries on from the previous paragraph. */
  readonly continued: boolean;
  /** True when the quote runs on into the next paragraph (no closing mark here). */
  readonly continues: boolean;
}

/** A paragraph of the text: its extent and number. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

const OPENERS = new Set(['"', '“', '„']);
const CLOSERS = new Set(['"', '”']);

function trimQuoted(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return [s, e];
}

function startsWithOpener(text: string, paragraph: Paragraph | undefined): boolean {
  return paragraph !== undefined && OPENERS.has(text[paragraph.start] ?? '');
}

// Single quotes are read only in a strict form ( 'Word ...' ) because apostrophes look the same.
const SINGLE = /(?<=^|[\s(])'(\p{Lu}[^'"\n]{0,60}?\p{L})'(?=[\s.,;:!?)]|$)/gu;

function findSingleQuotes(text: string, paragraph: Paragraph, taken: readonly QuoteSpan[]): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  SINGLE.lastIndex = 0;
  const slice = text.slice(paragraph.start, paragraph.end);
  for (let match = SINGLE.exec(slice); match; match = SINGLE.exec(slice)) {
    const open = paragraph.start + match.index;
    const close = open + match[0].length;
    if (taken.some((quote) => open < quote.close && close > quote.open)) continue;
    found.push({ open, close, start: open + 1, end: close - 1, paragraph: paragraph.index, continued: false, continues: false });
  }
  return found;
}

// A quote left open at the end of a line that the next lines close without reopening: pages that put every
// sentence on its own line (ECB+, some feeds) break one quotation into lines. The first double mark of the
// following lines closes it when nothing but space or punctuation follows it.
const MAX_LINES_OF_QUOTE = 3;

function findCloserAhead(text: string, paragraphs: readonly Paragraph[], p: number): number {
  for (let q = p + 1; q < paragraphs.length && q <= p + MAX_LINES_OF_QUOTE; q++) {
    const paragraph = paragraphs[q]!;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = text[i]!;
      if (!OPENERS.has(char) && !CLOSERS.has(char)) continue;
      const after = text[i + 1] ?? '';
      return char !== '“' && (i + 1 >= paragraph.end || /[\s.,;:!?)]/.test(after)) ? i : -1;
    }
  }
  return -1;
}

const NARRATION = new RegExp(String.raw`\b(?:${reportingVerbPattern([...REPORTING_LEMMAS], [1, 2])})\b|:\s*$`, 'u');

/**
 * The multi-paragraph convention where paragraph breaks were lost (one sentence a line): a quote left open runs
 * on over lines with no quote mark until a line that opens with a mark. Index of that line, or -1.
 */
function findReopenAhead(text: string, paragraphs: readonly Paragraph[], p: number): number {
  for (let q = p + 1; q < paragraphs.length && q <= p + MAX_LINES_OF_QUOTE; q++) {
    const paragraph = paragraphs[q]!;
    if (startsWithOpener(text, paragraph)) return q > p + 1 ? q : -1;
    const line = text.slice(paragraph.start, paragraph.end);
    // A line that reports speech ("However, Hartog said …", "a spokesperson explains:") is the writer's, between two quotations.
    if (/["“”„]/.test(line) || NARRATION.test(line)) return -1;
  }
  return -1;
}

// British style: single marks open and close quotations. An opener starts a word after a space or an opening
// bracket; a closer ends a word or follows the quotation's last punctuation ("…there, ' he said"). An apostrophe
// inside a word ("don't") or of a plural possessive before a lower-case word ("the bookies' favourite") is neither.
const SINGLE_OPENER = /(?<=^|[\s([—–:])['‘](?=[\p{L}\p{N}])/gmu;
const SINGLE_CLOSER = /(?<=[.,!?;:]\s?|[\p{L}\p{N}])['’](?=[\s.,;:!?)—–]|$)/gmu;
const POSSESSIVE = /s['’]\s\p{Ll}/u;

/**
 * A copy of the text (same offsets) where the single marks of a document that quotes with them alone (no double
 * mark anywhere) are written as double marks, so one scanner reads both styles; the text itself when it has any.
 */
function markSingleQuotes(text: string): string {
  if (/["“”„]/.test(text) || !/['‘’]/.test(text)) return text;
  const chars = text.split('');
  for (const match of text.matchAll(SINGLE_OPENER)) chars[match.index!] = '"';
  for (const match of text.matchAll(SINGLE_CLOSER)) {
    const at = match.index!;
    if (chars[at] === '"' || POSSESSIVE.test(text.slice(at - 1, at + 3))) continue;
    chars[at] = '"';
  }
  return chars.join('');
}

/**
 * Finds quoted spans paragraph by paragraph: straight or curly double quotes, a quote left open at a
 * paragraph end that the next paragraph reopens (the multi-paragraph convention, also when one sentence a line
 * hides the paragraph breaks), single marks in a document that quotes with them alone, and strict single quotes.
 */
export function findQuoteSpans(source: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const text = markSingleQuotes(source);
  const quotes: QuoteSpan[] = [];
  let carried = false;
  // The line a quote that ran on over lines is reopened in.
  let carryTo = -1;
  // Where scanning resumes after a quote closed in a later line.
  let resume = 0;
  paragraphs.forEach((paragraph, p) => {
    const inParagraph: QuoteSpan[] = [];
    let open = -1;
    let continued = (carried || carryTo === p) && startsWithOpener(text, paragraph);
    for (let i = Math.max(paragraph.start, resume); i < paragraph.end; i++) {
      // Most characters are no double quote mark: '"' or one of “ ” „ (U+201C to U+201E).
      const code = text.charCodeAt(i);
      if (code !== 34 && (code < 0x201c || code > 0x201e)) continue;
      const char = text[i]!;
      if (open < 0 && OPENERS.has(char)) open = i;
      else if (open >= 0 && (CLOSERS.has(char) || char === '“')) {
        if (char === '“') {
          open = i;
          continue;
        }
        const [start, end] = trimQuoted(text, open + 1, i);
        if (end > start) inParagraph.push({ open, close: i + 1, start, end, paragraph: paragraph.index, continued, continues: false });
        continued = false;
        open = -1;
      }
    }
    carried = false;
    if (open >= 0 && startsWithOpener(text, paragraphs[p + 1])) {
      const [start, end] = trimQuoted(text, open + 1, paragraph.end);
      if (end > start) inParagraph.push({ open, close: paragraph.end, start, end, paragraph: paragraph.index, continued, continues: true });
      carried = true;
    } else if (open >= 0) {
      const closer = findCloserAhead(text, paragraphs, p);
      const reopen = closer < 0 ? findReopenAhead(text, paragraphs, p) : -1;
      if (closer >= 0) {
        const [start, end] = trimQuoted(text, open + 1, closer);
        if (end > start) inParagraph.push({ open, close: closer + 1, start, end, paragraph: paragraph.index, continued, continues: false });
        resume = closer + 1;
      } else if (reopen >= 0) {
        const lastLine = paragraphs[reopen - 1]!;
        const [start, end] = trimQuoted(text, open + 1, lastLine.end);
        if (end > start) inParagraph.push({ open, close: lastLine.end, start, end, paragraph: paragraph.index, continued, continues: true });
        carryTo = reopen;
        resume = paragraphs[reopen]!.start;
      }
    }
    quotes.push(...inParagraph, ...findSingleQuotes(text, paragraph, inParagraph));
  });
  return quotes.sort((a, b) => a.open - b.open);
}
