import { CorroborateError, type ArticleAnalysis } from '../model/index.js';
import { AnalysisDecoder, encodeAnalysis } from './analysis-codec.js';
import { canonicalUrl, hashContent } from './content-hash.js';
import { toTsQuery } from './fts-query.js';
import { connectPostgres, redactUrl, type PostgresConnection, type PostgresConnectionOptions, type Transaction } from './postgres-connection.js';
import { ADVISORY_NAMESPACE, migratePostgres } from './postgres-schema.js';
import { PG_SQL, type PgArticleRow, type PgStoryRow } from './postgres-sql.js';
import { checkAnalysis, checkNewArticle, cleanTitle } from './store-input.js';
import type {
  AddArticleResult,
  AnalysisToKeep,
  ArticleSummary,
  BriefingToCache,
  CachedBriefing,
  ListStoriesOptions,
  NewArticle,
  Store,
  StoredArticle,
  StoryHit,
  StoryEdit,
  StoryList,
  StoryRecord,
  StreamAddOutcome,
  StreamAddResult,
  StreamArticle,
  StreamDuplicate,
  StreamMove,
  StreamState,
} from './types.js';
import { DEFAULT_SEARCH_BOUNDS } from './types.js';

export interface PostgresStoreOptions extends PostgresConnectionOptions {
  /** Clock for created/updated/added stamps; injectable for tests. */
  readonly now?: () => Date;
}

// Namespace of the transaction advisory locks taken by ensureStory, one per title (see PG_SQL.lockTitle).
const STORY_TITLE_LOCK = ADVISORY_NAMESPACE + 1;

/**
 * Opens the PostgreSQL store at `url` (postgres://user:password@host:port/database), migrating its schema on start
 * (safe when several processes start at once). Rejects with CorroborateError('store-failed') when it cannot.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const db = await connectPostgres(url, options).catch((error: unknown) => {
    if (error instanceof TypeError) throw error;
    throw new CorroborateError('store-failed', `cannot open the store at ${redactUrl(url)}: ${(error as Error).message}`);
  });
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.close();
    throw error instanceof CorroborateError ? error : new CorroborateError('store-failed', `cannot migrate the store: ${(error as Error).message}`);
  }
  return new PostgresStore(db, options.now ?? (() => new Date()));
}

/** The shared store for several processes: PostgreSQL, every method one transaction, dedup exact under concurrency. */
export class PostgresStore implements Store {
  readonly #db: PostgresConnection;
  readonly #now: () => Date;
  // Kept analyses decoded once per process (see AnalysisDecoder).
  readonly #decoder = new AnalysisDecoder();

  constructor(db: PostgresConnection, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  /** The connection pool, for the job queue (which shares it) and for checks in tests. */
  get connection(): PostgresConnection {
    return this.#db;
  }

  async createStory(title: string | null): Promise<StoryRecord> {
    const clean = cleanTitle(title);
    const [row] = await this.#db.query<PgStoryRow>(PG_SQL.insertStory, [clean, this.#now()]);
    return toStory(row!);
  }

  async ensureStory(title: string): Promise<{ story: StoryRecord; created: boolean }> {
    const wanted = cleanTitle(title);
    if (wanted === null) throw new TypeError(`ensureStory: expected a non-empty title, got ${JSON.stringify(title)}`);
    return this.#db.transaction('write', async (tx) => {
      await tx.query(PG_SQL.lockTitle, [STORY_TITLE_LOCK, wanted]);
      const [found] = await tx.query<PgStoryRow>(PG_SQL.storyByTitle, [wanted]);
      if (found) return { story: toStory(found), created: false };
      const [row] = await tx.query<PgStoryRow>(PG_SQL.insertStory, [wanted, this.#now()]);
      return { story: toStory(row!), created: true };
    });
  }

  async getStory(id: number): Promise<StoryRecord | null> {
    if (!isId(id)) return null;
    const [row] = await this.#db.query<PgStoryRow>(PG_SQL.story, [id]);
    return row ? toStory(row) : null;
  }

  async listStories(options: ListStoriesOptions = {}): Promise<StoryList> {
    const limit = Math.max(1, Math.min(500, Math.trunc(options.limit ?? 50)));
    const offset = Math.max(0, Math.trunc(options.offset ?? 0));
    const query = options.query ? toTsQuery(options.query) : null;
    return this.#db.transaction('snapshot', async (tx) => {
      if (query === null) {
        const filter = [options.since ? new Date(options.since) : new Date(0), Math.max(0, Math.trunc(options.minSources ?? 0))];
        const rows =
          options.order === 'rank'
            ? await tx.query<PgStoryRow>(PG_SQL.rankStories, [...filter, limit, offset, options.now ?? this.#now()])
            : await tx.query<PgStoryRow>(PG_SQL.listStories, [...filter, limit, offset]);
        const [count] = await tx.query<{ total: number }>(PG_SQL.countStories, filter);
        return { stories: rows.map((row) => ({ ...toStory(row), snippet: null })), total: count?.total ?? 0, truncated: false };
      }
      return searchStories(tx, query, limit, offset, options);
    });
  }

  async deleteStory(id: number): Promise<boolean> {
    if (!isId(id)) return false;
    return this.#db.transaction('write', async (tx) => (await tx.query(`${PG_SQL.deleteStory} RETURNING id`, [id])).length > 0);
  }

  async addArticles(story: number, articles: readonly NewArticle[]): Promise<AddArticleResult[]> {
    articles.forEach(checkNewArticle);
    if (!isId(story)) throw new CorroborateError('not-found', `no story with id ${story}`);
    return this.#db.transaction('write', async (tx) => {
      const [locked] = await tx.query<{ version: number }>(PG_SQL.lockStory, [story]);
      if (!locked) throw new CorroborateError('not-found', `no story with id ${story}`);
      const stamp = this.#now();
      const results: AddArticleResult[] = [];
      for (const article of articles) results.push(await addOne(tx, story, article, stamp));
      const added = results.filter((result) => result.status === 'added').length;
      if (added > 0) {
        await tx.query(PG_SQL.bumpStory, [story, stamp, added]);
        await tx.query(PG_SQL.deleteBriefing, [story]);
      }
      return results;
    });
  }

  async listArticles(story: number): Promise<ArticleSummary[]> {
    if (!isId(story)) return [];
    return (await this.#db.query<PgArticleRow>(PG_SQL.articleSummaries, [story])).map(toSummary);
  }

  async listOutlets(stories: readonly number[]): Promise<Map<number, string[]>> {
    const outlets = new Map(stories.map((id) => [id, [] as string[]]));
    const ids = stories.filter(isId);
    if (ids.length === 0) return outlets;
    for (const row of await this.#db.query<{ story: number; outlet: string }>(PG_SQL.storyOutlets, [ids])) outlets.get(Number(row.story))?.push(row.outlet);
    return outlets;
  }

  async readStory(id: number): Promise<{ story: StoryRecord; articles: StoredArticle[] } | null> {
    if (!isId(id)) return null;
    return this.#db.transaction('snapshot', async (tx) => {
      const [row] = await tx.query<PgStoryRow>(PG_SQL.story, [id]);
      if (!row) return null;
      return { story: toStory(row), articles: (await tx.query<PgArticleRow>(PG_SQL.articles, [id])).map(toStored) };
    });
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    if (!isId(id)) return null;
    const [row] = await this.#db.query<PgArticleRow>(PG_SQL.article, [id]);
    return row ? toStored(row) : null;
  }

  async getBriefing(story: number): Promise<CachedBriefing | null> {
    if (!isId(story)) return null;
    const [row] = await this.#db.query<{ story: number; version: number; generator: string; json: Buffer; texts: string; created: Date }>(
      PG_SQL.freshBriefing,
      [story],
    );
    if (!row) return null;
    const json = new Uint8Array(row.json.buffer, row.json.byteOffset, row.json.byteLength);
    return { story: row.story, version: row.version, generator: row.generator, json, texts: row.texts, created: row.created.toISOString() };
  }

  async putBriefing(briefing: BriefingToCache): Promise<boolean> {
    const { story, version, generator, headline, json, texts } = briefing;
    if (!isId(story)) return false;
    return this.#db.transaction('write', async (tx) => {
      const [locked] = await tx.query<{ version: number }>(PG_SQL.lockStory, [story]);
      if (locked?.version !== version) return false;
      await tx.query(PG_SQL.putBriefing, [story, version, generator, Buffer.from(json, 'utf8'), texts, this.#now()]);
      await tx.query(PG_SQL.setHeadline, [story, headline]);
      await tx.query(PG_SQL.setBriefed, [story]);
      return true;
    });
  }

  async putAnalyses(analyses: readonly AnalysisToKeep[]): Promise<number> {
    analyses.forEach(checkAnalysis);
    // One row an article (the last given wins): an upsert may not touch a row twice.
    const byArticle = new Map(analyses.map(({ article, analyzer, analysis }) => [article, { analyzer, data: encodeAnalysis(analysis) }]));
    const ids = [...byArticle.keys()].filter(isId);
    if (ids.length === 0) return 0;
    return this.#db.transaction('write', async (tx) => {
      const present = (await tx.query<{ id: number }>(PG_SQL.lockArticles, [ids])).map((row) => row.id);
      if (present.length === 0) return 0;
      const rows = present.map((id) => byArticle.get(id)!);
      const kept = await tx.query(PG_SQL.putAnalyses, [present, rows.map((row) => row.analyzer), rows.map((row) => row.data), this.#now()]);
      return kept.length;
    });
  }

  async getAnalyses(story: number, analyzer: string): Promise<Map<number, ArticleAnalysis>> {
    if (!isId(story)) return new Map();
    // One snapshot: the rows read are the rows the keys describe.
    return this.#db.transaction('snapshot', async (tx) => {
      const rows = await tx.query<{ article: number; analyzer: string; created: Date; bytes: number; hash: string }>(PG_SQL.storyAnalysisKeys, [
        story,
        analyzer,
      ]);
      const keys = rows.map((row) => ({ ...row, created: row.created instanceof Date ? row.created.toISOString() : String(row.created) }));
      const found = new Map(keys.map((key) => [key.article, this.#decoder.cached(key.article, key)]));
      const missing = keys.filter((key) => found.get(key.article) === undefined);
      if (missing.length > 0) {
        const byArticle = new Map(missing.map((key) => [key.article, key]));
        const read = await tx.query<{ article: number; data: Buffer }>(PG_SQL.analysesOf, [[...byArticle.keys()]]);
        for (const row of read) found.set(row.article, this.#decoder.decode(row.article, byArticle.get(row.article)!, row.data));
      }
      return found as Map<number, ArticleAnalysis>;
    });
  }

  async getStreamState(): Promise<StreamState> {
    const [row] = await this.#db.query<StreamState>(PG_SQL.streamState);
    return { version: row?.version ?? 0, state: row?.state ?? null };
  }

  async findDuplicates(candidates: readonly { key: string | null; url: string | null; text: string }[]): Promise<(StreamDuplicate | null)[]> {
    return this.#db.transaction('snapshot', async (tx) => {
      const found: (StreamDuplicate | null)[] = [];
      for (const candidate of candidates) found.push(await duplicateOf(tx, candidate.key, canonicalUrl(candidate.url), hashContent(candidate.text)));
      return found;
    });
  }

  async addToStream(expected: number, state: string, articles: readonly StreamArticle[], moves: readonly StreamMove[] = []): Promise<StreamAddOutcome> {
    articles.forEach((entry, index) => checkNewArticle(entry.article, index));
    return this.#db.transaction('write', async (tx) => {
      // One writer at a time: the row lock orders every stream write, and the version check refuses a stale one.
      const [current] = await tx.query<StreamState>(PG_SQL.lockStreamState);
      if ((current?.version ?? 0) !== expected) return { status: 'moved', version: current?.version ?? 0 };
      const stamp = this.#now();
      const touched = new Map<number, number>();
      const results: StreamAddResult[] = [];
      for (const entry of articles) {
        const duplicate = await duplicateOf(tx, entry.key, canonicalUrl(entry.article.url), hashContent(entry.article.text));
        if (duplicate) {
          results.push({ status: 'duplicate', ...duplicate });
          continue;
        }
        const { story, opened } = await clusterStory(tx, entry.cluster, entry.article.title, stamp);
        await tx.query(PG_SQL.lockStory, [story]);
        const added = await addOne(tx, story, entry.article, stamp);
        if (added.status === 'duplicate') {
          results.push(added);
          continue;
        }
        if (entry.key !== null) await tx.query(PG_SQL.setStreamKey, [added.article.id, entry.key]);
        touched.set(story, (touched.get(story) ?? 0) + 1);
        results.push({ status: 'added', article: added.article, story, opened });
      }
      for (const [story, count] of touched) {
        await tx.query(PG_SQL.bumpStory, [story, stamp, count]);
        await tx.query(PG_SQL.deleteBriefing, [story]);
      }
      const movedStories = new Set<number>();
      for (const move of moves) {
        const [from] = await tx.query<{ story: number }>(PG_SQL.clusterStory, [move.from]);
        if (!from) continue;
        const into = (await clusterStory(tx, move.to, null, stamp)).story;
        if (into === Number(from.story)) continue;
        await tx.query(PG_SQL.lockStory, [into]);
        const moved = await tx.query(PG_SQL.moveStreamArticle, [from.story, into, move.article]);
        if (moved.length === 0) continue;
        await tx.query(PG_SQL.recountStory, [from.story, stamp]);
        await tx.query(PG_SQL.recountStory, [into, stamp]);
        await tx.query(PG_SQL.deleteBriefing, [from.story]);
        await tx.query(PG_SQL.deleteBriefing, [into]);
        movedStories.add(Number(from.story));
        movedStories.add(into);
      }
      const version = expected + articles.length;
      await tx.query(PG_SQL.putStreamState, [version, state]);
      return { status: 'done', results, version, moved: [...movedStories] };
    });
  }

  async editStories(edit: StoryEdit): Promise<StoryRecord> {
    return this.#db.transaction('write', async (tx) => {
      const stamp = this.#now();
      const need = async (id: number): Promise<void> => {
        if (!isId(id) || (await tx.query(PG_SQL.lockStory, [id])).length === 0) throw new CorroborateError('not-found', `no story with id ${id}`);
      };
      const changed = async (id: number): Promise<void> => {
        await tx.query(PG_SQL.recountStory, [id, stamp]);
        await tx.query(PG_SQL.deleteBriefing, [id]);
      };
      let result: number;
      if (edit.kind === 'rename') {
        await need(edit.story);
        const title = cleanTitle(edit.title);
        if (title === null) throw new CorroborateError('bad-request', 'a story needs a non-empty title');
        await tx.query(PG_SQL.renameStory, [edit.story, title]);
        result = edit.story;
      } else if (edit.kind === 'merge') {
        await need(edit.into);
        const from = [...new Set(edit.from)].filter((id) => id !== edit.into);
        if (from.length === 0) throw new CorroborateError('bad-request', 'merge needs at least one other story');
        for (const id of from) await need(id);
        for (const id of from) {
          await tx.query(PG_SQL.dropMergeDuplicates, [id, edit.into]);
          await tx.query(PG_SQL.moveStoryArticles, [id, edit.into]);
          await tx.query(PG_SQL.moveClusters, [id, edit.into]);
          await tx.query(PG_SQL.deleteStory, [id]);
        }
        await tx.query(PG_SQL.keepStory, [edit.into]);
        await changed(edit.into);
        result = edit.into;
      } else {
        await need(edit.story);
        const ids = [...new Set(edit.articles)];
        if (ids.length === 0) throw new CorroborateError('bad-request', 'split needs at least one article');
        const [created] = await tx.query<PgStoryRow>(PG_SQL.insertStory, [cleanTitle(edit.title), stamp]);
        const id = Number(created!.id);
        for (const article of ids) {
          const moved = isId(article) ? await tx.query(`${PG_SQL.moveArticle} RETURNING id`, [edit.story, id, article]) : [];
          if (moved.length === 0) throw new CorroborateError('bad-request', `article ${article} is not in story ${edit.story}`);
        }
        await changed(edit.story);
        await changed(id);
        result = id;
      }
      const [row] = await tx.query<PgStoryRow>(PG_SQL.story, [result]);
      return toStory(row!);
    });
  }

  async getPreviousBriefing(story: number): Promise<{ version: number; json: Uint8Array } | null> {
    if (!isId(story)) return null;
    const [row] = await this.#db.query<{ version: number; json: Buffer }>(PG_SQL.previousBriefing, [story]);
    return row ? { version: row.version, json: new Uint8Array(row.json.buffer, row.json.byteOffset, row.json.byteLength) } : null;
  }

  async getFeedState(url: string): Promise<string | null> {
    const [row] = await this.#db.query<{ state: string }>(PG_SQL.feedState, [url]);
    return row?.state ?? null;
  }

  async putFeedState(url: string, state: string): Promise<void> {
    await this.#db.query(PG_SQL.putFeedState, [url, state, this.#now()]);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

async function clusterStory(tx: Transaction, cluster: number, headline: string | null, stamp: Date): Promise<{ story: number; opened: boolean }> {
  const [mapped] = await tx.query<{ story: number }>(PG_SQL.clusterStory, [cluster]);
  if (mapped) return { story: Number(mapped.story), opened: false };
  const [made] = await tx.query<{ id: number }>(PG_SQL.insertAutomaticStory, [cleanTitle(headline), stamp]);
  await tx.query(PG_SQL.mapCluster, [cluster, made!.id]);
  return { story: Number(made!.id), opened: true };
}

async function duplicateOf(tx: Transaction, key: string | null, url: string | null, hash: string): Promise<StreamDuplicate | null> {
  const [byKey] = key === null ? [] : await tx.query<PgArticleRow>(PG_SQL.anyByKey, [key]);
  if (byKey) return { reason: 'key', article: toSummary(byKey) };
  const [byUrl] = url === null ? [] : await tx.query<PgArticleRow>(PG_SQL.anyByUrl, [url]);
  if (byUrl) return { reason: 'url', article: toSummary(byUrl) };
  const [byHash] = await tx.query<PgArticleRow>(PG_SQL.anyByHash, [hash]);
  return byHash ? { reason: 'content', article: toSummary(byHash) } : null;
}

async function addOne(tx: Transaction, story: number, article: NewArticle, stamp: Date): Promise<AddArticleResult> {
  const url = canonicalUrl(article.url);
  const raw = article.raw ? Buffer.from(article.raw.buffer, article.raw.byteOffset, article.raw.byteLength) : null;
  const values = [
    story,
    url,
    hashContent(article.text),
    article.title,
    article.outlet,
    article.published,
    article.byline,
    article.format,
    article.origin,
    article.text,
    article.html ?? null,
    raw,
    stamp,
  ];
  const [row] = await tx.query<PgArticleRow & { status: 'url' | 'content' | 'added' }>(PG_SQL.addArticle, values);
  // Only a conflict with a row this statement's snapshot could not see leaves no row; the story lock rules it out.
  if (!row) throw new CorroborateError('store-failed', `cannot add an article to story ${story}: a concurrent write conflicted`);
  const summary = toSummary(row);
  return row.status === 'added' ? { status: 'added', article: summary } : { status: 'duplicate', reason: row.status, article: summary };
}

// Ids are bigint in the database: anything else (NaN, 1.5, 2^63) would be a query error, and names no row anyway.
function isId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0;
}

function toStory(row: PgStoryRow): StoryRecord {
  return {
    id: row.id,
    title: row.title,
    headline: row.headline,
    created: row.created.toISOString(),
    updated: row.updated.toISOString(),
    version: row.version,
    articles: row.articles,
    automatic: row.automatic,
    sources: row.sources,
    briefedArticles: row.briefed,
  };
}

function toSummary(row: PgArticleRow): ArticleSummary {
  return {
    id: row.id,
    story: row.story,
    url: row.url,
    hash: row.hash,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    byline: row.byline,
    format: row.format,
    origin: row.origin,
    added: row.added.toISOString(),
    chars: row.chars,
  };
}

function toStored(row: PgArticleRow): StoredArticle {
  return { ...toSummary(row), text: row.text ?? '' };
}

// Bounded search (see Store.listStories): candidates newest first, until the count or the time budget is spent; a
// story-title match ranks above every article match; snippets for the page returned only.
async function searchStories(tx: Transaction, query: string, limit: number, offset: number, options: ListStoriesOptions): Promise<StoryList> {
  const maxCandidates = Math.max(1, Math.min(10_000, Math.trunc(options.maxCandidates ?? DEFAULT_SEARCH_BOUNDS.maxCandidates)));
  const budget = Math.max(0, options.timeBudgetMs ?? DEFAULT_SEARCH_BOUNDS.timeBudgetMs);
  const started = performance.now();
  const best = new Map<number, { score: number; article: number | null }>();
  let truncated = false;
  const titles = await tx.query<{ story: number; score: number }>(PG_SQL.searchStoryTitles, [query, maxCandidates + 1]);
  if (titles.length > maxCandidates) truncated = true;
  for (const row of titles.slice(0, maxCandidates)) best.set(Number(row.story), { score: 1000 + row.score, article: null });
  await tx.query(PG_SQL.declareArticleHits, [query]);
  let read = 0;
  reading: for (;;) {
    const rows = await tx.query<{ story: number; article: number; score: number }>(PG_SQL.fetchArticleHits);
    for (const row of rows) {
      if (read >= maxCandidates || (read > 0 && performance.now() - started >= budget)) {
        truncated = true;
        break reading;
      }
      read += 1;
      const story = Number(row.story);
      const current = best.get(story);
      if (!current || row.score > current.score) best.set(story, { score: row.score, article: Number(row.article) });
      else if (current.article === null) current.article = Number(row.article);
    }
    if (rows.length === 0) break;
  }
  await tx.query(PG_SQL.closeArticleHits);
  const page = [...best.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(offset, offset + limit);
  const ids = page.map(([id]) => id);
  const articles = page.flatMap(([, hit]) => (hit.article === null ? [] : [hit.article]));
  const snippets = new Map<number, string>();
  if (articles.length > 0 && performance.now() - started < 2 * budget) {
    for (const row of await tx.query<{ article: number; snippet: string }>(PG_SQL.snippets, [query, articles])) snippets.set(Number(row.article), row.snippet);
  }
  const rows = new Map((await tx.query<PgStoryRow>(PG_SQL.storiesByIds, [ids])).map((row) => [Number(row.id), row]));
  const stories = page.flatMap(([id, hit]): StoryHit[] => {
    const row = rows.get(id);
    return row ? [{ ...toStory(row), snippet: hit.article === null ? null : (snippets.get(hit.article) ?? null) }] : [];
  });
  return { stories, total: best.size, truncated };
}
