/** A clause: a span of a sentence, offsets into the source text. */
export interface ClauseSpan {
  readonly start: number;
  readonly end: number;
}

// Where a sentence joins two statements: the separator is dropped, the conjunction starts the next clause.
// Dashes are left alone: in news copy they mostly enclose an aside ("children — three girls and two boys — on Dec. 1").
const BOUNDARY = /\s*;\s+|,\s+(?=(?:but|and|while|whereas|although|though|adding that|saying that|yet)\s)/g;
const MIN_WORDS = 5;

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Splits a sentence at clause boundaries ("; ", ", but", ", and", ", while") when both sides have at least
 * five words, so a long sentence that reports two things can be aligned thing by thing.
 */
export function splitClauses(text: string, start: number, end: number): ClauseSpan[] {
  const sentence = text.slice(start, end);
  const cuts: { at: number; next: number }[] = [];
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(sentence); match; match = BOUNDARY.exec(sentence)) {
    cuts.push({ at: match.index, next: match.index + match[0].length });
  }
  const spans: ClauseSpan[] = [];
  let from = 0;
  for (const cut of cuts) {
    const left = sentence.slice(from, cut.at);
    const rest = sentence.slice(cut.next);
    // A quotation must not be cut in half: count quote marks on the left.
    if ((sentence.slice(0, cut.at).match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
    if (countWords(left) < MIN_WORDS || countWords(rest) < MIN_WORDS) continue;
    spans.push({ start: start + from, end: start + cut.at });
    from = cut.next;
  }
  spans.push({ start: start + from, end });
  return spans;
}
