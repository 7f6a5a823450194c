import type { AnalyzedDocument, Sentence } from '../model/index.js';

/** A sentence that may enter the summary, with what selection needs to know about it. */
export interface Candidate {
  readonly sentence: Sentence;
  /** Index of its document in the input list. */
  readonly document: number;
  /** Relative position in its document, 0 = lead, 1 = last sentence. */
  readonly position: number;
  readonly length: number;
}

/** Options for `selectCandidates`. */
export interface CandidateOptions {
  readonly minWords: number;
  readonly maxWords: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { minWords: 6, maxWords: 70 };

const NOT_NEWS = [
  /^(?:photo|image|video|file|caption)s?\b/i,
  /\b(?:click here|sign up|subscribe|newsletter|all rights reserved|follow us|read more|share this)\b/i,
  /^(?:by|updated|posted|published)\b[^.]{0,60}$/i,
  /[?:]["'”’]?$/,
  /^\(?(?:reporting|writing|editing|additional reporting) by\b/i,
  /(?:https?:\/\/|www\.)/i,
];

/** True for sentences that read as prose: enough words, mostly lower-case letters, not chrome. */
function isProse(sentence: Sentence, options: CandidateOptions): boolean {
  const count = sentence.words.length;
  if (count < options.minWords || count > options.maxWords) return false;
  if (NOT_NEWS.some((pattern) => pattern.test(sentence.text))) return false;
  const letters = sentence.text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length > 0 && upper / letters.length < 0.4;
}

/** Picks the sentences that can enter a summary, in document order. */
export function selectCandidates(docs: readonly AnalyzedDocument[], options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): Candidate[] {
  const candidates: Candidate[] = [];
  docs.forEach((doc, document) => {
    const total = Math.max(1, doc.sentences.length - 1);
    for (const sentence of doc.sentences) {
      if (!isProse(sentence, options)) continue;
      candidates.push({ sentence, document, position: sentence.index / total, length: sentence.words.length });
    }
  });
  return candidates;
}
