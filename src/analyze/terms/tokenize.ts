/** A word of a text with its offsets and lower-cased form. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

// Letters/digits joined by inner dots, apostrophes, commas in numbers and colons in times: "U.S.", "don't", "1,200", "10:30".
const WORD = /[\p{L}\p{N}]+(?:(?:[.'’:]|,(?=\d{3}\b))[\p{L}\p{N}]+)*(?:\.(?=[\p{L}]\.)|(?<=\b\p{L})\.(?=\s|$|[,;:)"”'’]))?/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.)+\p{L}$/u;

/** Splits `text.slice(start, end)` into words; hyphens split words ("four-hour" gives "four", "hour"). */
export function tokenizeWords(text: string, start = 0, end = text.length): WordToken[] {
  const words: WordToken[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match; match = WORD.exec(slice)) {
    let value = match[0];
    // "U.S" plus the dot that closes the abbreviation.
    if (ABBREVIATION_DOT.test(value) && slice[match.index + value.length] === '.') value += '.';
    words.push({ start: start + match.index, end: start + match.index + value.length, lower: value.toLowerCase().replace(/’/g, "'") });
  }
  return words;
}
