import type { Article, ArticleAnalysis, ArticleRecord, Diagnostic, RawInput } from '../model/index.js';
import { ingestInputs, ingestRecords, normalizeForHash, type IngestOptions, type IngestResult } from '../ingest/index.js';
import { StageTimer, type PipelineHooks } from './hooks.js';

/**
 * What the pipeline starts from: raw inputs as read at the edge, article records, or articles already
 * ingested, optionally with kept analyses (`analyses[i]` of `articles[i]`, see prepareStory) so that only the
 * others are cleaned and analyzed. `diagnostics` are problems met before (reading files), listed first.
 */
export type PipelineInputs =
  | { readonly inputs: readonly RawInput[]; readonly diagnostics?: readonly Diagnostic[] }
  | { readonly records: readonly ArticleRecord[]; readonly diagnostics?: readonly Diagnostic[] }
  | {
      readonly articles: readonly Article[];
      readonly analyses?: readonly (ArticleAnalysis | null | undefined)[];
      readonly diagnostics?: readonly Diagnostic[];
    };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? `an object with ${Object.keys(value as object).join(', ') || 'no keys'}` : typeof value;
}

/**
 * The same article given twice (one file copied under two names, a feed and its page) is one source, not two
 * that agree with each other: later copies with the same normalized text are dropped with a diagnostic.
 */
function dropIdenticalArticles(articles: readonly Article[]): { articles: Article[]; diagnostics: Diagnostic[] } {
  const first = new Map<string, Article>();
  const kept: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const article of articles) {
    const key = normalizeForHash(article.text);
    const original = key === '' ? undefined : first.get(key);
    if (original) {
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-article',
        message: `the same text as ${original.id} (${original.origin}); counted once`,
        source: article.id,
        input: article.origin,
      });
      continue;
    }
    if (key !== '') first.set(key, article);
    kept.push(article);
  }
  return { articles: kept, diagnostics };
}

/** Step 1: raw inputs or records become numbered articles; ingested articles pass through. */
export function ingestPipelineInputs(given: PipelineInputs, options: Partial<IngestOptions> = {}, hooks: PipelineHooks = {}, fn = 'runPipeline'): IngestResult {
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new TypeError(`${fn}: expected { inputs }, { records } or { articles }, got ${describe(given)}`);
  }
  const before = given.diagnostics ?? [];
  if ('articles' in given && Array.isArray(given.articles)) return { articles: [...given.articles], diagnostics: [...before] };
  const timer = new StageTimer(hooks);
  let ingested: IngestResult;
  if ('inputs' in given && Array.isArray(given.inputs)) ingested = timer.measure('ingest', () => ingestInputs(given.inputs, options));
  else if ('records' in given && Array.isArray(given.records)) ingested = timer.measure('ingest', () => ingestRecords(given.records, options));
  else throw new TypeError(`${fn}: expected { inputs }, { records } or { articles } holding an array, got ${describe(given)}`);
  timer.report('ingest');
  const unique = dropIdenticalArticles(ingested.articles);
  return { articles: unique.articles, diagnostics: [...before, ...ingested.diagnostics, ...unique.diagnostics] };
}
