// The server's door into the stages: briefing stored articles, and ingesting what requests send for the store.
import type { Article, ArticleRecord, Diagnostic, RawInput } from '../model/index.js';
import { ingestInputs, ingestRecords, type IngestResult } from '../ingest/index.js';
import { runPipeline, type PipelineResult } from '../pipeline/index.js';
import type { NewArticle, StoredArticle } from '../store/index.js';

/** A briefing with the cleaned source texts its evidence offsets point into. */
export type ComputedBriefing = Pick<PipelineResult, 'briefing' | 'sourceTexts'>;

/** Briefs stored articles, in the order they were added. Throws CorroborateError('no-usable-input') when none is usable. */
export function briefArticles(articles: readonly StoredArticle[]): ComputedBriefing {
  const records: ArticleRecord[] = articles.map((a) => ({
    title: a.title,
    text: a.text,
    url: a.url,
    outlet: a.outlet,
    published: a.published,
    byline: a.byline,
  }));
  const { briefing, sourceTexts } = runPipeline({ records });
  return { briefing, sourceTexts };
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
