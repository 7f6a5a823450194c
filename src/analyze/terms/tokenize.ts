/** A word of a text with its offsets and lower-cased form. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

// A word: letters/digits joined by inner dots, apostrophes, commas in numbers and colons in times ("U.S.", "don't",
// "1,200", "10:30"), with the dot that closes a one-letter abbreviation ("J." before a space). It is what
//   /[\p{L}\p{N}]+(?:(?:[.'’:]|,(?=\d{3}\b))[\p{L}\p{N}]+)*(?:(?<=\b\p{L})\.(?=\s|$|[,;:)"”'’]))?/gu
// matches in the span, read by hand: the regular expression was a third of the document analysis.
const ABBREVIATION_DOT = /^(?:\p{L}\.)+\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const LETTER = /^\p{L}/u;
const SPACE = /^\s/;
const AFTER_INITIAL = new Set([',', ';', ':', ')', '"', '”', "'", '’']);

/** Length in code units (1 or 2) of the letter or digit at `i` (before `end`), or 0. */
function letterOrDigitAt(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < end;
  const char = pair ? text.slice(i, i + 2) : text[i]!;
  return LETTER_OR_DIGIT.test(char) ? char.length : 0;
}

/** True when the character at `i` (before `end`) is an ASCII word character (what `\b` tests). */
function isAsciiWordAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95;
}

function isDigitAt(text: string, i: number, end: number): boolean {
  const code = i < end ? text.charCodeAt(i) : 0;
  return code >= 48 && code <= 57;
}

/** End of the run of letters and digits from `i`. */
function skipRun(text: string, i: number, end: number): number {
  for (let length = letterOrDigitAt(text, i, end); length > 0; length = letterOrDigitAt(text, i, end)) i += length;
  return i;
}

/** True when the dot at `dot` closes a one-letter word: a letter alone before it, a space, punctuation or the end after. */
function isInitialDot(text: string, start: number, dot: number, end: number): boolean {
  const low = text.charCodeAt(dot - 1);
  const letter = low >= 0xdc00 && low <= 0xdfff && dot - 2 >= start ? dot - 2 : dot - 1;
  if (!LETTER.test(text.slice(letter, dot))) return false;
  // `\b` before the letter: an ASCII word character on one side of it only (nothing before the span counts).
  const before = letter - 1 >= start && isAsciiWordAt(text, letter - 1, end);
  if (before === isAsciiWordAt(text, letter, end)) return false;
  if (dot + 1 >= end) return true;
  const next = text[dot + 1]!;
  return AFTER_INITIAL.has(next) || SPACE.test(next);
}

/** End of the word that starts at `i` (a letter or digit) in the span [start, end). */
function readWordEnd(text: string, start: number, i: number, end: number): number {
  i = skipRun(text, i, end);
  for (;;) {
    const code = i < end ? text.charCodeAt(i) : 0;
    if (code === 46 || code === 39 || code === 0x2019 || code === 58) {
      const length = letterOrDigitAt(text, i + 1, end);
      if (length === 0) break;
      i = skipRun(text, i + 1, end);
    } else if (code === 44 && isDigitAt(text, i + 1, end) && isDigitAt(text, i + 2, end) && isDigitAt(text, i + 3, end) && !isAsciiWordAt(text, i + 4, end)) {
      i = skipRun(text, i + 1, end);
    } else break;
  }
  return i < end && text.charCodeAt(i) === 46 && isInitialDot(text, start, i, end) ? i + 1 : i;
}

/** Word columns being filled: offsets and lower-cased forms, in text order. */
export interface WordColumns {
  readonly starts: number[];
  readonly ends: number[];
  readonly lowers: string[];
}

/** Appends the words of `text.slice(start, end)` to `columns` (what `tokenizeWords` returns, without an object per word). */
export function appendWords(text: string, start: number, end: number, columns: WordColumns): void {
  let i = start;
  while (i < end) {
    const length = letterOrDigitAt(text, i, end);
    if (length === 0) {
      i++;
      continue;
    }
    const wordEnd = readWordEnd(text, start, i, end);
    let value = text.slice(i, wordEnd);
    // "U.S" plus the dot that closes the abbreviation.
    if (value.includes('.') && wordEnd < end && text.charCodeAt(wordEnd) === 46 && ABBREVIATION_DOT.test(value)) value += '.';
    const lower = value.toLowerCase();
    columns.starts.push(i);
    columns.ends.push(i + value.length);
    columns.lowers.push(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
    i = wordEnd;
  }
}

/** Splits `text.slice(start, end)` into words; hyphens split words ("four-hour" gives "four", "hour"). */
export function tokenizeWords(text: string, start = 0, end = text.length): WordToken[] {
  const columns: WordColumns = { starts: [], ends: [], lowers: [] };
  appendWords(text, start, end, columns);
  return columns.starts.map((wordStart, i) => ({ start: wordStart, end: columns.ends[i]!, lower: columns.lowers[i]! }));
}
