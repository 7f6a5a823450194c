import type { ArticleRecord, RawInput } from './model/index.js';
import { summarize } from './summarize/index.js';
import { ingestPipelineInputs, prepareStory, runPipeline, selectSummaryDocuments, type BriefOptions, type FullBriefing } from './pipeline/index.js';

export { briefStory, prepareStory, type BriefOptions, type FullBriefing, type PreparedStory } from './pipeline/index.js';

/** Briefs article records (`{ title?, text | html, url?, outlet?, published? }`), e.g. `brief([{ text }, { html }])`. */
export function brief(records: readonly ArticleRecord[], options: BriefOptions = {}): FullBriefing {
  if (!Array.isArray(records)) throw new TypeError(`brief: expected an array of article records, got ${typeof records}`);
  return runPipeline({ records }, options).briefing;
}

/** Briefs raw inputs (file contents, pages, feeds) as read at the edge. */
export function briefInputs(inputs: readonly RawInput[], options: BriefOptions = {}): FullBriefing {
  if (!Array.isArray(inputs)) throw new TypeError(`briefInputs: expected an array of RawInput, got ${typeof inputs}`);
  return runPipeline({ inputs }, options).briefing;
}

/** The summary alone, as plain text, for plain-text documents: what `corroborate eval` scores. */
export function summarizeCluster(documents: readonly string[], options: { readonly words: number }): string {
  const records = documents.map((text) => ({ text }));
  // Only the summary is scored: sentences and terms are all it reads, so the rest of the analysis is skipped.
  const story = prepareStory(ingestPipelineInputs({ records }, {}, {}, 'summarizeCluster'), { depth: 'sentences' });
  if (story.docs.length === 0) return '';
  // The evaluation protocol cuts the text at the budget, so the last sentence may run past it.
  return summarize(selectSummaryDocuments(story), { words: options.words, select: { overflow: Number.POSITIVE_INFINITY } })
    .map((sentence) => sentence.text)
    .join(' ');
}
