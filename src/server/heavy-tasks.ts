// The server's heavy work as plain functions of a store: what InlineRunner runs in-process and pool-worker.ts runs
// in a worker thread, so that both give the same results.
import { CorroborateError, type Briefing, type SourceId } from '../model/index.js';
import { ANALYZER_VERSION, type PipelineHooks } from '../pipeline/index.js';
import { OUTPUT_FORMATS } from '../render/index.js';
import type { AddArticleResult, NewArticle, Store } from '../store/index.js';
import { GENERATOR_VERSION } from '../version.js';
import type { BriefLimits, BriefTask, IngestedItem, IngestItem, RenderFormat, StoryBriefing } from './briefing-runner.js';
import { analyzeAddedArticles, briefArticles, ingestArticleRecords, ingestRawInputs } from './pipeline.js';

/**
 * Briefs a story from one snapshot of its articles and caches the result (unless articles arrived meanwhile).
 * Analyzes only the articles without a kept analysis of this analyzer version, and keeps those. `hooks` see the
 * stages' times; `hooks.signal` stops the work. Throws 'not-found' for an unknown story and 'no-usable-input' when
 * it has no usable article.
 */
export async function computeBriefing(store: Store, task: BriefTask, defaults: BriefLimits = {}, hooks: PipelineHooks = {}): Promise<StoryBriefing> {
  const id = task.story;
  const snapshot = await store.readStory(id);
  if (!snapshot) throw new CorroborateError('not-found', `no story with id ${id}`);
  if (snapshot.articles.length === 0) throw new CorroborateError('no-usable-input', 'the story has no articles yet; add some first');
  hooks.signal?.throwIfAborted();
  const kept = await store.getAnalyses(id, ANALYZER_VERSION);
  const options = { budget: { ...defaults.budget, ...task.budget }, limits: { ...defaults.limits, ...task.limits } };
  const { briefing, sourceTexts, made } = briefArticles(snapshot.articles, kept, hooks, options, task.note ? [task.note] : []);
  if (made.length > 0) await store.putAnalyses(made);
  const json = OUTPUT_FORMATS.json.render(briefing);
  const texts = JSON.stringify(sourceTexts);
  const version = snapshot.story.version;
  const stored = await store.putBriefing({ story: id, version, generator: GENERATOR_VERSION, headline: briefing.title, json, texts });
  return { story: snapshot.story, version, json: new TextEncoder().encode(json), texts, cached: false, stored };
}

/**
 * The story's briefing for its current version: from the cache when fresh and made by this generator version, else
 * computed (computeBriefing) in this thread.
 */
export async function loadBriefing(store: Store, id: number, hooks: PipelineHooks = {}, defaults: BriefLimits = {}): Promise<StoryBriefing> {
  const story = await store.getStory(id);
  if (!story) throw new CorroborateError('not-found', `no story with id ${id}`);
  const cached = await store.getBriefing(id);
  if (cached && cached.generator === GENERATOR_VERSION) {
    return { story, version: cached.version, json: cached.json, texts: cached.texts, cached: true };
  }
  return computeBriefing(store, { story: id }, defaults, hooks);
}

/** Parses a stored briefing, for the renderers. */
export function parseBriefing(loaded: Pick<StoryBriefing, 'json' | 'texts'>): { briefing: Briefing; sourceTexts: Record<SourceId, string> } {
  return {
    briefing: JSON.parse(Buffer.from(loaded.json.buffer, loaded.json.byteOffset, loaded.json.byteLength).toString('utf8')) as Briefing,
    sourceTexts: JSON.parse(loaded.texts) as Record<SourceId, string>,
  };
}

/** Renders a stored briefing in a format. */
export function renderStoredBriefing(loaded: Pick<StoryBriefing, 'json' | 'texts'>, format: RenderFormat): string {
  const { briefing, sourceTexts } = parseBriefing(loaded);
  return OUTPUT_FORMATS[format].render(briefing, { sourceTexts });
}

/** Reads what a request sent into articles, item by item; every problem is a diagnostic of its item. */
export function ingestItems(items: readonly IngestItem[]): IngestedItem[] {
  return items.map((item) => {
    if (item.kind === 'record') return ingestArticleRecords([item.record]);
    const result = ingestRawInputs([item.input]);
    if (item.kind === 'file') return result;
    const given = Object.fromEntries(Object.entries(item.given).filter(([key, value]) => key !== 'url' && typeof value === 'string' && value.trim()));
    const articles = result.articles.map((article) => ({ ...article, url: article.url ?? item.input.name, origin: item.input.name, ...given }));
    return { articles, diagnostics: result.diagnostics };
  });
}

/** Adds articles to a story, then analyzes those added and keeps the analyses (the analysis in its own transaction). */
export async function addArticlesAndAnalyses(
  store: Store,
  story: number,
  articles: readonly NewArticle[],
  defaults: BriefLimits = {},
): Promise<AddArticleResult[]> {
  const results = await store.addArticles(story, articles);
  if (results.some((result) => result.status === 'added')) await keepAddedAnalyses(store, articles, results, defaults);
  return results;
}

/** Analyzes the articles `addArticles` just added and keeps the analyses; returns how many were kept. */
export async function keepAddedAnalyses(
  store: Store,
  articles: readonly NewArticle[],
  results: readonly AddArticleResult[],
  defaults: BriefLimits = {},
): Promise<number> {
  const analyses = analyzeAddedArticles(articles, results, defaults.budget);
  return analyses.length > 0 ? store.putAnalyses(analyses) : 0;
}
