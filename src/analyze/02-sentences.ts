import { readLineTokens, type Token } from './wink.js';
import { splitLines } from './01-lines.js';
import type { Word } from './entity-words.js';

/** A sentence span with its tokens, before words and terms are derived. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
  /** The sentence's words for entities and numbers, read once when first needed (`readSentenceWords`). */
  words?: readonly Word[];
}

const CLOSERS = /^["'”’)\]]+$/;
const LEADING_PUNCTUATION = /^[.,;:!?…]/;
const LOWER_START = /^["'“‘(]?[a-z]/;
const FINAL_PUNCTUATION = /[.!?](?:\s?["'”’)])*$/;
// Abbreviations after which wink sometimes ends a sentence although a name or noun follows.
const NON_FINAL = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/;

// "plunged 5. 4 per cent": a decimal point set apart from its digits (text tokenized and joined again), never the end
// of a sentence when a unit follows the digits.
const DECIMAL_END = /(?:^|[\s(])\d{1,3}\.$/;
const DECIMAL_REST = /^\d{1,2}\s*(?:per\s*cent|percent|%|million|billion|trillion|magnitude)\b/i;

/** True when a wink boundary between `previous` and `next` should be undone. */
function shouldMerge(previous: string, next: string): boolean {
  if (CLOSERS.test(next)) return true;
  if (DECIMAL_END.test(previous) && DECIMAL_REST.test(next)) return true;
  // wink's token cache learns a token on first sight, so "egypt's..." may split as "." + ".." only the
  // first time; a sentence starting with punctuation always continues the previous one, either way.
  if (LEADING_PUNCTUATION.test(next)) return true;
  if (NON_FINAL.test(previous)) return true;
  // A lower-case start after a sentence without final punctuation is a continuation.
  return LOWER_START.test(next) && !FINAL_PUNCTUATION.test(previous);
}

/** Splits text into sentences: lines first, then wink's sentence boundaries (one wink read for all lines), then repairs. */
export function splitSentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const lines = splitLines(text);
  const lineTokens = readLineTokens(text, lines);
  lines.forEach((line, index) => {
    const groups: Token[][] = [];
    for (const token of lineTokens[index]!) (groups[token.sentence] ??= []).push(token);
    const merged: Token[][] = [];
    // Straight double quotes seen so far on the line: after an odd count, a sentence opening with one is closing the
    // quotation of the sentence before (text with its quote marks set apart: `the " wall. " then they would switch`).
    let straightQuotes = 0;
    for (const tokens of groups) {
      if (!tokens || tokens.length === 0) continue;
      const previous = merged[merged.length - 1];
      let group = tokens;
      if (previous && straightQuotes % 2 === 1 && group[0]!.value === '"') {
        previous.push(group[0]!);
        straightQuotes++;
        group = group.slice(1);
        if (group.length === 0) continue;
      }
      for (const token of group) if (token.value === '"') straightQuotes++;
      const spanText = (tokens: readonly Token[]): string => text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
      if (previous && shouldMerge(spanText(previous), spanText(group))) previous.push(...group);
      else merged.push([...group]);
    }
    for (const tokens of merged) {
      spans.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, paragraph: line.paragraph, tokens, words: undefined });
    }
  });
  return spans;
}

/** Sentence boundaries of a text as character offsets: `{ start, end }` per sentence. */
export function splitSentences(text: string): { start: number; end: number }[] {
  return splitSentenceSpans(text).map(({ start, end }) => ({ start, end }));
}
