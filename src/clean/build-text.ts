import type { OffsetMap } from '../model/index.js';
import { ENDS_SENTENCE, type ArticleLine } from './lines.js';

type Run = [cleanStart: number, originalStart: number, length: number];

// Characters rewritten while copying: invisible characters (dropped), runs of 2+ spaces or any other
// space character (→ one space), curly quotes (→ straight).
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;
const SPECIAL = /[\u200b-\u200d\u2060\ufeff\u00ad]|\s{2,}|[^\S ]|[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u201f\u2033]/g;

class CleanTextWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly runs: Run[] = [];

  constructor(private readonly source: string) {}

  /** Appends text taken from `originalStart` of the source (mapped). */
  private appendMapped(text: string, originalStart: number): void {
    if (text === '') return;
    const last = this.runs[this.runs.length - 1];
    if (last && last[0] + last[2] === this.length && last[1] + last[2] === originalStart) last[2] += text.length;
    else this.runs.push([this.length, originalStart, text.length]);
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends text that has no origin (paragraph separators). */
  appendSeparator(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Copies source[from, to) with spaces collapsed, invisible characters dropped, quotes straightened. */
  copy(from: number, to: number): void {
    let position = from;
    SPECIAL.lastIndex = from;
    for (let m = SPECIAL.exec(this.source); m && m.index < to; m = SPECIAL.exec(this.source)) {
      this.appendMapped(this.source.slice(position, m.index), position);
      const found = m[0];
      const first = found.charCodeAt(0);
      if (INVISIBLE.test(found)) {
        position = m.index + found.length;
        continue;
      }
      if (/\s/.test(found)) this.appendMapped(' ', m.index);
      else if (first === 0x201c || first === 0x201d || first === 0x201e || first === 0x201f || first === 0x2033) this.appendMapped('"', m.index);
      else this.appendMapped("'", m.index);
      position = Math.min(m.index + found.length, to);
    }
    this.appendMapped(this.source.slice(position, to), position);
  }

  toString(): string {
    return this.parts.join('');
  }
}

type Joint = '\n\n' | '\n' | ' ';

// A paragraph hard-wrapped at a fixed width: every line but the last is 40-100 characters long and
// some of them stop mid-sentence. Its lines are joined with spaces.
function isHardWrapped(group: readonly ArticleLine[]): boolean {
  if (group.length < 3) return false;
  const body = group.slice(0, -1);
  const widths = body.map((line) => line.end - line.start);
  if (Math.min(...widths) < 40 || Math.max(...widths, group[group.length - 1]!.end - group[group.length - 1]!.start) > 100) return false;
  return body.filter((line) => !ENDS_SENTENCE.test(line.form)).length * 2 >= body.length;
}

function chooseJoints(kept: readonly ArticleLine[], breaks: readonly boolean[]): Joint[] {
  const joints: Joint[] = kept.map((line, i) => {
    if (i === 0) return '\n';
    if (line.inline) return ' ';
    if (breaks[i]) return '\n\n';
    const previous = kept[i - 1]!.form;
    return !ENDS_SENTENCE.test(previous) && /^\p{Ll}/u.test(line.form) ? ' ' : '\n';
  });
  for (let start = 0; start < kept.length; ) {
    let end = start + 1;
    while (end < kept.length && joints[end] !== '\n\n') end++;
    if (isHardWrapped(kept.slice(start, end))) for (let i = start + 1; i < end; i++) joints[i] = ' ';
    start = end;
  }
  return joints;
}

/**
 * Writes the kept lines as clean text: paragraphs separated by a blank line, spaces collapsed,
 * quotes straightened; returns the offset runs back to the source text.
 */
export function buildCleanText(source: string, lines: readonly ArticleLine[]): { text: string; offsets: OffsetMap } {
  const kept: ArticleLine[] = [];
  const breaks: boolean[] = [];
  let pendingBreak = false;
  for (const line of lines) {
    if (line.removed || line.end <= line.start) {
      // A piece cut out of a line's middle leaves the rest of the line one paragraph.
      if (!line.inline) pendingBreak = true;
      continue;
    }
    breaks.push(pendingBreak || line.blankBefore);
    kept.push(line);
    pendingBreak = false;
  }
  const joints = chooseJoints(kept, breaks);
  const writer = new CleanTextWriter(source);
  kept.forEach((line, i) => {
    if (i > 0) writer.appendSeparator(joints[i]!);
    writer.copy(line.start, line.end);
  });
  return { text: writer.toString(), offsets: writer.runs };
}
