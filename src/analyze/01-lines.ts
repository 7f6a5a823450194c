/** A non-empty line of text with its offsets and the paragraph it belongs to. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

/**
 * Splits text into trimmed non-empty lines. A blank line starts a new paragraph; so does a single
 * newline, because news text puts one paragraph per line far more often than it wraps sentences.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let paragraph = -1;
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end === start) continue;
    paragraph++;
    lines.push({ start, end, paragraph });
  }
  return lines;
}
