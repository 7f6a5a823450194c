import type { AnalyzedDocument, Fact, SummarySentence } from '../model/index.js';
import { DEFAULT_CANDIDATE_OPTIONS, selectCandidates, type CandidateOptions } from './01-candidates.js';
import { DEFAULT_PROFILE_OPTIONS, readCandidateGrams, readStoryGrams, weighStoryGrams, type ProfileOptions } from './02-profile.js';
import { DEFAULT_SELECT_OPTIONS, selectGramItems, type SelectOptions } from './03-select.js';
import { orderSentences } from './04-order.js';
import { DEFAULT_CITE_OPTIONS, citeSources, type CiteOptions } from './05-cite.js';

export { compareSourceIds } from './05-cite.js';
export { compressSentence, isDeletionOf, DEFAULT_COMPRESS_OPTIONS, type CompressOptions } from './compress.js';

/** Options for `summarize`; every field is optional and falls back to `DEFAULT_SUMMARIZE_OPTIONS`. */
export interface SummarizeOptions {
  /** Word budget (default 250). */
  readonly words?: number;
  readonly candidates?: Partial<CandidateOptions>;
  readonly profile?: Partial<ProfileOptions>;
  readonly select?: Partial<Omit<SelectOptions, 'words'>>;
  readonly cite?: Partial<CiteOptions>;
  /** Facts aligned across sources (from compare); a summary sentence in a fact cites all its sources. */
  readonly facts?: readonly Fact[];
}

export const DEFAULT_SUMMARIZE_OPTIONS = {
  words: 250,
  candidates: DEFAULT_CANDIDATE_OPTIONS,
  profile: DEFAULT_PROFILE_OPTIONS,
  select: DEFAULT_SELECT_OPTIONS,
  cite: DEFAULT_CITE_OPTIONS,
} as const;

/**
 * Extractive multi-document summary: chooses the sentences that, in few words, say what the sources
 * say in their own words (words and word pairs most sources would use in a summary of this length;
 * see `profileSources`), avoids repeating covered content, orders the result as a story and cites
 * every source that reports each sentence's information.
 */
export function summarize(docs: readonly AnalyzedDocument[], options: SummarizeOptions = {}): SummarySentence[] {
  if (!Array.isArray(docs)) throw new TypeError(`summarize: expected an array of AnalyzedDocument, got ${typeof docs}`);
  const words = options.words ?? DEFAULT_SUMMARIZE_OPTIONS.words;
  if (!Number.isFinite(words) || words <= 0) throw new TypeError(`summarize: expected a positive word budget, got ${words}`);
  const candidates = selectCandidates(docs, { ...DEFAULT_CANDIDATE_OPTIONS, ...options.candidates });
  // The profile and the candidates' grams by gram id: what profileSources and selectSentences compute by gram text.
  const grams = readStoryGrams(docs);
  const weights = weighStoryGrams(grams, words, { ...DEFAULT_PROFILE_OPTIONS, ...options.profile });
  const items = candidates.map((candidate) => readCandidateGrams(candidate, docs, grams, weights));
  const select = { ...DEFAULT_SELECT_OPTIONS, ...options.select, words };
  const chosen = selectGramItems(candidates, items, weights, select);
  const ordered = orderSentences(chosen, select.leadFirst ? chosen[0] : undefined);
  return citeSources(ordered, docs, { ...DEFAULT_CITE_OPTIONS, ...options.cite }, options.facts ?? []);
}
export { chooseTitle } from './06-title.js';
