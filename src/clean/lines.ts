import type { BoilerplateKind } from './classify-line.js';

/** Why a line (or its tail) was removed: a boilerplate kind or one of the structural passes. */
export type RemovalReason = BoilerplateKind | 'navigation' | 'repeat' | 'trailer' | 'boilerplate-only';

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
}

const NEEDS_FORM = /[\u200b-\u200d\u2060\ufeff\u00ad\u2018-\u201b\u201c-\u201f\u2032\u2033]|\s\s|[^\S ]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** The comparison form of a line: spaces collapsed, invisible characters dropped, straight quotes. */
export function toLineForm(text: string): string {
  if (!NEEDS_FORM.test(text)) return text.trim();
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').trim();
}

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
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

const isAsciiAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Counts words (space-separated runs containing a letter or digit) in a line form. */
export function countWords(form: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code === 32) counted = false;
    else if (!counted && (isAsciiAlphanumeric(code) || (code > 127 && /[\p{L}\p{N}]/u.test(form[i]!)))) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * A regex source (lookbehind) that fails right after an initial ("Michael E.") or a common
 * abbreviation ("Md.", "Gov.", "U.S."), so a full stop there is not taken for a sentence end.
 */
export const NOT_ABBREVIATION = String.raw`(?<!(?:^|[\s.(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Prof|Rev|No|Calif|Fla|Ariz|Mass|Md|Va|Wash|Ore|Tenn|Ky|La|Ill|Mich|Minn|Pa|Conn|Ga|Ala|Miss|Okla|Tex|Colo|Nev|Wis|Mo|Neb|Kan|Del|Ark|Ind|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd))`;
