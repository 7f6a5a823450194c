import { findOffTopicArticles } from '../stories/index.js';
import { CorroborateError } from '../model/index.js';
import type { AnalyzedDocument, Article, Briefing, BriefingSource, CleanArticle, CrossSourceAnalysis } from '../model/index.js';
import { compareSources, type CompareOptions } from '../compare/index.js';
import { chooseTitle, summarize, type SummarizeOptions } from '../summarize/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { checkAborted, DEFAULT_PIPELINE_HOOKS, StageTimer, type PipelineHooks } from './hooks.js';
import { boundAnalysis, type OutputLimits } from './bound-output.js';
import type { PreparedStory } from './02-prepare.js';

/** Options for `brief`, `briefStory` and `runPipeline`. */
export interface BriefOptions {
  /** Summary word budget (default 250). */
  readonly words?: number;
  /** Headline to use instead of the one chosen from the articles. */
  readonly title?: string;
  readonly summarize?: Omit<SummarizeOptions, 'words' | 'facts'>;
  readonly compare?: CompareOptions;
  /** Caps on the lists that grow with pairs of sources (default DEFAULT_OUTPUT_LIMITS). */
  readonly limits?: Partial<OutputLimits>;
}

/** A briefing plus the additive fields this version writes (the contract allows added fields). */
export type FullBriefing = Briefing & Pick<CrossSourceAnalysis, 'perSource'>;

function describeSource(clean: CleanArticle, doc: AnalyzedDocument): BriefingSource {
  const article: Article = clean.article;
  const words = doc.sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  return { id: article.id, title: article.title, outlet: article.outlet, url: article.url, published: article.published, words, removed: clean.removed };
}

/**
 * The documents the summary may draw on: those cleaning did not judge to be in another language, unless no
 * other is left. The analysis is English; a French sentence in an English summary reads as an error.
 */
export function selectSummaryDocuments(story: PreparedStory): readonly AnalyzedDocument[] {
  const foreign = new Set(story.articles.filter((clean) => clean.language === 'other').map((clean) => clean.article.id));
  const english = story.docs.filter((doc) => !foreign.has(doc.source));
  return english.length > 0 ? english : story.docs;
}

/** Step 3: compares the prepared articles and summarizes them into a briefing. Throws 'no-usable-input' when none is left. */
export function briefStory(story: PreparedStory, options: BriefOptions = {}, hooks: PipelineHooks = DEFAULT_PIPELINE_HOOKS): FullBriefing {
  if (story.docs.length === 0) {
    throw new CorroborateError('no-usable-input', 'no usable article among the inputs', story.diagnostics);
  }
  const timer = new StageTimer(hooks);
  checkAborted(hooks);
  const bounded = timer.measure('compare', () => boundAnalysis(compareSources(story.docs, story.articles, options.compare), options.limits));
  const analysis = bounded.analysis;
  timer.report('compare');
  checkAborted(hooks);
  const summary = timer.measure('summarize', () =>
    summarize(selectSummaryDocuments(story), { ...options.summarize, words: options.words ?? 250, facts: analysis.facts }),
  );
  const title = options.title ?? timer.measure('summarize', () => chooseTitle(story.articles, summary));
  timer.report('summarize');
  return {
    version: 1,
    generator: { name: 'corroborate', version: GENERATOR_VERSION },
    title,
    sources: story.articles.map((clean, i) => describeSource(clean, story.docs[i]!)),
    summary,
    facts: analysis.facts,
    conflicts: analysis.conflicts,
    quotes: analysis.quotes,
    entities: analysis.entities,
    timeline: analysis.timeline,
    syndication: analysis.syndication,
    diagnostics: [...story.diagnostics, ...findOffTopicArticles(selectSummaryDocuments(story)), ...bounded.diagnostics],
    perSource: analysis.perSource,
  };
}
