import type { AnalyzedDocument, Article, ArticleAnalysis, CleanArticle, Diagnostic } from '../model/index.js';
import type { IngestResult } from '../ingest/index.js';
import { cleanArticle } from '../clean/index.js';
import { analyzeDocument, type AnalyzeOptions } from '../analyze/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { checkAborted, DEFAULT_PIPELINE_HOOKS, StageTimer, type PipelineHooks } from './hooks.js';
import { relabelAnalysis } from './relabel-analysis.js';

/**
 * Bump whenever clean's or analyze's output changes for the same article (or ingest's for the same stored text):
 * stored analyses carry it, and one made by another version is recomputed, never trusted.
 */
export const ANALYSIS_VERSION = 5;

/** The version stamp kept with a stored analysis: the package version and ANALYSIS_VERSION ("0.1.0+analysis.1"). */
export const ANALYZER_VERSION = `${GENERATOR_VERSION}+analysis.${ANALYSIS_VERSION}`;

/** What the stages before comparison produce for a set of articles. */
export interface PreparedStory {
  readonly articles: readonly CleanArticle[];
  readonly docs: readonly AnalyzedDocument[];
  readonly diagnostics: readonly Diagnostic[];
  /** One per ingested article, in input order, the left-out ones too: what can be kept to skip clean and analyze next time. */
  readonly analyses: readonly ArticleAnalysis[];
}

/**
 * Step 2: cleans and analyzes ingested articles; articles left without text are dropped with a diagnostic.
 * `reuse[i]`, when given, is a kept analysis of `ingested.articles[i]` (made with the same analyze options): it is
 * moved to the article's position instead of cleaning and analyzing again, unless it was made from other text or
 * metadata. The result is the same either way.
 */
export function prepareStory(
  ingested: IngestResult,
  analyze: AnalyzeOptions = {},
  hooks: PipelineHooks = DEFAULT_PIPELINE_HOOKS,
  reuse: readonly (ArticleAnalysis | null | undefined)[] = [],
): PreparedStory {
  const timer = new StageTimer(hooks);
  const diagnostics: Diagnostic[] = [...ingested.diagnostics];
  const articles: CleanArticle[] = [];
  const docs: AnalyzedDocument[] = [];
  const analyses: ArticleAnalysis[] = [];
  const total = ingested.articles.length;
  ingested.articles.forEach((article, i) => {
    checkAborted(hooks);
    const kept = reuse[i];
    const analysis = kept && analysisFits(kept, article) ? relabelAnalysis(kept, article) : measureAnalysis(article, analyze, timer);
    analyses.push(analysis);
    diagnostics.push(...analysis.diagnostics);
    if (analysis.doc) {
      articles.push(analysis.clean);
      docs.push(analysis.doc);
    }
    hooks.onArticle?.(i + 1, total);
  });
  timer.report('clean', 'analyze');
  return { articles, docs, diagnostics, analyses };
}

/** Cleans and analyzes one ingested article; `doc` is null when it has no text after cleaning or no sentence. */
export function analyzeArticle(article: Article, analyze: AnalyzeOptions = {}): ArticleAnalysis {
  return measureAnalysis(article, analyze, new StageTimer(DEFAULT_PIPELINE_HOOKS));
}

/** True when `analysis` was made from this article's text and metadata (its id and origin may differ). */
export function analysisFits(analysis: ArticleAnalysis, article: Article): boolean {
  const made = analysis.clean.article;
  return (
    made.text === article.text &&
    made.title === article.title &&
    made.published === article.published &&
    made.outlet === article.outlet &&
    made.url === article.url &&
    made.byline === article.byline &&
    made.format === article.format
  );
}

function measureAnalysis(article: Article, analyze: AnalyzeOptions, timer: StageTimer): ArticleAnalysis {
  const cleaned = timer.measure('clean', () => cleanArticle(article));
  const diagnostics: Diagnostic[] = [...cleaned.diagnostics];
  const clean = cleaned.article;
  if (clean.text.trim() === '') {
    if (!cleaned.diagnostics.some((d) => d.source === article.id)) {
      diagnostics.push({
        severity: 'warning',
        code: 'empty-article',
        message: 'no article text left after cleaning; skipped',
        source: article.id,
        input: article.origin,
      });
    }
    return { clean, doc: null, diagnostics };
  }
  const doc = timer.measure('analyze', () => analyzeDocument(clean, analyze));
  if (doc.sentences.length === 0) {
    diagnostics.push({ severity: 'warning', code: 'no-sentences', message: 'no sentences found; skipped', source: article.id, input: article.origin });
    return { clean, doc: null, diagnostics };
  }
  return { clean, doc, diagnostics };
}
