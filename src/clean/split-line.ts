import { countWords, toLineForm } from '../ingest/index.js';
import type { ArticleLine } from './lines.js';

/** A [start, end) stretch of the article text to cut out of a line. */
export type Cut = readonly [start: number, end: number];

function piece(text: string, start: number, end: number, from: ArticleLine, first: boolean, removed: boolean): ArticleLine | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  const form = toLineForm(text.slice(start, end));
  return {
    start,
    end,
    form,
    words: countWords(form),
    blankBefore: first ? from.blankBefore : false,
    removed: removed ? 'furniture' : null,
    cut: null,
    ...(first && !removed ? {} : { inline: true }),
  };
}

/**
 * Cuts stretches out of a kept line: the line becomes its pieces, the cut ones removed as furniture and the kept
 * ones joined with spaces (one paragraph, as before). Cuts are merged and clipped to the line.
 */
export function splitLine(text: string, line: ArticleLine, cuts: readonly Cut[]): ArticleLine[] {
  const sorted = cuts
    .map(([start, end]): [number, number] => [Math.max(start, line.start), Math.min(end, line.end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  if (sorted.length === 0) return [line];
  const merged: [number, number][] = [];
  for (const cut of sorted) {
    const last = merged[merged.length - 1];
    if (last && cut[0] <= last[1]) last[1] = Math.max(last[1], cut[1]);
    else merged.push([...cut]);
  }
  const pieces: ArticleLine[] = [];
  let at = line.start;
  let keptBefore = false;
  const push = (start: number, end: number, removed: boolean) => {
    const made = piece(text, start, end, line, !keptBefore && !removed, removed);
    if (!made) return;
    pieces.push(made);
    if (!removed) keptBefore = true;
  };
  for (const [start, end] of merged) {
    push(at, start, false);
    push(start, end, true);
    at = end;
  }
  push(at, line.end, false);
  return pieces;
}
