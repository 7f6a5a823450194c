import type { Diagnostic, SourceId } from '../model/index.js';
import type { IngestOptions } from '../ingest/index.js';
import { ingestPipelineInputs, type PipelineInputs } from './01-ingest.js';
import { prepareStory, type PreparedStory } from './02-prepare.js';
import { briefStory, type BriefOptions, type FullBriefing } from './03-brief.js';
import { DEFAULT_PIPELINE_HOOKS, type PipelineHooks } from './hooks.js';

export { ingestPipelineInputs, type PipelineInputs } from './01-ingest.js';
export { analysisFits, analyzeArticle, ANALYSIS_VERSION, ANALYZER_VERSION, prepareStory, type PreparedStory } from './02-prepare.js';
export { relabelAnalysis } from './relabel-analysis.js';
export { prepareStoryArticle, type PreparedStoryArticle } from './story-article.js';
export { briefStory, selectSummaryDocuments, type BriefOptions, type FullBriefing } from './03-brief.js';
export { DEFAULT_PIPELINE_HOOKS, type PipelineHooks, type PipelineStage } from './hooks.js';

/** Options for `runPipeline`: those of `brief`, plus ingest limits. */
export interface PipelineOptions extends BriefOptions {
  readonly ingest?: Partial<IngestOptions>;
}

/** Default options for `runPipeline`: a 250-word summary, the title chosen from the articles, default stages. */
export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {};

/** What `runPipeline` returns: the briefing, what the stages made of each article, and every diagnostic. */
export interface PipelineResult {
  readonly briefing: FullBriefing;
  /** The usable articles, cleaned, with their analysis, in briefing source order. */
  readonly story: PreparedStory;
  /** Cleaned text by source id: what every evidence offset points into (the HTML report shows it). */
  readonly sourceTexts: Record<SourceId, string>;
  /** Every problem met, from reading the inputs to analysis (the same list as `briefing.diagnostics`). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The one way through the stages: ingest → clean → analyze → compare → summarize (articles given with a kept
 * analysis skip clean and analyze; the briefing is the same). Throws
 * CorroborateError('no-usable-input') with the diagnostics when no article is usable.
 * @example const { briefing, sourceTexts } = runPipeline({ records: [{ text }, { html }] }, { words: 150 })
 */
export function runPipeline(
  inputs: PipelineInputs,
  options: PipelineOptions = DEFAULT_PIPELINE_OPTIONS,
  hooks: PipelineHooks = DEFAULT_PIPELINE_HOOKS,
): PipelineResult {
  const { ingest, ...brief } = options;
  const ingested = ingestPipelineInputs(inputs, ingest, hooks);
  const story = prepareStory(ingested, {}, hooks, 'articles' in inputs ? inputs.analyses : undefined);
  const briefing = briefStory(story, brief, hooks);
  const sourceTexts = Object.fromEntries(story.articles.map((clean) => [clean.article.id, clean.text]));
  return { briefing, story, sourceTexts, diagnostics: briefing.diagnostics };
}
