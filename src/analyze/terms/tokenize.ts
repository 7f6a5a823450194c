/** A word of a text with its offsets and lower-cased form. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

// Letters/digits joined by inner dots, apostrophes, commas in numbers and colons in times: "U.S.", "don't", "1,200", "10:30".
const WORD = /[\p{L}\p{N}]+(?:(?:[.'’:]|,(?=\d{3}\b))[\p{L}\p{N}]+)*(?:\.(?=[\p{L}]\.)|(?<=\b\p{L})\.(?=\s|$|[,;:)"”'’]))?/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.)+\p{L}$/u;

/** Word columns being filled: offsets and lower-cased forms, in text order. */
export interface WordColumns {
  readonly starts: number[];
  readonly ends: number[];
  readonly lowers: string[];
}

/** Appends the words of `text.slice(start, end)` to `columns` (what `tokenizeWords` returns, without an object per word). */
export function appendWords(text: string, start: number, end: number, columns: WordColumns): void {
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match; match = WORD.exec(slice)) {
    let value = match[0];
    // "U.S" plus the dot that closes the abbreviation.
    if (value.includes('.') && slice[match.index + value.length] === '.' && ABBREVIATION_DOT.test(value)) value += '.';
    const lower = value.toLowerCase();
    columns.starts.push(start + match.index);
    columns.ends.push(start + match.index + value.length);
    columns.lowers.push(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
  }
}

/** Splits `text.slice(start, end)` into words; hyphens split words ("four-hour" gives "four", "hour"). */
export function tokenizeWords(text: string, start = 0, end = text.length): WordToken[] {
  const columns: WordColumns = { starts: [], ends: [], lowers: [] };
  appendWords(text, start, end, columns);
  return columns.starts.map((wordStart, i) => ({ start: wordStart, end: columns.ends[i]!, lower: columns.lowers[i]! }));
}
