import type { AnalyzedDocument, Sentence } from '../../../model/index.js';
import { readTermTokens } from '../../../analyze/index.js';

/** Two sentences of different sources that report the same detail (and are about the same thing). */
export interface DetailPair {
  /** Index of the document that keeps its text. */
  readonly keep: number;
  readonly kept: Sentence;
  /** Index of the document whose sentence is edited. */
  readonly edit: number;
  readonly edited: Sentence;
  /** Share of content terms the two sentences have in common (Dice): near copies score above 0.5. */
  readonly overlap: number;
}

// The eval's own notion of "the same thing", independent of the aligner: two sentences that share the detail, at
// least three other content terms, and 30% of their content terms (Dice). Checked by hand on a sample (docs/quality.md).
const MIN_OTHER_TERMS = 3;
const MIN_OVERLAP = 0.3;

function termsOf(sentence: Sentence, text: string): Set<string> {
  return new Set(readTermTokens(text, sentence.start, sentence.end).map((token) => token.term));
}

/**
 * Sentence pairs across documents that share a detail: `detailsOf` lists a sentence's details as strings
 * ("number:23", "place:ohio"); a pair shares one and `MIN_OTHER_TERMS` other content terms. Each pair is given
 * once per direction, in document and sentence order.
 */
export function findDetailPairs(
  docs: readonly AnalyzedDocument[],
  detailsOf: (doc: AnalyzedDocument, sentence: Sentence) => readonly string[],
): (DetailPair & { detail: string })[] {
  const indexed = docs.map((doc) =>
    doc.sentences.map((sentence) => ({ sentence, details: new Set(detailsOf(doc, sentence)), terms: termsOf(sentence, doc.text) })),
  );
  const pairs: (DetailPair & { detail: string })[] = [];
  for (let edit = 0; edit < docs.length; edit++) {
    for (let keep = 0; keep < docs.length; keep++) {
      if (keep === edit) continue;
      for (const b of indexed[edit]!) {
        if (b.details.size === 0) continue;
        for (const a of indexed[keep]!) {
          const detail = [...b.details].find((item) => a.details.has(item));
          if (!detail) continue;
          let shared = 0;
          for (const term of a.terms) if (b.terms.has(term)) shared++;
          const detailTerms = detail.split(':')[1]!.split(' ').length;
          const overlap = (2 * shared) / (a.terms.size + b.terms.size);
          if (shared - detailTerms < MIN_OTHER_TERMS || overlap < MIN_OVERLAP) continue;
          pairs.push({ keep, kept: a.sentence, edit, edited: b.sentence, overlap, detail });
        }
      }
    }
  }
  return pairs;
}
