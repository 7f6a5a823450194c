// The one way an article that names no story is stored: the stream clusterer (src/stories) places it, and the store
// keeps the article, its story and the clusterer's new state in one transaction. `corroborate ingest` without
// --story, the API's upload without a story, the `ingest-article` job with a stream target and `corroborate watch`
// all come here.
import type { Article, Diagnostic, StoryState } from '../model/index.js';
import { ingestRecords } from '../ingest/index.js';
import { prepareStoryArticle } from '../pipeline/index.js';
import { canonicalUrl, hashContent, type NewArticle, type Store, type StreamAddResult, type StreamDuplicate } from '../store/index.js';
import { StoryStream, type StoryOptions } from '../stories/index.js';
import { analyzeAddedArticles } from './pipeline.js';

/** An article for the stream, with its key where it came from (a feed item's), which makes a second copy a duplicate. */
export interface StreamItem {
  readonly article: NewArticle;
  readonly key?: string | null;
}

/** What became of one item: stored in a story, a duplicate of a stored article, or skipped (with a diagnostic). */
export type StreamItemResult = StreamAddResult | { readonly status: 'skipped'; readonly reason: string };

export interface StreamOutcome {
  /** One per item, in the order given. */
  readonly results: StreamItemResult[];
  /** Stories that received articles, and those the clusterer moved earlier articles out of or into (to re-brief). */
  readonly changed: number[];
  /** Problems with single items (no text, no date, not English, …); the others were stored. */
  readonly diagnostics: Diagnostic[];
}

export interface StreamOptions {
  /** Settings of the clusterer (default: its defaults). */
  readonly stories?: Partial<StoryOptions>;
  /** How often to re-read the state and assign again when another writer moved the stream meanwhile (default 20). */
  readonly attempts?: number;
}

const batchDuplicate = (earlier: number, reason: StreamDuplicate['reason']): StreamItemResult => ({
  status: 'skipped',
  reason: `the same ${reason === 'key' ? 'item' : reason === 'url' ? 'URL' : 'text'} as item ${earlier + 1} of this batch`,
});

/**
 * Stores articles that name no story: drops duplicates (within the batch, and of any stored article by key, URL or
 * text), has the clusterer place the others from the stored state, and stores them with the new state in one
 * transaction (re-assigning when another writer moved the stream meanwhile). Keeps each added article's analysis.
 */
export async function addToStream(store: Store, items: readonly StreamItem[], options: StreamOptions = {}): Promise<StreamOutcome> {
  const diagnostics: Diagnostic[] = [];
  const results: (StreamItemResult | null)[] = items.map(() => null);
  const seen = new Map<string, number>();
  const fresh: number[] = [];
  const read = new Map<number, Article>();
  items.forEach((item, index) => {
    const label = item.key ?? item.article.url ?? item.article.origin;
    const { title, text, url, outlet, published, byline } = item.article;
    const [article] = text.trim() === '' ? [] : ingestRecords([{ title, text, url, outlet, published, byline }]).articles;
    if (!article) {
      results[index] = { status: 'skipped', reason: 'no text' };
      diagnostics.push({ severity: 'warning', code: 'no-text', message: 'the article has no text; not stored', source: null, input: label });
      return;
    }
    read.set(index, article);
    const canonical = canonicalUrl(url);
    const marks: [string, StreamDuplicate['reason']][] = [[`h:${hashContent(text)}`, 'content']];
    if (canonical !== null) marks.unshift([`u:${canonical}`, 'url']);
    if (item.key) marks.unshift([`k:${item.key}`, 'key']);
    const before = marks.find(([mark]) => seen.has(mark));
    if (before) {
      results[index] = batchDuplicate(seen.get(before[0])!, before[1]);
      return;
    }
    for (const [mark] of marks) seen.set(mark, index);
    fresh.push(index);
  });
  const changed = new Set<number>();
  let pending = fresh;
  const attempts = options.attempts ?? 20;
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const found = await store.findDuplicates(pending.map((i) => ({ key: items[i]!.key ?? null, url: items[i]!.article.url, text: items[i]!.article.text })));
    const wanted = pending.filter((index, n) => {
      const duplicate = found[n];
      if (duplicate) results[index] = { status: 'duplicate', ...duplicate };
      return !duplicate;
    });
    if (wanted.length === 0) break;
    const prepared = wanted.map((index) => {
      const item = items[index]!;
      const id = item.key ?? `sha256:${hashContent(item.article.text)}`;
      const made = prepareStoryArticle(read.get(index)!, id);
      if (attempt === 1) diagnostics.push(...made.diagnostics.filter((d) => d.severity !== 'info').map((d) => ({ ...d, input: d.input ?? id })));
      return made.article;
    });
    const head = await store.getStreamState();
    const stream = new StoryStream(head.state === null ? null : (JSON.parse(head.state) as StoryState), options.stories ?? {});
    const batch = stream.assign(prepared);
    if (attempt === 1) diagnostics.push(...batch.diagnostics);
    const entries = wanted.map((index, n) => ({ article: items[index]!.article, key: items[index]!.key ?? null, cluster: batch.assignments[n]!.story }));
    // Earlier articles the clusterer moved to another story (two events drawn into one) move in the same transaction;
    // this batch's own moves are in its assignments already.
    const batchIds = new Set(prepared.map((article) => article.id));
    const moves = (batch.moved ?? []).filter((move) => !batchIds.has(move.article));
    const outcome = await store.addToStream(head.version, JSON.stringify(stream.snapshot()), entries, moves);
    if (outcome.status === 'moved') {
      if (attempt >= attempts) throw new Error(`addToStream: the stream kept moving under ${attempts} attempts`);
      pending = wanted;
      continue;
    }
    outcome.results.forEach((result, n) => {
      results[wanted[n]!] = result;
      if (result.status === 'added') changed.add(result.story);
    });
    for (const story of outcome.moved) changed.add(story);
    const analyses = analyzeAddedArticles(
      entries.map((entry) => entry.article),
      outcome.results.map((result) =>
        result.status === 'added' ? { status: 'added', article: result.article } : { status: 'duplicate', reason: 'content', article: result.article },
      ),
    );
    if (analyses.length > 0) await store.putAnalyses(analyses);
    pending = [];
  }
  return { results: results.map((result) => result ?? { status: 'skipped', reason: 'not stored' }), changed: [...changed], diagnostics };
}
