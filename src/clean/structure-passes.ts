import { countWords } from '../ingest/index.js';
import type { ArticleLine } from './lines.js';

// A line that ends like a sentence (also in scripts with their own full stops and quotes: 。！？」』）).
const TERMINAL = /[.!?"')\]\u3002\uff01\uff1f\u300d\u300f\uff09\u0964\u061f\u06d4]$/;

/**
 * Removes short label lines ("National", "World News", "CAIRO |") that sit above the first line of
 * prose: section labels and navigation residue left at the top of a page.
 */
export function markHeaderLabels(lines: ArticleLine[]): void {
  for (const line of lines) {
    if (line.removed) continue;
    if (line.words > 3 || TERMINAL.test(line.form) || /^["']/.test(line.form)) return;
    line.removed = 'navigation';
  }
}

const LIST_LABEL =
  /^(?:related(?: \w+)?|read more|see also|also|also read|more from [^.!?]{0,40}|more stories|more news|you may also like|you might also like|recommended|most popular|most read|trending(?: now)?|latest headlines|top stories)\s*:?$/i;

/** A line that looks like the title of a link: short, no final full stop, starts like a headline. */
function isLinkTitle(form: string): boolean {
  return countWords(form) <= 16 && !/[.!?]$/.test(form) && /^[\p{Lu}\p{N}"']/u.test(form);
}

/** After a "RELATED:" / "Read more" label, removes the run of link titles that follows it. */
export function markRelatedBlocks(lines: ArticleLine[]): void {
  let inBlock = false;
  for (const line of lines) {
    if (LIST_LABEL.test(line.form)) {
      inBlock = true;
      line.removed ??= 'related';
      continue;
    }
    if (!inBlock) continue;
    if (line.removed) continue;
    if (isLinkTitle(line.form)) line.removed = 'related';
    else inBlock = false;
  }
}

const key = (form: string): string => form.toLowerCase();

// A text whose lines repeat by design (a meal plan, a table of fixtures, a recipe list): when lines met three or
// more times make up this share of its lines, repetition is its structure and later copies of a line are kept.
const TEMPLATE_SHARE = 0.25;

function isTemplated(lines: readonly ArticleLine[]): boolean {
  const counts = new Map<string, number>();
  for (const line of lines) if (!line.removed) counts.set(key(line.form), (counts.get(key(line.form)) ?? 0) + 1);
  let kept = 0;
  let inTemplate = 0;
  for (const count of counts.values()) {
    kept += count;
    if (count >= 3) inTemplate += count;
  }
  return kept > 0 && inTemplate >= kept * TEMPLATE_SHARE;
}

/**
 * Removes repeated lines: a short line duplicated twice in a row (a caption) goes entirely; a line met
 * again later keeps its first occurrence (unless the text repeats lines by design, see `isTemplated`); a
 * line repeating a removed caption ("iran us meeting 298" after "iran us meeting 298 (photo credit: AP)") goes too.
 */
export function markRepeats(lines: ArticleLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.words <= 40 && line.form.length === next.form.length && key(line.form) === key(next.form)) {
      line.removed ??= 'repeat';
      next.removed ??= 'repeat';
    }
  }
  const captions = lines.filter((line) => line.removed === 'photo-credit').map((line) => key(line.form));
  const templated = isTemplated(lines);
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.removed) continue;
    const lineKey = key(line.form);
    if ((!templated && seen.has(lineKey)) || (line.words >= 3 && captions.some((caption) => caption.includes(lineKey)))) line.removed = 'repeat';
    else seen.add(lineKey);
  }
}
