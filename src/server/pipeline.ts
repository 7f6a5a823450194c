// The server's door into the stages: briefing stored articles, and ingesting what requests send for the store.
import type { Article, ArticleAnalysis, ArticleRecord, Diagnostic, RawInput } from '../model/index.js';
import { ingestInputs, ingestRecords, type IngestResult } from '../ingest/index.js';
import {
  ANALYZER_VERSION,
  analysisFits,
  analyzeArticle,
  cutArticle,
  ingestPipelineInputs,
  runPipeline,
  type BriefingBudget,
  type PipelineHooks,
  type PipelineOptions,
  type PipelineResult,
} from '../pipeline/index.js';
import type { AddArticleResult, AnalysisToKeep, ArticleSummary, NewArticle, StoredArticle } from '../store/index.js';

/** A briefing with the cleaned source texts its evidence offsets point into. */
export type ComputedBriefing = Pick<PipelineResult, 'briefing' | 'sourceTexts'>;

/** A briefing of stored articles, and the analyses it had to make (of articles without a kept one), to keep. */
export interface StoredBriefing extends ComputedBriefing {
  readonly made: AnalysisToKeep[];
}

// What the briefing reads of a stored article: the same record whether it is briefed with others or analyzed alone.
const toRecord = (a: Pick<StoredArticle, 'title' | 'text' | 'url' | 'outlet' | 'published' | 'byline'>): ArticleRecord => ({
  title: a.title,
  text: a.text,
  url: a.url,
  outlet: a.outlet,
  published: a.published,
  byline: a.byline,
});

/**
 * Briefs stored articles, in the order they were added, reusing `kept` analyses (by article id) where they fit; the
 * briefing is the one made from scratch. `options` carry the budget and output limits; `notes` are said first among
 * the diagnostics. Throws CorroborateError('no-usable-input') when none is usable.
 */
export function briefArticles(
  articles: readonly StoredArticle[],
  kept: ReadonlyMap<number, ArticleAnalysis> = new Map(),
  hooks: PipelineHooks = {},
  options: Pick<PipelineOptions, 'budget' | 'limits'> = {},
  notes: readonly Diagnostic[] = [],
): StoredBriefing {
  const ingested = ingestPipelineInputs({ records: articles.map(toRecord), diagnostics: notes }, {}, hooks, 'briefArticles');
  // Every stored article is one record and ingest keeps every one with text; were one dropped, positions would no
  // longer say which stored article an ingested one is, so every article is analyzed afresh.
  const aligned = ingested.articles.length === articles.length;
  const reuse = aligned ? articles.map((article) => kept.get(article.id)) : [];
  const { briefing, sourceTexts, story, briefed } = runPipeline({ ...ingested, analyses: reuse }, options, hooks);
  const made = aligned
    ? story.analyses.flatMap((analysis, i) => {
        const position = briefed[i]!;
        const given = reuse[position];
        return given && analysisFits(given, analysis.clean.article) ? [] : [{ article: articles[position]!.id, analyzer: ANALYZER_VERSION, analysis }];
      })
    : [];
  return { briefing, sourceTexts, made };
}

/**
 * Cleans and analyzes the articles `addArticles` just added (`results[i]` is what became of `articles[i]`), as
 * briefArticles would with the same budget (a long text is cut the same way), so that a later briefing analyzes
 * none of them again.
 */
export function analyzeAddedArticles(
  articles: readonly NewArticle[],
  results: readonly AddArticleResult[],
  budget: Partial<BriefingBudget> = {},
): AnalysisToKeep[] {
  return results.flatMap((result, i) => {
    const text = articles[i]?.text;
    if (result.status !== 'added' || text === undefined) return [];
    const stored: ArticleSummary = result.article;
    const [article] = ingestRecords([toRecord({ ...stored, text })]).articles;
    return article ? [{ article: stored.id, analyzer: ANALYZER_VERSION, analysis: analyzeArticle(cutArticle(article, budget)) }] : [];
  });
}

/** What ingest made of some inputs, ready for the store. */
export interface IngestedArticles {
  readonly articles: NewArticle[];
  readonly diagnostics: Diagnostic[];
}

function toNewArticle(article: Article, extra: Partial<NewArticle>): NewArticle {
  return {
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    byline: article.byline,
    format: article.format,
    origin: article.origin,
    text: article.text,
    ...extra,
  };
}

// One at a time, so that each stored article keeps what only its own input knows (its bytes, its HTML).
function ingestEach<T>(
  items: readonly T[],
  ingest: (item: T) => IngestResult,
  extra: (item: T, result: IngestResult) => Partial<NewArticle>,
): IngestedArticles {
  const articles: NewArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of items) {
    const result = ingest(item);
    diagnostics.push(...result.diagnostics);
    const added = extra(item, result);
    articles.push(...result.articles.map((article) => toNewArticle(article, added)));
  }
  return { articles, diagnostics };
}

/** Ingests raw inputs (uploads, pasted text, fetched pages); a single-article input keeps its original bytes. */
export function ingestRawInputs(inputs: readonly RawInput[]): IngestedArticles {
  return ingestEach(
    inputs,
    (input) => ingestInputs([input]),
    (input, result) => (result.articles.length === 1 ? { raw: input.bytes } : {}),
  );
}

/** Ingests API records ({title?, text | html, url?, outlet?, published?}); HTML is kept next to the text. */
export function ingestArticleRecords(records: readonly ArticleRecord[]): IngestedArticles {
  return ingestEach(
    records,
    (record) => ingestRecords([record]),
    (record) => ({ origin: 'api', html: record.html ?? null }),
  );
}
