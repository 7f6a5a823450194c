import { CorroborateError, type ArticleAnalysis } from '../model/index.js';
import { decodeAnalysis, encodeAnalysis } from './analysis-codec.js';
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
  StoryList,
  StoryRecord,
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
        const rows = await tx.query<PgStoryRow>(PG_SQL.listStories, [limit, offset]);
        const [count] = await tx.query<{ total: number }>(PG_SQL.countStories);
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
    const rows = await this.#db.query<{ article: number; data: Buffer }>(PG_SQL.storyAnalyses, [story, analyzer]);
    return new Map(rows.map((row) => [row.article, decodeAnalysis(row.data)]));
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
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
