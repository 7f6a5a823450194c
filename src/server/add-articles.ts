import { CorroborateError, type Diagnostic, type RawInput } from '../model/index.js';
import type { AddArticleResult, NewArticle, Store, StoryRecord } from '../store/index.js';
import type { ArticleInput } from './article-input.js';
import type { BriefingRunner, IngestItem } from './briefing-runner.js';
import { addArticlesAndAnalyses, ingestItems } from './heavy-tasks.js';

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

/** Reads ingest items in this thread (when no runner is given). */
const ingestHere = async (items: readonly IngestItem[]) => ingestItems(items);

/**
 * Turns request inputs into articles (fetching URLs concurrently here, reading and extracting them with `runner`),
 * in request order, with every problem as a diagnostic.
 */
export async function resolveArticles(
  inputs: readonly ArticleInput[],
  fetchInput: FetchInput,
  runner?: Pick<BriefingRunner, 'ingest'>,
  signal?: AbortSignal,
): Promise<{ articles: NewArticle[]; diagnostics: Diagnostic[]; errors: unknown[] }> {
  const fetched = await Promise.all(
    inputs.map((input) =>
      input.kind === 'url'
        ? fetchInput(input.url).then(
            (raw) => ({ raw }),
            (error: unknown) => ({ error }),
          )
        : null,
    ),
  );
  const diagnostics: Diagnostic[] = [];
  const errors: unknown[] = [];
  const items: (IngestItem | null)[] = inputs.map((input, index) => {
    if (input.kind === 'record') return { kind: 'record', record: input.record };
    if (input.kind === 'file') return { kind: 'file', input: input.input };
    const outcome = fetched[index]!;
    if ('error' in outcome) {
      errors.push(outcome.error);
      diagnostics.push(failure(outcome.error, input.url));
      return null;
    }
    return { kind: 'fetched', input: outcome.raw, given: input.record };
  });
  const wanted = items.filter((item): item is IngestItem => item !== null);
  const read = wanted.length > 0 ? await (runner ? runner.ingest(wanted, signal) : ingestHere(wanted)) : [];
  const articles: NewArticle[] = [];
  let next = 0;
  for (const item of items) {
    if (item === null) continue;
    const result = read[next++]!;
    articles.push(...result.articles);
    diagnostics.push(...result.diagnostics);
  }
  // Fetch failures come first, then what reading found, input by input.
  return { articles, diagnostics, errors };
}

/**
 * Adds articles to a story and keeps the analysis of each one added (through `runner`, or here), so that the next
 * briefing analyzes only what arrived after it. The analysis is kept in its own transaction: were it lost, that
 * briefing would make it again.
 */
export async function addAndAnalyzeArticles(
  store: Store,
  storyId: number,
  articles: readonly NewArticle[],
  runner?: Pick<BriefingRunner, 'add'>,
): Promise<AddArticleResult[]> {
  return runner ? runner.add(storyId, articles) : addArticlesAndAnalyses(store, storyId, articles);
}

/**
 * Adds what a request asked for to a story. Nothing readable at all is an error: the fetch error when every input
 * was a URL that failed, else CorroborateError('no-usable-input') with the diagnostics.
 */
export async function addArticlesToStory(
  store: Store,
  storyId: number,
  inputs: readonly ArticleInput[],
  fetchInput: FetchInput,
  runner?: Pick<BriefingRunner, 'ingest' | 'add'>,
  signal?: AbortSignal,
): Promise<AddOutcome> {
  if (!(await store.getStory(storyId))) throw new CorroborateError('not-found', `no story with id ${storyId}`);
  const { articles, diagnostics, errors } = await resolveArticles(inputs, fetchInput, runner, signal);
  if (articles.length === 0) {
    if (errors.length === inputs.length && errors[0] instanceof CorroborateError) {
      throw new CorroborateError(errors[0].code, errors[0].message, diagnostics);
    }
    throw new CorroborateError('no-usable-input', 'no article could be read from what was sent', diagnostics);
  }
  const results = await addAndAnalyzeArticles(store, storyId, articles, runner);
  const story = await store.getStory(storyId);
  if (!story) throw new CorroborateError('not-found', `story ${storyId} was deleted meanwhile`);
  return { story, results, diagnostics };
}
