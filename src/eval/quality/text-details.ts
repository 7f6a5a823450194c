import { readTermTokens } from '../../analyze/index.js';

/** What a reader checks a citation against: the content terms, figures, names and quoted words of a text. */
export interface TextDetails {
  /** Canonical content terms (function words dropped, number words as digits, spellings folded). */
  readonly terms: ReadonlySet<string>;
  /** Figures, as digits ("four" gives "4"). */
  readonly numbers: ReadonlySet<string>;
  /** Terms of capitalized words inside the text (not a sentence's or a quote's first word). */
  readonly names: ReadonlySet<string>;
  /** The words of each quoted passage of two or more words, lower-cased. */
  readonly quoted: readonly (readonly string[])[];
  /** Every word, lower-cased. */
  readonly words: ReadonlySet<string>;
}

const QUOTED = /["“]([^"“”]{2,600})["”]/g;
// Capitalized for a reason other than being a name: the first word of a sentence or a quote, after a colon or a dash.
const FORCED_CAPITAL = /(?:^|[.!?:;"“(—–]\s*)$/;
const NOT_NAMES = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Reads the details of a text. */
export function readDetails(text: string): TextDetails {
  const tokens = readTermTokens(text);
  const terms = new Set(tokens.map((token) => token.term));
  const numbers = new Set([...terms].filter((term) => /^\d/.test(term)));
  const names = new Set<string>();
  for (const token of tokens) {
    if (!/^\p{Lu}/u.test(text.slice(token.start, token.start + 1)) || NOT_NAMES.has(token.lower)) continue;
    if (token.start === 0 || FORCED_CAPITAL.test(text.slice(Math.max(0, token.start - 3), token.start))) continue;
    if (/^\d/.test(token.term)) continue;
    names.add(token.term);
  }
  const quoted = [...text.matchAll(QUOTED)].map((match) => match[1]!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((words) => words.length >= 2);
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return { terms, numbers, names, quoted, words };
}

/** Share of `wanted` found in `have` (1 when nothing is wanted). */
export function shareFound(wanted: Iterable<string>, have: ReadonlySet<string>): number {
  let all = 0;
  let found = 0;
  for (const item of wanted) {
    all++;
    if (have.has(item)) found++;
  }
  return all === 0 ? 1 : found / all;
}
