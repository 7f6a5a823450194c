import type { AnalyzedDocument, Article, CleanArticle, Diagnostic } from '../model/index.js';
import type { IngestResult } from '../ingest/index.js';
import { cleanArticle } from '../clean/index.js';
import { analyzeDocument, type AnalyzeOptions } from '../analyze/index.js';
import { DEFAULT_PIPELINE_HOOKS, StageTimer, type PipelineHooks } from './hooks.js';

/** What the stages before comparison produce for a set of articles. */
export interface PreparedStory {
  readonly articles: readonly CleanArticle[];
  readonly docs: readonly AnalyzedDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Step 2: cleans and analyzes ingested articles; articles left without text are dropped with a diagnostic. */
export function prepareStory(ingested: IngestResult, analyze: AnalyzeOptions = {}, hooks: PipelineHooks = DEFAULT_PIPELINE_HOOKS): PreparedStory {
  const timer = new StageTimer(hooks);
  const diagnostics: Diagnostic[] = [...ingested.diagnostics];
  const articles: CleanArticle[] = [];
  const docs: AnalyzedDocument[] = [];
  const total = ingested.articles.length;
  ingested.articles.forEach((article, i) => {
    const doc = prepareArticle(article, analyze, timer, diagnostics);
    if (doc) {
      articles.push(doc.clean);
      docs.push(doc.analyzed);
    }
    hooks.onArticle?.(i + 1, total);
  });
  timer.report('clean', 'analyze');
  return { articles, docs, diagnostics };
}

function prepareArticle(
  article: Article,
  analyze: AnalyzeOptions,
  timer: StageTimer,
  diagnostics: Diagnostic[],
): { clean: CleanArticle; analyzed: AnalyzedDocument } | null {
  const cleaned = timer.measure('clean', () => cleanArticle(article));
  diagnostics.push(...cleaned.diagnostics);
  if (cleaned.article.text.trim() === '') {
    if (!cleaned.diagnostics.some((d) => d.source === article.id)) {
      diagnostics.push({
        severity: 'warning',
        code: 'empty-article',
        message: 'no article text left after cleaning; skipped',
        source: article.id,
        input: article.origin,
      });
    }
    return null;
  }
  const analyzed = timer.measure('analyze', () => analyzeDocument(cleaned.article, analyze));
  if (analyzed.sentences.length === 0) {
    diagnostics.push({ severity: 'warning', code: 'no-sentences', message: 'no sentences found; skipped', source: article.id, input: article.origin });
    return null;
  }
  return { clean: cleaned.article, analyzed };
}
