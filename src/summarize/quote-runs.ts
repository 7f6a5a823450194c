import type { AnalyzedDocument } from '../model/index.js';

/** Sentences a quotation runs over, as the sentence splitter cut them. */
export interface QuoteRuns {
  /** First sentence of a quote that closes in a later sentence of its paragraph → the last sentence it runs over. */
  readonly spans: ReadonlyMap<number, number>;
  /** Sentences that start inside a quote opened before them (or open one that never closes): never a summary sentence alone. */
  readonly inside: ReadonlySet<number>;
}

type Mark = 'open' | 'close' | 'either';

// Which way a quote mark faces, from what is on each side: after a space and before a word it opens ("He said, "We…"),
// after a word or a stop and before a space it closes ("…problem." Next); with spaces on both sides (text tokenized
// and joined again, as Multi-News+ is) only the count can tell.
function markKind(text: string, at: number): Mark {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + 1] ?? ' ';
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /[\s)\]},.;:!?—–-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/**
 * Finds quotations cut apart by sentence splitting ("…a resolution of the problem. | Thank you in advance for your
 * cooperation.""): a quote that opens in one sentence and closes in a later sentence of the same paragraph makes
 * one span. A closing mark the splitter left at the start of the next sentence (`" graham's father said…`) closes
 * the quote before it. A quote still open at its paragraph's end (one that goes on in the next paragraph) gives no
 * span: its sentences cannot be read alone. A run of more than `maxWords` words is no quotation but a mark left
 * unpaired (a copy with no paragraphs, where one stray mark would otherwise swallow the rest of the text): its
 * sentences stay as they are.
 */
export function findQuoteRuns(doc: AnalyzedDocument, maxWords = Number.POSITIVE_INFINITY): QuoteRuns {
  const spans = new Map<number, number>();
  const inside = new Set<number>();
  let open: number | null = null;
  const fits = (first: number, last: number): boolean => {
    let words = 0;
    for (let i = first; i <= last; i++) words += doc.sentences[i]!.words.length;
    return words <= maxWords;
  };
  doc.sentences.forEach((sentence, index) => {
    const previous = doc.sentences[index - 1];
    if (previous && previous.paragraph !== sentence.paragraph && open !== null) {
      if (fits(open, index - 1)) for (let i = open; i < index; i++) inside.add(i);
      open = null;
    }
    const text = sentence.text;
    for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
      const kind = markKind(text, at);
      if (open === null && kind !== 'close') {
        open = index;
        continue;
      }
      if (open !== null && kind !== 'open') {
        const leading = text.slice(0, at).trim() === '';
        // A mark left at the start of this sentence closes a quote that ended with the sentence before.
        const last = leading ? index - 1 : index;
        if (fits(open, last)) {
          if (last > open) spans.set(open, last);
          for (let i = open + 1; i <= last; i++) inside.add(i);
        }
        open = null;
      }
    }
  });
  if (open !== null && fits(open, doc.sentences.length - 1)) for (let i = open; i < doc.sentences.length; i++) inside.add(i);
  return { spans, inside };
}
