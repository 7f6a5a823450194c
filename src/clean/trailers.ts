import { countWords, NOT_ABBREVIATION, toLineForm } from '../ingest/index.js';
import type { ArticleLine } from './lines.js';

// Trailer sentences glued to the end of a paragraph: "…a policy of rapprochement. AP contributed to
// this report." Each pattern must match the whole last sentence (in its line form).
const TRAILER_SENTENCES: readonly RegExp[] = [
  /^[^.!?]{0,300}\bcontributed(?: reporting)? (?:to|for) this (?:report|story|article)[.!]?"?$/i,
  /^[-—–]*\s*[^.!?]{0,300}\b(?:writers?|correspondents?|reporters?)\b[^.!?]{0,300}\bcontributed(?: reporting)?[.!]?$/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))[^!?]{0,120}$/i,
  /^all rights reserved[.!]?$/i,
  /^this material may not be published, broadcast, rewritten,? or redistributed[.!]?$/i,
  /^the post .{1,200} appeared first on .{1,100}$/i,
];

// Reuters style: "(Reporting by Shadia Nasralla; Editing by Tom Perry)" at the end of a paragraph.
const CREDIT_PARENTHESIS = /\s*\((?:additional )?(?:reporting|writing|editing) by [^()]{1,200}\)\.?$/i;

// Where a sentence starts: after ".", "!" or "?" (and a closing quote) and a space.
const SENTENCE_START = new RegExp(String.raw`${NOT_ABBREVIATION}[.!?]["”'’)\]]?\s+(?=["“(—–-]?[\p{Lu}\p{N}©])`, 'gu');

function findLastSentenceStart(text: string): number {
  let found = 0;
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(text); m; m = SENTENCE_START.exec(text)) found = m.index + m[0].length;
  return found;
}

// Cheap test on the end of a line before the sentence search: most lines carry no trailer.
const TRAILER_HINT = /contributed|©|copyright|\(c\)|rights reserved|redistributed|appeared first on/i;

function findTrailerStart(slice: string): number | null {
  if (/\)\.?$/.test(slice)) {
    const credit = CREDIT_PARENTHESIS.exec(slice);
    if (credit && credit.index > 0) return credit.index;
  }
  if (!TRAILER_HINT.test(slice.slice(-400))) return null;
  const start = findLastSentenceStart(slice);
  if (start === 0) return null;
  const sentence = toLineForm(slice.slice(start));
  if (countWords(sentence) > 60) return null;
  return TRAILER_SENTENCES.some((pattern) => pattern.test(sentence)) ? start : null;
}

/**
 * Cuts trailers glued to the end of a kept line ("… AP contributed to this report.") and records the
 * cut text; a trailer that is the whole line is left to the line rules.
 */
export function cutGluedTrailers(text: string, lines: ArticleLine[]): void {
  for (const line of lines) {
    if (line.removed) continue;
    for (let guard = 0; guard < 4; guard++) {
      const slice = text.slice(line.start, line.end);
      const start = findTrailerStart(slice);
      if (start === null) break;
      let end = line.start + start;
      while (end > line.start && /\s/.test(text[end - 1]!)) end--;
      const trailer = toLineForm(slice.slice(start));
      line.cut = line.cut ? `${trailer} ${line.cut}` : trailer;
      line.end = end;
    }
  }
}
