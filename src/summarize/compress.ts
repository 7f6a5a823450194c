import { readJoinedWords } from '../analyze/index.js';
/** Which deletions `compressSentence` may make; each removes words that carry no news content. */
export interface CompressOptions {
  /** "WASHINGTON (AP) —", "(CNN)", "BEIRUT, Lebanon —" at the start of a lead. */
  readonly datelines: boolean;
  /** A leading "But", "And", "However," or "Meanwhile," that links to a sentence the summary may not keep. */
  readonly connectives: boolean;
  /** A trailing ", police said." or ", according to the AP." on a sentence that quotes nobody. */
  readonly attributions: boolean;
  /** Short asides in parentheses: "(pictured)", "(R-Texas)", "(AP)". */
  readonly parentheticals: boolean;
}

export const DEFAULT_COMPRESS_OPTIONS: CompressOptions = { datelines: true, connectives: true, attributions: false, parentheticals: true };

const AGENCY = String.raw`(?:AP|Reuters|AFP|CNN|UPI|Bloomberg|CNNMoney|dpa|TheWrap|Variety|EW\.com|KABC|WABC|NBC|CBS)`;
// Multi-News' lower-cased copies space the parentheses out ("washington ( ap ) —"), hence the spaces.
const DATELINES = [
  new RegExp(String.raw`^\(\s*${AGENCY}\s*\)\s*(?:[-—–]+\s*)?`, 'i'),
  new RegExp(String.raw`^[A-Z][\p{L}.'’-]*(?:[ ,]+[\p{L}.'’-]+){0,5}?\s*\(\s*${AGENCY}\s*\)\s*(?:[-—–]+|:)\s*`, 'iu'),
  // An upper-case place and a dash, then a new sentence: "NEW YORK — The…" (not "NASA — the agency…").
  /^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?)?\s*[-—–]+\s+(?=["“]?[A-Z])/u,
];

const CONNECTIVE =
  /^(?:(?:but|and|however|meanwhile|moreover|furthermore|in addition|also|indeed|in fact|still|now|yet|plus|instead),\s+|(?:but|and|also|plus)\s+(?=[a-z]))/i;

const SPEAKER = String.raw`(?:he|she|they|police|officials|authorities|investigators|prosecutors|witnesses|[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}|(?:the|a|an|his|her|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})`;
const WHEN = String.raw`(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last week|this week))?(?:\s+in\s+a\s+(?:statement|release|news release|interview))?`;
const ATTRIBUTIONS = [
  new RegExp(
    String.raw`,\s*${SPEAKER}\s+(?:said|says|told\s+[A-Z][\p{L}.'’ -]{1,40}?|reported|reports|added|noted|explained|confirmed)${WHEN}\s*([.!])$`,
    'iu',
  ),
  /,\s*according\s+to\s+[^,;"“”]{1,60}?\s*([.!])$/iu,
  new RegExp(String.raw`,\s*(?:said|says|reported|reports|added|told)\s+${SPEAKER}${WHEN}\s*([.!])$`, 'iu'),
];

const QUOTE_MARK = /["“”]/;
const PARENTHETICAL = /\s*\(\s*[^()\d]{1,60}?\s*\)(?=[\s,.;:!?]|$)/g;

/** Words in a text, counted as the summarizer's budget counts them. */
function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The text with its first letter (after an opening quote mark or bracket) in upper case. */
export function capitalize(text: string): string {
  return text.replace(/^(["“'‘(]?)(\p{Ll})/u, (_match, lead: string, letter: string) => lead + letter.toUpperCase());
}

/**
 * Drops words that carry no news content from one sentence: datelines, a leading connective,
 * a trailing attribution, short parenthetical asides. Only deletes (and re-capitalizes the first
 * letter), so the result says nothing the sentence did not; it stays cited by the whole sentence.
 * Returns the sentence unchanged when a deletion would leave fewer than `minWords` words.
 * @example compressSentence('WASHINGTON (AP) — But the vote failed, officials said.') // 'The vote failed, officials said.'
 */
export function compressSentence(text: string, options: CompressOptions = DEFAULT_COMPRESS_OPTIONS, minWords = 5): string {
  if (typeof text !== 'string') throw new TypeError(`compressSentence: expected a string, got ${typeof text}`);
  let result = text;
  const attempt = (next: string): void => {
    if (next === result) return;
    const cleaned = next
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,.;:!?])/g, '$1')
      .trim();
    if (cleaned !== result && countWords(cleaned) >= minWords) result = cleaned;
  };
  if (options.datelines) {
    for (const pattern of DATELINES) attempt(result.replace(pattern, ''));
  }
  if (options.connectives && CONNECTIVE.test(result)) attempt(capitalize(result.replace(CONNECTIVE, '')));
  if (options.attributions && !QUOTE_MARK.test(result)) {
    for (const pattern of ATTRIBUTIONS) attempt(result.replace(pattern, '$1'));
  }
  if (options.parentheticals) attempt(result.replace(PARENTHETICAL, ''));
  return result === text ? text : capitalize(result);
}

/**
 * True when `shorter` says nothing `original` does not: its words are `original`'s words, in order,
 * with some left out (case aside). Checks what `compressSentence` promises.
 * @example isDeletionOf('The vote failed.', 'But the vote failed, officials said.') // true
 */
export function isDeletionOf(shorter: string, original: string): boolean {
  const source = readJoinedWords(original);
  let at = 0;
  for (const word of readJoinedWords(shorter)) {
    while (at < source.length && source[at] !== word) at++;
    if (at++ >= source.length) return false;
  }
  return true;
}
