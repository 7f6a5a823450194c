import { isBoilerplateLine } from './lines/classify-line.js';

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'over',
  'the',
  'to',
  'up',
  'with',
  'vs',
  'via',
]);

// Lines that sit where a headline would but are bylines, credits, datelines or share bars.
const NOT_HEADLINE =
  /^(?:by|photo|photograph|image|source|credit|courtesy|story highlights|listen|enlarge|updated|posted|published)\b|\b(?:getty images|photo by|\d+ shares?)\b|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/i;

/**
 * True when a line reads like a headline: 2-16 words, no final full stop, comma or colon, starts
 * with a capital, digit or quote, one sentence only, and either Title Case or short (≤ 10 words).
 */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length < 8 || text.length > 150) return false;
  if (!/^[\p{Lu}\p{N}"'\u2018\u201c]/u.test(text)) return false;
  if (!/[\p{L}\p{N}?!"'\u2019\u201d]$/u.test(text)) return false;
  if (NOT_HEADLINE.test(text)) return false;
  if (/[.!?]["'\u2019\u201d]?\s+\p{Lu}/u.test(text.replace(/\b(?:[A-Z]|U\.S|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen)\./g, ''))) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 16) return false;
  const significant = words.filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  const capitalized = significant.filter((word) => /^["'\u2018\u201c(]?[\p{Lu}\p{N}]/u.test(word)).length;
  return words.length <= 10 || capitalized >= significant.length * 0.6;
}

/** Where a headline sits in a text: the line's offsets, or null when the text does not start with one. */
export interface HeadlineSpan {
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds the headline at the top of a plain-text article: the first line that is neither chrome
 * ("Play Live Radio", "0:00") nor a one-word section label ("National"), when it looks like a headline.
 */
export function findHeadline(text: string, maxLines = 12): HeadlineSpan | null {
  let lineStart = 0;
  for (let seen = 0; seen < maxLines && lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    const start = lineStart;
    lineStart = lineEnd + 1;
    if (line === '') continue;
    seen++;
    if (isBoilerplateLine(line) || /^\S+$/.test(line)) continue;
    if (!looksLikeHeadline(line)) return null;
    const rest = text.slice(lineEnd).trim();
    if (rest === '') return null;
    const offset = text.indexOf(line, start);
    return { title: line, start: offset, end: offset + line.length };
  }
  return null;
}
