// The server's one door into the briefing pipeline and the renderers (swap stages here, not in routes).
import type { Article, ArticleRecord, Briefing, Diagnostic, RawInput, SourceId } from '../model/index.js';
import { briefStory, prepareStory } from '../brief.js';
import { ingestInputs, ingestRecords } from '../ingest/index.js';
import type { NewArticle, StoredArticle } from '../store/index.js';


/** A briefing with the cleaned source texts its evidence offsets point into. */
export interface ComputedBriefing {
  readonly briefing: Briefing;
  readonly sourceTexts: Record<SourceId, string>;
}

/** Briefs stored articles, in the order they were added. Throws CorroborateError('no-usable-input') when none is usable. */
export function briefArticles(articles: readonly StoredArticle[]): ComputedBriefing {
  const records: ArticleRecord[] = articles.map((a) => ({
    title: a.title, text: a.text, url: a.url, outlet: a.outlet, published: a.published, byline: a.byline,
  }));
  const story = prepareStory(ingestRecords(records));
  const briefing = briefStory(story);
  const sourceTexts = Object.fromEntries(story.articles.map((clean) => [clean.article.id, clean.text]));
  return { briefing, sourceTexts };
}

/** What ingest made of some inputs, ready for the store. */
export interface IngestedArticles {
  readonly articles: NewArticle[];
  readonly diagnostics: Diagnostic[];
}

function toNewArticle(article: Article, extra: Partial<NewArticle>): NewArticle {
  return {
    title: article.title, outlet: article.outlet, url: article.url, published: article.published, byline: article.byline,
    format: article.format, origin: article.origin, text: article.text, ...extra,
  };
}

/** Ingests raw inputs (uploads, pasted text, fetched pages); a single-article input keeps its original bytes. */
export function ingestRawInputs(inputs: readonly RawInput[]): IngestedArticles {
  const articles: NewArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const result = ingestInputs([input]);
    diagnostics.push(...result.diagnostics);
    const keepRaw = result.articles.length === 1 ? { raw: input.bytes } : {};
    articles.push(...result.articles.map((article) => toNewArticle(article, keepRaw)));
  }
  return { articles, diagnostics };
}

/** Ingests API records ({title?, text | html, url?, outlet?, published?}); HTML is kept next to the text. */
export function ingestArticleRecords(records: readonly ArticleRecord[]): IngestedArticles {
  const articles: NewArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const result = ingestRecords([record]);
    diagnostics.push(...result.diagnostics);
    articles.push(...result.articles.map((article) => toNewArticle(article, { origin: 'api', html: record.html ?? null })));
  }
  return { articles, diagnostics };
}
