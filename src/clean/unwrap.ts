import { countWords, toLineForm } from '../ingest/index.js';
import { ENDS_SENTENCE, type ArticleLine } from './lines.js';

// Text hard-wrapped at a fixed width (plain-text wire copy, e-mail, `fmt`) carries a line break wherever the
// next word would not fit. Every later pass judges a line as a unit (a caption, a crawl notice, a sentence),
// so such lines are joined back into the paragraphs they were cut from before any pass sees them.
//
// A wrapper breaks a line where the next word would not fit: at the width it wrapped at, a line followed by
// another (no blank line between) is "full" (its text, a space and the next line's first word exceed the
// width less what the line is indented more than the least indented line), and a line that stops
// mid-sentence without being full contradicts that width. The width (30 to 100 characters) is the one of the
// lines' widths that the most full lines and the fewest contradictions support; the text is wrapped when
// that width covers three quarters of the lines followed by another, at least half of those are full and two
// or more full ones stop mid-sentence (a deck of headlines has one long line at most). Then a full line
// joins the next unless the next is indented past the indent that most lines after a full line have (it
// starts a paragraph); a line that is not full, or wider than the width (not wrapped), ends its paragraph.

const WRAP_WIDTH_MAX = 100;
const WRAP_WIDTH_MIN = 30;

interface Layout {
  /** Width of the text of each line, without its indent. */
  readonly widths: number[];
  readonly indents: number[];
  /** How much more each line is indented than the least indented line. */
  readonly extraIndents: number[];
  /** Width of the next line's first word when the next line follows with no blank line between, else -1. */
  readonly nextWord: number[];
  readonly midSentence: boolean[];
}

function layoutOf(text: string, lines: readonly ArticleLine[]): Layout {
  const indents = lines.map((line) => {
    let at = line.start;
    while (at > 0 && text.charCodeAt(at - 1) !== 10) at--;
    return line.start - at;
  });
  const least = Math.min(...indents);
  return {
    indents,
    extraIndents: indents.map((indent) => indent - least),
    widths: lines.map((line) => line.end - line.start),
    nextWord: lines.map((_, i) => {
      const next = lines[i + 1];
      if (!next || next.blankBefore) return -1;
      const space = next.form.indexOf(' ');
      return space === -1 ? next.form.length : space;
    }),
    midSentence: lines.map((line) => !ENDS_SENTENCE.test(line.form)),
  };
}

interface Fit {
  readonly full: boolean[];
  readonly covered: number;
  readonly fullCount: number;
  readonly fullMidSentence: number;
  readonly score: number;
}

function fitWidth(layout: Layout, wrapWidth: number): Fit {
  const { widths, extraIndents, nextWord, midSentence } = layout;
  let covered = 0;
  let fullCount = 0;
  let fullMidSentence = 0;
  let contradictions = 0;
  const full = widths.map((lineWidth, i) => {
    if (nextWord[i]! < 0 || lineWidth > wrapWidth || widths[i + 1]! > wrapWidth) return false;
    covered++;
    const isFull = lineWidth + 1 + nextWord[i]! > wrapWidth - extraIndents[i]!;
    if (isFull) {
      fullCount++;
      if (midSentence[i]) fullMidSentence++;
    } else if (midSentence[i]) contradictions++;
    return isFull;
  });
  return { full, covered, fullCount, fullMidSentence, score: fullCount - contradictions };
}

function joinLines(text: string, pieces: readonly ArticleLine[]): ArticleLine {
  const first = pieces[0]!;
  if (pieces.length === 1) return first;
  const end = pieces[pieces.length - 1]!.end;
  const form = toLineForm(text.slice(first.start, end));
  return { start: first.start, end, form, words: countWords(form), blankBefore: first.blankBefore, removed: null, cut: null };
}

/** The indent most lines have: that of a paragraph's continuation lines. */
function commonIndent(indents: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const indent of indents) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [indent, count] of counts) if (count > bestCount || (count === bestCount && indent < best)) [best, bestCount] = [indent, count];
  return best;
}

/** Joins the lines of a hard-wrapped text into the lines (paragraphs) they were cut from; other text is returned as it is. */
export function joinWrappedLines(text: string, lines: readonly ArticleLine[]): ArticleLine[] {
  const layout = layoutOf(text, lines);
  const candidates = [...new Set(layout.widths.filter((w) => w >= WRAP_WIDTH_MIN && w <= WRAP_WIDTH_MAX))];
  let best: { width: number; fit: Fit } | null = null;
  for (const candidate of candidates) {
    const fit = fitWidth(layout, candidate);
    if (!best || fit.score > best.fit.score || (fit.score === best.fit.score && candidate > best.width)) best = { width: candidate, fit };
  }
  const followed = layout.nextWord.filter((width) => width >= 0).length;
  if (!best || best.fit.covered * 4 < followed * 3 || best.fit.fullCount * 2 < best.fit.covered || best.fit.fullMidSentence < 2) return [...lines];
  const { fit } = best;
  const indent = commonIndent(layout.indents.filter((_, i) => i > 0 && fit.full[i - 1]));
  const joined: ArticleLine[] = [];
  let pieces: ArticleLine[] = [];
  lines.forEach((line, i) => {
    if (pieces.length > 0 && !(fit.full[i - 1] && layout.indents[i]! <= indent)) {
      joined.push(joinLines(text, pieces));
      pieces = [];
    }
    pieces.push(line);
  });
  if (pieces.length > 0) joined.push(joinLines(text, pieces));
  return joined;
}
