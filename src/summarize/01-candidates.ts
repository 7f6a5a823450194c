import type { AnalyzedDocument, Sentence } from '../model/index.js';
import { readWordsAndTerms, reportingVerbPattern } from '../analyze/index.js';
import { compressSentence, DEFAULT_COMPRESS_OPTIONS, type CompressOptions } from './compress.js';

/** A sentence that may enter the summary, with what selection needs to know about it. */
export interface Candidate {
  /** The source sentence: the summary cites it whole. */
  readonly sentence: Sentence;
  /** What the summary says: the sentence, or a compression of it (deletions only). */
  readonly text: string;
  /** Content terms of `text`. */
  readonly terms: readonly string[];
  /** Index of its document in the input list. */
  readonly document: number;
  /** Relative position in its document, 0 = lead, 1 = last sentence. */
  readonly position: number;
  /** Words in `text`. */
  readonly length: number;
  /** Starts with a pronoun or a reference ("He said…", "This…"), or ends with "…, he said.": it needs the sentence before it. */
  readonly dangling: boolean;
}

/** Options for `selectCandidates`. */
export interface CandidateOptions {
  readonly minWords: number;
  readonly maxWords: number;
  /** Deletions that shorten a sentence without changing what it says. */
  readonly compress: CompressOptions;
  /** A line shorter than this (in words) without final punctuation is a label or headline, not a sentence. */
  readonly minUnpunctuatedWords: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { minWords: 6, maxWords: 70, compress: DEFAULT_COMPRESS_OPTIONS, minUnpunctuatedWords: 10 };

const DANGLING = /^["“]?(?:he|she|they|him|her|them|his|their|its|this|these|those|such|that|it)\b(?!['’]s\b)/i;
// "…, he said." and "On that front, he said, …" name their speaker only in the sentence before.
const PRONOUN_SPEAKER = new RegExp(
  `[,"”]\\s*(?:he|she|they)\\s+(?:says|told\\s+[^,;.]{1,40}|${reportingVerbPattern(['say', 'add', 'note', 'explain', 'write', 'continue', 'argue', 'insist', 'reply', 'warn', 'stress'], [2])})(?:(?:\\s+\\w+){0,3}\\s*[.!]["”]?$|\\s*,)`,
  'i',
);
const FINAL = /[.!?]["'”’)\]]*$/;
const ELLIPSIS = /(?:\.\s*){3,}$|…["'”’]?$/;
// A sentence opening with a lower-case word ("eBay" and "iPhone" do not count).
const LOWER_CASE_START = /^["“]?\p{Ll}+(?![\p{L}\p{N}])/u;

const NOT_NEWS = [
  /^(?:photo|image|video|file|caption)s?\b/i,
  /\b(?:click here|sign up|subscribe|newsletter|all rights reserved|follow us|read more|share this)\b/i,
  /^(?:by|updated|posted|published)\b[^.]{0,60}$/i,
  /[?:]["'”’]?$/,
  /^\(?(?:reporting|writing|editing|additional reporting) by\b/i,
  /(?:https?:\/\/|www\.)/i,
  // The first piece of a sentence split at an ellipsis ("…which seeks . . . ."); see ELLIPSIS for the second.
  ELLIPSIS,
  // Site prompts and crawl notices glued into a paragraph, where the line-level cleaning cannot cut them
  // (Multi-News' normalized copies have no line breaks); the commonest in the validation split.
  /\b(?:breaking news e-?mails|news alerts and special reports|stories that matter,? delivered|push notifications|verification e-?mail|notifications? (?:has been saved|are only sent)|appear next to all of your comments|as an interest to stay up to date|media playback is unsupported|media requires javascript|focused crawls|webcrawl|wayback machine|crawl data)\b/i,
];

// NOT_NEWS with the patterns of one flag set joined into one alternation: a sentence is scanned once per flag set.
const NOT_NEWS_JOINED = (() => {
  const byFlags = new Map<string, string[]>();
  for (const pattern of NOT_NEWS) (byFlags.get(pattern.flags) ?? byFlags.set(pattern.flags, []).get(pattern.flags)!).push(`(?:${pattern.source})`);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** True for sentences that read as prose: enough words, mostly lower-case letters, not chrome. */
function isProse(sentence: Sentence, options: CandidateOptions): boolean {
  const count = sentence.words.length;
  if (count < options.minWords || count > options.maxWords) return false;
  if (NOT_NEWS_JOINED.some((pattern) => pattern.test(sentence.text))) return false;
  if (count < options.minUnpunctuatedWords && !FINAL.test(sentence.text)) return false;
  // Letters and capitals counted in UTF-16 units, as the lengths of the text with the rest removed would be.
  let letters = 0;
  let upper = 0;
  for (const char of sentence.text) {
    const code = char.charCodeAt(0);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
    } else if (LETTER.test(char)) {
      letters += char.length;
      if (UPPER.test(char)) upper += char.length;
    }
  }
  return letters > 0 && upper / letters < 0.4;
}

/** Picks the sentences that can enter a summary, in document order. */
export function selectCandidates(docs: readonly AnalyzedDocument[], options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): Candidate[] {
  const candidates: Candidate[] = [];
  docs.forEach((doc, document) => {
    const total = Math.max(1, doc.sentences.length - 1);
    for (const sentence of doc.sentences) {
      if (!isProse(sentence, options)) continue;
      // The second piece of a sentence split at an ellipsis continues in lower case ("results that would push Iraq…").
      const before = doc.sentences[sentence.index - 1];
      if (before && ELLIPSIS.test(before.text) && LOWER_CASE_START.test(sentence.text)) continue;
      // A document that stops mid-sentence was cut off (a truncated file or feed item): its last piece is no sentence.
      if (sentence.index === doc.sentences.length - 1 && !FINAL.test(sentence.text)) continue;
      const position = sentence.index / total;
      const text = compressSentence(sentence.text, options.compress, options.minWords);
      // Only a compressed sentence needs tokenizing again.
      const { words, terms } = text === sentence.text ? sentence : readWordsAndTerms(text);
      candidates.push({ sentence, text, terms, document, position, length: words.length, dangling: DANGLING.test(text) || PRONOUN_SPEAKER.test(text) });
    }
  });
  return candidates;
}
