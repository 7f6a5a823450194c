import { CorroborateError, type Diagnostic, type RawInput } from '../model/index.js';
import type { AddArticleResult, NewArticle, Store, StoryRecord } from '../store/index.js';
import type { ArticleInput } from './article-input.js';
import { analyzeAddedArticles, ingestArticleRecords, ingestRawInputs } from './pipeline.js';

/** How the server fetches URLs (fetchUrl with the server's policy applied). */
export type FetchInput = (url: string) => Promise<RawInput>;

/** The outcome of adding articles to a story. */
export interface AddOutcome {
  readonly story: StoryRecord;
  readonly results: AddArticleResult[];
  readonly diagnostics: Diagnostic[];
}

const failure = (error: unknown, input: string): Diagnostic => ({
  severity: 'error',
  code: error instanceof CorroborateError ? error.code : 'fetch-failed',
  message: error instanceof Error ? error.message : String(error),
  source: null,
  input,
});

/** Turns request inputs into articles (fetching URLs concurrently), in request order, with every problem as a diagnostic. */
export async function resolveArticles(
  inputs: readonly ArticleInput[],
  fetchInput: FetchInput,
): Promise<{ articles: NewArticle[]; diagnostics: Diagnostic[]; errors: unknown[] }> {
  const fetched = inputs.map((input) =>
    input.kind === 'url'
      ? fetchInput(input.url).then(
          (raw) => ({ raw }),
          (error: unknown) => ({ error }),
        )
      : null,
  );
  const articles: NewArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const errors: unknown[] = [];
  for (const [index, input] of inputs.entries()) {
    if (input.kind === 'record') {
      const result = ingestArticleRecords([input.record]);
      articles.push(...result.articles);
      diagnostics.push(...result.diagnostics);
    } else if (input.kind === 'file') {
      const result = ingestRawInputs([input.input]);
      articles.push(...result.articles);
      diagnostics.push(...result.diagnostics);
    } else {
      const outcome = await fetched[index]!;
      if ('error' in outcome) {
        errors.push(outcome.error);
        diagnostics.push(failure(outcome.error, input.url));
        continue;
      }
      const result = ingestRawInputs([outcome.raw]);
      const given = Object.fromEntries(Object.entries(input.record).filter(([key, value]) => key !== 'url' && typeof value === 'string' && value.trim()));
      articles.push(...result.articles.map((article) => ({ ...article, url: article.url ?? outcome.raw.name, origin: outcome.raw.name, ...given })));
      diagnostics.push(...result.diagnostics);
    }
  }
  return { articles, diagnostics, errors };
}

/**
 * Adds articles to a story and keeps the analysis of each one added, so that the next briefing analyzes only what
 * arrived after it. The analysis is kept in its own transaction: were it lost, that briefing would make it again.
 */
export async function addAndAnalyzeArticles(store: Store, storyId: number, articles: readonly NewArticle[]): Promise<AddArticleResult[]> {
  const results = await store.addArticles(storyId, articles);
  const analyses = analyzeAddedArticles(articles, results);
  if (analyses.length > 0) await store.putAnalyses(analyses);
  return results;
}

/**
 * Adds what a request asked for to a story. Nothing readable at all is an error: the fetch error when every input
 * was a URL that failed, else CorroborateError('no-usable-input') with the diagnostics.
 */
export async function addArticlesToStory(store: Store, storyId: number, inputs: readonly ArticleInput[], fetchInput: FetchInput): Promise<AddOutcome> {
  if (!(await store.getStory(storyId))) throw new CorroborateError('not-found', `no story with id ${storyId}`);
  const { articles, diagnostics, errors } = await resolveArticles(inputs, fetchInput);
  if (articles.length === 0) {
    if (errors.length === inputs.length && errors[0] instanceof CorroborateError) {
      throw new CorroborateError(errors[0].code, errors[0].message, diagnostics);
    }
    throw new CorroborateError('no-usable-input', 'no article could be read from what was sent', diagnostics);
  }
  const results = await addAndAnalyzeArticles(store, storyId, articles);
  const story = await store.getStory(storyId);
  if (!story) throw new CorroborateError('not-found', `story ${storyId} was deleted meanwhile`);
  return { story, results, diagnostics };
}
