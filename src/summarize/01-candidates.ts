import type { AnalyzedDocument, Sentence } from '../model/index.js';
import { findBackReference, isKeptDocument, keptWithDocument, readWordsAndTerms } from '../analyze/index.js';
import { compressSentence, DEFAULT_COMPRESS_OPTIONS, type CompressOptions } from './compress.js';
import { findQuoteRuns } from './quote-runs.js';

/** A sentence that may enter the summary, with what selection needs to know about it. */
export interface Candidate {
  /** The source sentence: the summary cites it whole. */
  readonly sentence: Sentence;
  /** The last sentence it runs to (a quotation split over sentences), or the same sentence. */
  readonly last: Sentence;
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
  /** Points back ("He said…", "This…", "The move…", "…, he said."): it needs the sentence before it (see findBackReference). */
  readonly dangling: boolean;
}

/** Options for `selectCandidates`. */
export interface CandidateOptions {
  readonly minWords: number;
  readonly maxWords: number;
  /** A quotation split over sentences may run to this many words as one candidate. */
  readonly maxQuoteWords: number;
  /** Join a quotation split over sentences into one candidate, and leave its pieces out. */
  readonly joinQuotes: boolean;
  /** Also offer a sentence that points back together with the sentence before it, as one candidate. */
  readonly pairReferences: boolean;
  /** Deletions that shorten a sentence without changing what it says. */
  readonly compress: CompressOptions;
  /** A line shorter than this (in words) without final punctuation is a label or headline, not a sentence. */
  readonly minUnpunctuatedWords: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  minWords: 6,
  maxWords: 70,
  maxQuoteWords: 90,
  joinQuotes: true,
  pairReferences: true,
  compress: DEFAULT_COMPRESS_OPTIONS,
  minUnpunctuatedWords: 10,
};
const FINAL = /[.!?]["'”’)\]]*$/;
const ELLIPSIS = /(?:\.\s*){3,}$|…["'”’]?$/;
// A sentence opening with a lower-case word is a piece of one ("eBay" and "iPhone" do not count): the second
// piece of a sentence split at an ellipsis, a line of a hard-wrapped page.
const LOWER_CASE_START = /^["“(]?\p{Ll}+(?![\p{L}\p{N}])/u;

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

// Letters of a text and how many of them are capitals, counted in UTF-16 units, as the lengths of the text with
// the rest removed would be.
function countCapitals(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (const char of text) {
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
  return { letters, upper };
}

// A sentence mostly in capitals is a label or a headline, unless the story is written in capitals (wire copy of the
// teletype era, transcripts): there case says nothing. A story with one transcript in capitals among cased articles
// still leaves the transcript's sentences out.
const MAX_CAPITAL_SHARE = 0.4;

/** True for sentences that read as prose: enough words, mostly lower-case letters (when case tells), not chrome. */
function isProse(sentence: Sentence, options: CandidateOptions, caseTells = true): boolean {
  const count = sentence.words.length;
  if (count < options.minWords || count > options.maxWords) return false;
  if (NOT_NEWS_JOINED.some((pattern) => pattern.test(sentence.text))) return false;
  if (count < options.minUnpunctuatedWords && !FINAL.test(sentence.text)) return false;
  const { letters, upper } = countCapitals(sentence.text);
  return letters > 0 && (!caseTells || upper / letters < MAX_CAPITAL_SHARE);
}

const UPPER_CASE_START = /^["“(]?\p{Lu}/u;
const OPENING_MARK = /^["“(]/;

/**
 * Whether case tells a piece of a sentence in this document, for sentences that open bare and for those that open
 * with a quote mark or a parenthesis: true when more of them open with a capital than in lower case. A lower-cased
 * copy says nothing by case, and one with only its sentences' first letters restored ("I love…" but `"i love…`) says
 * nothing after a mark.
 */
function readCasing(doc: AnalyzedDocument): { bare: boolean; marked: boolean } {
  const counts = { bare: [0, 0], marked: [0, 0] };
  for (const sentence of doc.sentences) {
    const kind = OPENING_MARK.test(sentence.text) ? counts.marked : counts.bare;
    if (UPPER_CASE_START.test(sentence.text)) kind[0]!++;
    else if (LOWER_CASE_START.test(sentence.text)) kind[1]!++;
  }
  return { bare: counts.bare[0]! > counts.bare[1]!, marked: counts.marked[0]! > counts.marked[1]! };
}

/** Picks the sentences that can enter a summary, in document order. */
export function selectCandidates(docs: readonly AnalyzedDocument[], options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): Candidate[] {
  let letters = 0;
  let upper = 0;
  for (const doc of docs) {
    const counts = capitalsOf(doc);
    letters += counts.letters;
    upper += counts.upper;
  }
  const caseTells = letters === 0 || upper / letters < MAX_CAPITAL_SHARE;
  const key = `${JSON.stringify(options)}|${caseTells}`;
  return docs.flatMap((doc, document) => {
    if (!isKeptDocument(doc)) return documentCandidates(doc, options, caseTells, document);
    const byOptions = chosen(doc);
    let own = byOptions.get(key);
    if (!own) byOptions.set(key, (own = documentCandidates(doc, options, caseTells)));
    return own.map((candidate) => ({ ...candidate, document }));
  });
}

// A kept document's candidates (as if it were document 0) by the options they were picked with: read once for every
// briefing of its story.
const chosen = keptWithDocument(() => new Map<string, readonly Candidate[]>());
const capitalsOf = keptWithDocument((doc) => countCapitals(doc.text));

function documentCandidates(doc: AnalyzedDocument, options: CandidateOptions, caseTells: boolean, document = 0): Candidate[] {
  const candidates: Candidate[] = [];
  const total = Math.max(1, doc.sentences.length - 1);
  const quotes = options.joinQuotes ? findQuoteRuns(doc, options.maxQuoteWords) : { spans: new Map<number, number>(), inside: new Set<number>() };
  // Case tells a piece of a sentence only in a text whose sentences mostly open with a capital (not a lower-cased copy).
  const casing = readCasing(doc);
  const isPiece = (text: string): boolean => (OPENING_MARK.test(text) ? casing.marked : casing.bare) && LOWER_CASE_START.test(text);
  for (const sentence of doc.sentences) {
    // A piece of a sentence (it starts in lower case) or of a quotation is no summary sentence.
    if (quotes.inside.has(sentence.index) || isPiece(sentence.text)) continue;
    const lastIndex = quotes.spans.get(sentence.index);
    const last = lastIndex === undefined ? sentence : doc.sentences[lastIndex]!;
    const run = doc.sentences.slice(sentence.index, last.index + 1);
    const whole =
      run.length === 1
        ? sentence
        : { ...sentence, text: doc.text.slice(sentence.start, last.end).replace(/\s+/g, ' '), words: run.flatMap((item) => item.words) };
    if (!isProse(whole, { ...options, maxWords: run.length === 1 ? options.maxWords : options.maxQuoteWords }, caseTells)) continue;
    // A document that stops mid-sentence was cut off (a truncated file or feed item): its last piece is no sentence.
    if (last.index === doc.sentences.length - 1 && !FINAL.test(last.text)) continue;
    const position = sentence.index / total;
    const text = run.length === 1 ? compressSentence(sentence.text, options.compress, options.minWords) : whole.text;
    // Only a compressed or joined sentence needs tokenizing again.
    const { words, terms } = text === sentence.text ? sentence : readWordsAndTerms(text);
    const candidate: Candidate = { sentence, last, text, terms, document, position, length: words.length, dangling: findBackReference(text) !== null };
    const before = candidates[candidates.length - 1];
    // "He said …" may enter with the sentence it points back to, as one candidate.
    if (
      options.pairReferences &&
      candidate.dangling &&
      before &&
      before.document === document &&
      before.last.index + 1 === sentence.index &&
      !before.dangling
    ) {
      candidates.push({
        ...before,
        last: candidate.last,
        // Joined as the source has them: a text with no space after a stop ("new moms.they both…") keeps none.
        text: `${before.text}${doc.text.slice(before.last.end, sentence.start).replace(/\s+/g, ' ')}${candidate.text}`,
        terms: [...before.terms, ...candidate.terms],
        length: before.length + candidate.length,
      });
    }
    candidates.push(candidate);
  }
  return candidates;
}
