import type { ArticleLine } from './lines.js';

// Whole lines that are page furniture, found by their shape: a line of dates and times alone, a label with a
// colon heading the page ("Warning: Contains spoilers for …"), a block of story highlights, an embedded post
// with its footer, a photo courtesy line.

const MONTHS = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAYS = String.raw`mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?`;
// Words a date line is made of besides the date: "Updated", "Last updated at", "Published", "First posted", zones.
const DATE_WORDS = new RegExp(
  String.raw`^(?:${MONTHS}|${WEEKDAYS}|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?|[ap]\.?m\.?|updated|last|published|posted|first|modified|at|on|by|edt|est|cdt|cst|pdt|pst|gmt|bst|utc|ist|cet|cest|aest|aedt|et|pt)$`,
  'i',
);
// A year is 1600-2099: a four-digit figure in a table of scores or points ("1 Kyle Busch 5040 5 1 17 27") is no date.
const HAS_DATE = new RegExp(String.raw`\b(?:${MONTHS})\b|\b(?:1[6-9]|20)\d\d\b|\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b`, 'i');

/** A line that is a date, a time and the words that label them ("Updated: July 2, 2013 15: 01 IST", "WEDNESDAY 03 JULY 2013"). */
export function isDateLine(form: string): boolean {
  if (form.length > 120 || !HAS_DATE.test(form)) return false;
  const words = form.split(/[\s,|/:()\-–—]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0 || words.length > 16) return false;
  const other = words.filter((word) => !DATE_WORDS.test(word.replace(/\.$/, '')));
  // A place or an agency may head it ("INDONESIA, July 2, 2013", "AFP, Tuesday 2 Jul 2013").
  return other.length <= Math.min(2, Math.floor(words.length / 3));
}

// "Warning: Contains spoilers for …", "Editor's note: …", "Spoiler alert: …": a short label and a colon, heading the page.
const HEAD_LABEL = /^(?:[\p{L}'’]+\s){0,2}[\p{L}'’]+:\s+\S/u;
const MAX_HEAD_LABEL_WORDS = 25;

/**
 * An embedded post's furniture: a tweet's footer "— Name (@handle) May 10, 2016", Instagram's "A post shared by". The
 * post's own words stay: they are what someone said, and the article quotes them.
 */
export function isEmbeddedPost(form: string): boolean {
  return /\(@\w{1,30}\)\s*(?:\p{L}+\.? \d{1,2}, \d{4}|on \p{L}+ \d{1,2}, \d{4})|^a post shared by\b/iu.test(form);
}

const HIGHLIGHTS_LABEL = /^(?:story highlights|highlights|key points|at a glance)\b/i;
const MAX_HIGHLIGHT_WORDS = 16;

/** Marks the short lines of a highlights block from line `from` on, up to the first line of prose or a dateline. */
export function markHighlightLines(lines: ArticleLine[], from: number): void {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.words > MAX_HIGHLIGHT_WORDS || /^\(?[A-Z][A-Z .,]+\)?\s*[—–-]|^\((?:CNN|AP|Reuters)\)/.test(line.form)) return;
    line.removed ??= 'furniture';
  }
}

/**
 * Marks whole lines of page furniture: date lines, a heading label with a colon above the first prose line,
 * highlights blocks, embedded posts, photo courtesy lines.
 */
export function markFurnitureLines(lines: ArticleLine[]): void {
  let prose = false;
  // A label heads prose: a text with no line of prose but labels (a meal plan, a list) has no head label to remove.
  const isProse = (line: ArticleLine) => line.words >= 8 && /[.!?]["']?$/.test(line.form);
  const proseFollows = lines.some((line) => !line.removed && isProse(line) && !HEAD_LABEL.test(line.form));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.removed) continue;
    const form = line.form;
    if (isDateLine(form) || isEmbeddedPost(form) || (/^courtesy(?: of)? \p{Lu}/iu.test(form) && line.words <= 8)) {
      line.removed = 'furniture';
      continue;
    }
    if (HIGHLIGHTS_LABEL.test(form) && (line.words <= 3 || !/[.!?]["']?$/.test(form) || /^story highlights\b/i.test(form))) {
      line.removed = 'furniture';
      markHighlightLines(lines, i + 1);
      continue;
    }
    if (
      !prose &&
      proseFollows &&
      HEAD_LABEL.test(form) &&
      /[.!?]["']?$/.test(form) &&
      line.words <= MAX_HEAD_LABEL_WORDS &&
      !/\b(?:said|says|told)\b/i.test(form)
    ) {
      line.removed = 'furniture';
      continue;
    }
    if (isProse(line)) prose = true;
  }
}
