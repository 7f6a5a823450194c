import { CorroborateError } from './model/index.js';
import type { AnalyzedDocument, Article, ArticleRecord, Briefing, CrossSourceAnalysis, BriefingSource, CleanArticle, Diagnostic, RawInput } from './model/index.js';
import { ingestInputs, ingestRecords, type IngestResult } from './ingest/index.js';
import { cleanArticle } from './clean/index.js';
import { analyzeDocument, type AnalyzeOptions } from './analyze/index.js';
import { compareSources, type CompareOptions } from './compare/index.js';
import { chooseTitle, summarize, type SummarizeOptions } from './summarize/index.js';

import { GENERATOR_VERSION } from './version.js';

/** Options for `brief`. */
export interface BriefOptions {
  /** Summary word budget (default 250). */
  readonly words?: number;
  /** Headline to use instead of the one chosen from the articles. */
  readonly title?: string;
  readonly summarize?: Omit<SummarizeOptions, 'words' | 'facts'>;
  readonly compare?: CompareOptions;
}

/** A briefing plus the additive fields this version writes (the contract allows added fields). */
export type FullBriefing = Briefing & Pick<CrossSourceAnalysis, 'perSource'>;

/** What the stages before comparison produce for a set of articles. */
export interface PreparedStory {
  readonly articles: readonly CleanArticle[];
  readonly docs: readonly AnalyzedDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Cleans and analyzes ingested articles; articles left without text are dropped with a diagnostic. */
export function prepareStory(ingested: IngestResult, analyze: AnalyzeOptions = {}): PreparedStory {
  const diagnostics: Diagnostic[] = [...ingested.diagnostics];
  const articles: CleanArticle[] = [];
  const docs: AnalyzedDocument[] = [];
  for (const article of ingested.articles) {
    const cleaned = cleanArticle(article);
    diagnostics.push(...cleaned.diagnostics);
    if (cleaned.article.text.trim() === '') {
      if (!cleaned.diagnostics.some((d) => d.source === article.id)) {
        diagnostics.push({ severity: 'warning', code: 'empty-article', message: 'no article text left after cleaning; skipped', source: article.id, input: article.origin });
      }
      continue;
    }
    const doc = analyzeDocument(cleaned.article, analyze);
    if (doc.sentences.length === 0) {
      diagnostics.push({ severity: 'warning', code: 'no-sentences', message: 'no sentences found; skipped', source: article.id, input: article.origin });
      continue;
    }
    articles.push(cleaned.article);
    docs.push(doc);
  }
  return { articles, docs, diagnostics };
}

function describeSource(clean: CleanArticle, doc: AnalyzedDocument): BriefingSource {
  const article: Article = clean.article;
  const words = doc.sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  return { id: article.id, title: article.title, outlet: article.outlet, url: article.url, published: article.published, words, removed: clean.removed };
}

/**
 * The documents the summary may draw on: those cleaning did not judge to be in another language, unless no
 * other is left. The analysis is English; a French sentence in an English summary reads as an error.
 */
function summaryDocuments(story: PreparedStory): readonly AnalyzedDocument[] {
  const foreign = new Set(story.articles.filter((clean) => clean.language === 'other').map((clean) => clean.article.id));
  const english = story.docs.filter((doc) => !foreign.has(doc.source));
  return english.length > 0 ? english : story.docs;
}

/** Runs the whole pipeline on prepared articles. */
export function briefStory(story: PreparedStory, options: BriefOptions = {}): FullBriefing {
  if (story.docs.length === 0) {
    throw new CorroborateError('no-usable-input', 'no usable article among the inputs', story.diagnostics);
  }
  const analysis = compareSources(story.docs, story.articles, options.compare);
  const summary = summarize(summaryDocuments(story), { ...options.summarize, words: options.words ?? 250, facts: analysis.facts });
  return {
    version: 1,
    generator: { name: 'corroborate', version: GENERATOR_VERSION },
    title: options.title ?? chooseTitle(story.articles, summary),
    sources: story.articles.map((clean, i) => describeSource(clean, story.docs[i]!)),
    summary,
    facts: analysis.facts,
    conflicts: analysis.conflicts,
    quotes: analysis.quotes,
    entities: analysis.entities,
    timeline: analysis.timeline,
    syndication: analysis.syndication,
    diagnostics: story.diagnostics,
    perSource: analysis.perSource,
  };
}

/** Briefs article records (`{ title?, text | html, url?, outlet?, published? }`), e.g. `brief([{ text }, { html }])`. */
export function brief(records: readonly ArticleRecord[], options: BriefOptions = {}): FullBriefing {
  if (!Array.isArray(records)) throw new TypeError(`brief: expected an array of article records, got ${typeof records}`);
  return briefStory(prepareStory(ingestRecords(records)), options);
}

/** Briefs raw inputs (file contents, pages, feeds) as read at the edge. */
export function briefInputs(inputs: readonly RawInput[], options: BriefOptions = {}): FullBriefing {
  if (!Array.isArray(inputs)) throw new TypeError(`briefInputs: expected an array of RawInput, got ${typeof inputs}`);
  return briefStory(prepareStory(ingestInputs(inputs)), options);
}

/** The summary alone, as plain text, for plain-text documents: what `corroborate eval` scores. */
export function summarizeCluster(documents: readonly string[], options: { readonly words: number }): string {
  const story = prepareStory(ingestRecords(documents.map((text) => ({ text }))), { depth: 'sentences' });
  if (story.docs.length === 0) return '';
  // The evaluation protocol cuts the text at the budget, so the last sentence may run past it.
  return summarize(summaryDocuments(story), { words: options.words, select: { overflow: Number.POSITIVE_INFINITY } })
    .map((sentence) => sentence.text)
    .join(' ');
}
