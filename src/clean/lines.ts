import { countWords, toLineForm, type BoilerplateKind } from '../ingest/index.js';

/** Why a line (or its tail) was removed: a boilerplate kind or one of the structural passes. */
export type RemovalReason = BoilerplateKind | 'navigation' | 'repeat' | 'trailer' | 'boilerplate-only' | 'furniture';

/** One non-empty line of the article text, trimmed, with what the passes decided about it. */
export interface ArticleLine {
  /** Offsets of the trimmed line in the article text. */
  readonly start: number;
  end: number;
  /** The line with spaces collapsed, invisible characters dropped and quotes straightened. */
  readonly form: string;
  /** Words in `form` (see `countWords`). */
  readonly words: number;
  /** A blank line separates this line from the previous one. */
  readonly blankBefore: boolean;
  removed: RemovalReason | null;
  /** Text cut from the end of the line (a glued trailer), when any. */
  cut: string | null;
  /** A piece of a line cut in several (page furniture cut out of its middle): it joins the piece before with a space. */
  inline?: boolean;
}

/** A line that ends as a sentence does (a full stop, a closing quote or bracket, a colon): not cut mid-sentence. */
export const ENDS_SENTENCE = /[.!?:;"'”’)\]]$/;

/** Splits text into trimmed non-empty lines with their offsets. */
export function splitArticleLines(text: string): ArticleLine[] {
  const lines: ArticleLine[] = [];
  let blank = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const form = start < end ? toLineForm(text.slice(start, end)) : '';
    if (form === '') blank = true;
    else {
      lines.push({ start, end, form, words: countWords(form), blankBefore: blank && lines.length > 0, removed: null, cut: null });
      blank = false;
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x200b ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  );
}
