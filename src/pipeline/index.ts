import type { Diagnostic, SourceId } from '../model/index.js';
import type { IngestOptions } from '../ingest/index.js';
import { ingestPipelineInputs, type PipelineInputs } from './01-ingest.js';
import { prepareStory, type PreparedStory } from './02-prepare.js';
import { briefStory, type BriefOptions, type FullBriefing } from './03-brief.js';
import { checkAborted, DEFAULT_PIPELINE_HOOKS, type PipelineHooks } from './hooks.js';
import { selectAnalyses, selectBriefedArticles, type BriefingBudget } from './budget.js';

export { ingestPipelineInputs, type PipelineInputs } from './01-ingest.js';
export { analysisFits, analyzeArticle, ANALYSIS_VERSION, ANALYZER_VERSION, prepareStory, type PreparedStory } from './02-prepare.js';
export { relabelAnalysis } from './relabel-analysis.js';
export { prepareStoryArticle, type PreparedStoryArticle } from './story-article.js';
export { briefStory, selectSummaryDocuments, type BriefOptions, type FullBriefing } from './03-brief.js';
export { checkAborted, DEFAULT_PIPELINE_HOOKS, type PipelineHooks, type PipelineStage } from './hooks.js';
export { cutArticle, DEFAULT_BRIEFING_BUDGET, selectBriefedArticles, type BriefingBudget, type BudgetSelection } from './budget.js';
export { boundAnalysis, DEFAULT_OUTPUT_LIMITS, type OutputLimits } from './bound-output.js';

/** Options for `runPipeline`: those of `brief`, plus ingest limits. */
export interface PipelineOptions extends BriefOptions {
  readonly ingest?: Partial<IngestOptions>;
  /** How many articles and characters one briefing reads (default DEFAULT_BRIEFING_BUDGET). */
  readonly budget?: Partial<BriefingBudget>;
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
  /** Positions of the ingested articles the briefing read (all of them, unless the budget left some out). */
  readonly briefed: readonly number[];
}

/**
 * The one way through the stages: ingest → clean → analyze → compare → summarize (articles given with a kept
 * analysis skip clean and analyze; the briefing is the same). Past the budget, the briefing reads the most
 * independent and recent articles (a `briefing-budget` diagnostic); lists that grow with pairs of sources are capped
 * (`briefing-capped`); `hooks.signal` aborts the run between stages and articles. Throws
 * CorroborateError('no-usable-input') with the diagnostics when no article is usable.
 * @example const { briefing, sourceTexts } = runPipeline({ records: [{ text }, { html }] }, { words: 150 })
 */
export function runPipeline(
  inputs: PipelineInputs,
  options: PipelineOptions = DEFAULT_PIPELINE_OPTIONS,
  hooks: PipelineHooks = DEFAULT_PIPELINE_HOOKS,
): PipelineResult {
  const { ingest, budget, ...brief } = options;
  const ingested = ingestPipelineInputs(inputs, ingest, hooks);
  checkAborted(hooks);
  const selected = selectBriefedArticles(ingested.articles, budget);
  const analyses = 'articles' in inputs ? selectAnalyses(inputs.analyses, selected.positions) : undefined;
  const story = prepareStory({ articles: [...selected.articles], diagnostics: [...ingested.diagnostics, ...selected.diagnostics] }, {}, hooks, analyses);
  const briefing = briefStory(story, brief, hooks);
  const sourceTexts = Object.fromEntries(story.articles.map((clean) => [clean.article.id, clean.text]));
  return { briefing, story, sourceTexts, diagnostics: briefing.diagnostics, briefed: selected.positions };
}
