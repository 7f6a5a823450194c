import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { CorroborateError, type ArticleAnalysis } from '../model/index.js';
import { AnalysisDecoder, encodeAnalysis, type KeptAnalysisKey } from './analysis-codec.js';
import { canonicalUrl, hashContent } from './content-hash.js';
import { migrateSchema } from './sqlite-schema.js';
import { prepareStatements, type ArticleRow, type Statements, type StoryRow } from './sqlite-statements.js';
import { toFtsQuery } from './fts-query.js';
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

/** File name of the database inside the data folder. */
export const STORE_FILE = 'corroborate.sqlite';

export interface SqliteStoreOptions {
  /**
   * 'full' (default) fsyncs the write-ahead log on every commit, so an acknowledged article survives a power cut too;
   * 'normal' survives a killed process but may lose the last commits on an OS crash. Measured cost: see bench/load.js.
   */
  readonly synchronous?: 'full' | 'normal';
  /** Clock for created/updated/added stamps; injectable for tests. */
  readonly now?: () => Date;
}

// better-sqlite3 is an optional peer dependency (a native module): loaded on first use, so that a program that
// only briefs never needs it, and a clear error when it is not installed or its binary is missing.
const requireLazily = createRequire(import.meta.url);
let sqlite: typeof Database | null = null;

/** Loads better-sqlite3 with `load` (Node's require by default), or throws a `store-failed` error saying how to install it. */
export function loadSqlite(load?: (name: string) => unknown): typeof Database {
  if (sqlite && !load) return sqlite;
  try {
    const loaded = (load ?? requireLazily)('better-sqlite3') as typeof Database;
    if (!load) sqlite = loaded;
    return loaded;
  } catch (error) {
    const missing = (error as { code?: string }).code === 'MODULE_NOT_FOUND';
    throw new CorroborateError(
      'store-failed',
      `${missing ? 'the store needs the package better-sqlite3, which is not installed' : `the store's package better-sqlite3 cannot be loaded (${(error as Error).message})`}: ` +
        'run `npm install better-sqlite3` (it builds a native SQLite module; where no prebuilt binary fits, that needs python3, make and a C++ compiler)',
    );
  }
}

/** Opens (creating and migrating when needed) the SQLite store in `dir`/corroborate.sqlite. */
export function openSqliteStore(dir: string, options: SqliteStoreOptions = {}): SqliteStore {
  const Sqlite = loadSqlite();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const db = new Sqlite(join(dir, STORE_FILE), { timeout: 10_000 });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
      db.pragma('foreign_keys = ON');
      migrateSchema(db);
      return new SqliteStore(db, options.now ?? (() => new Date()));
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    throw toStoreError(`cannot open the store in ${dir}`, error);
  }
}

/** The embedded store: one SQLite file in WAL mode; every write is one IMMEDIATE transaction. */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #sql: Statements;
  readonly #now: () => Date;
  // Kept analyses decoded once per process (see AnalysisDecoder).
  readonly #decoder = new AnalysisDecoder();

  constructor(db: Database.Database, now: () => Date) {
    this.#db = db;
    this.#sql = prepareStatements(db);
    this.#now = now;
  }

  /** The underlying database, for checks in tests and tools (integrity_check). */
  get database(): Database.Database {
    return this.#db;
  }

  async createStory(title: string | null): Promise<StoryRecord> {
    return this.#write('create a story', () => this.#insertStory(cleanTitle(title)));
  }

  async ensureStory(title: string): Promise<{ story: StoryRecord; created: boolean }> {
    const wanted = cleanTitle(title);
    if (wanted === null) throw new TypeError(`ensureStory: expected a non-empty title, got ${JSON.stringify(title)}`);
    return this.#write('find or create a story', () => {
      const row = this.#sql.storyByTitle.get(wanted) as StoryRow | undefined;
      return row ? { story: toStory(row), created: false } : { story: this.#insertStory(wanted), created: true };
    });
  }

  async getStory(id: number): Promise<StoryRecord | null> {
    return this.#read('read a story', () => {
      const row = this.#sql.story.get(id) as StoryRow | undefined;
      return row ? toStory(row) : null;
    });
  }

  async listStories(options: ListStoriesOptions = {}): Promise<StoryList> {
    const limit = Math.max(1, Math.min(500, Math.trunc(options.limit ?? 50)));
    const offset = Math.max(0, Math.trunc(options.offset ?? 0));
    const query = options.query ? toFtsQuery(options.query) : null;
    return this.#read('list stories', () => {
      if (query === null) {
        const filter = { since: options.since ?? '', minSources: Math.max(0, Math.trunc(options.minSources ?? 0)) };
        const page = { ...filter, limit, offset };
        const rows = (
          options.order === 'rank' ? this.#sql.rankStories.all({ ...page, now: (options.now ?? this.#now()).toISOString() }) : this.#sql.listStories.all(page)
        ) as StoryRow[];
        const total = this.#sql.countStories.pluck().get(filter) as number;
        return { stories: rows.map((row) => ({ ...toStory(row), snippet: null })), total, truncated: false };
      }
      return this.#search(query, limit, offset, options);
    });
  }

  async deleteStory(id: number): Promise<boolean> {
    return this.#write('delete a story', () => this.#sql.deleteStory.run(id).changes > 0);
  }

  async addArticles(story: number, articles: readonly NewArticle[]): Promise<AddArticleResult[]> {
    articles.forEach(checkNewArticle);
    return this.#write('add articles', () => {
      if (!this.#sql.story.get(story)) throw new CorroborateError('not-found', `no story with id ${story}`);
      const stamp = this.#now().toISOString();
      const results = articles.map((article) => this.#addOne(story, article, stamp, null));
      if (results.some((result) => result.status === 'added')) {
        this.#sql.bumpStory.run(stamp, story);
        this.#sql.deleteBriefing.run(story);
      }
      return results;
    });
  }

  async listArticles(story: number): Promise<ArticleSummary[]> {
    return this.#read('list articles', () => (this.#sql.articleSummaries.all(story) as ArticleRow[]).map(toSummary));
  }

  async listOutlets(stories: readonly number[]): Promise<Map<number, string[]>> {
    const outlets = new Map(stories.map((id) => [id, [] as string[]]));
    if (stories.length === 0) return outlets;
    const rows = await this.#read('list outlets', () => this.#sql.storyOutlets.all(JSON.stringify(stories)) as { story: number; outlet: string }[]);
    for (const row of rows) outlets.get(row.story)?.push(row.outlet);
    return outlets;
  }

  async readStory(id: number): Promise<{ story: StoryRecord; articles: StoredArticle[] } | null> {
    return this.#snapshot('read a story', () => {
      const row = this.#sql.story.get(id) as StoryRow | undefined;
      return row ? { story: toStory(row), articles: (this.#sql.articles.all(id) as ArticleRow[]).map(toStored) } : null;
    });
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    return this.#read('read an article', () => {
      const row = this.#sql.article.get(id) as ArticleRow | undefined;
      return row ? toStored(row) : null;
    });
  }

  async getBriefing(story: number): Promise<CachedBriefing | null> {
    return this.#read('read a briefing', () => {
      const row = this.#sql.freshBriefing.get(story) as (Omit<CachedBriefing, 'texts'> & { json: Buffer; texts: Buffer }) | undefined;
      return row ? { ...row, json: new Uint8Array(row.json.buffer, row.json.byteOffset, row.json.byteLength), texts: row.texts.toString('utf8') } : null;
    });
  }

  async putBriefing(briefing: BriefingToCache): Promise<boolean> {
    const { story, version, generator, headline, json, texts } = briefing;
    return this.#write('cache a briefing', () => {
      const current = this.#sql.storyVersion.pluck().get(story) as number | undefined;
      if (current !== version) return false;
      this.#sql.putBriefing.run({ story, version, generator, json, texts, created: this.#now().toISOString() });
      this.#sql.setHeadline.run({ headline, story });
      this.#sql.setBriefed.run({ story });
      return true;
    });
  }

  async putAnalyses(analyses: readonly AnalysisToKeep[]): Promise<number> {
    analyses.forEach(checkAnalysis);
    const encoded = analyses.map(({ article, analyzer, analysis }) => ({ article, analyzer, data: encodeAnalysis(analysis) }));
    return this.#write('keep article analyses', () => {
      const created = this.#now().toISOString();
      return encoded.reduce((kept, row) => kept + this.#sql.putAnalysis.run({ ...row, created }).changes, 0);
    });
  }

  async getAnalyses(story: number, analyzer: string): Promise<Map<number, ArticleAnalysis>> {
    // One snapshot: the rows read are the rows the keys describe.
    return this.#snapshot('read article analyses', () => {
      const keys = this.#sql.storyAnalysisKeys.all(story, analyzer) as (KeptAnalysisKey & { article: number })[];
      const found = new Map(keys.map((key) => [key.article, this.#decoder.cached(key.article, key)]));
      const missing = keys.filter((key) => found.get(key.article) === undefined);
      if (missing.length > 0) {
        const byArticle = new Map(missing.map((key) => [key.article, key]));
        const rows = this.#sql.analysesOf.all(JSON.stringify([...byArticle.keys()])) as { article: number; data: Buffer }[];
        for (const row of rows) found.set(row.article, this.#decoder.decode(row.article, byArticle.get(row.article)!, row.data));
      }
      return found as Map<number, ArticleAnalysis>;
    });
  }

  async getStreamState(): Promise<StreamState> {
    return this.#read('read the stream state', () => this.#sql.streamState.get() as StreamState);
  }

  async findDuplicates(candidates: readonly { key: string | null; url: string | null; text: string }[]): Promise<(StreamDuplicate | null)[]> {
    return this.#snapshot('find duplicates', () =>
      candidates.map((candidate) => this.#duplicateOf(candidate.key, canonicalUrl(candidate.url), hashContent(candidate.text))),
    );
  }

  async addToStream(expected: number, state: string, articles: readonly StreamArticle[], moves: readonly StreamMove[] = []): Promise<StreamAddOutcome> {
    articles.forEach((entry, index) => checkNewArticle(entry.article, index));
    return this.#write('add articles to the stream', () => {
      const current = this.#sql.streamState.get() as StreamState;
      if (current.version !== expected) return { status: 'moved', version: current.version };
      const stamp = this.#now().toISOString();
      const touched = new Set<number>();
      const moved = new Set<number>();
      const results = articles.map((entry): StreamAddResult => {
        const duplicate = this.#duplicateOf(entry.key, canonicalUrl(entry.article.url), hashContent(entry.article.text));
        if (duplicate) return { status: 'duplicate', ...duplicate };
        const { story, opened } = this.#clusterStory(entry.cluster, entry.article.title, stamp);
        const added = this.#addOne(story, entry.article, stamp, entry.key);
        if (added.status === 'duplicate') return added;
        touched.add(story);
        return { status: 'added', article: added.article, story, opened };
      });
      for (const move of moves) {
        const from = this.#sql.clusterStory.pluck().get(move.from) as number | undefined;
        if (from === undefined) continue;
        const into = this.#clusterStory(move.to, null, stamp).story;
        if (into !== from && this.#sql.moveStreamArticle.run({ into, from, id: move.article }).changes > 0) {
          moved.add(from);
          moved.add(into);
        }
      }
      for (const story of new Set([...touched, ...moved])) {
        this.#sql.bumpStory.run(stamp, story);
        this.#sql.deleteBriefing.run(story);
      }
      const version = expected + articles.length;
      this.#sql.putStreamState.run({ version, state });
      return { status: 'done', results, version, moved: [...moved] };
    });
  }

  async editStories(edit: StoryEdit): Promise<StoryRecord> {
    return this.#write('edit stories', () => {
      const stamp = this.#now().toISOString();
      const need = (id: number): void => {
        if (!this.#sql.story.get(id)) throw new CorroborateError('not-found', `no story with id ${id}`);
      };
      const changed = (id: number): void => {
        this.#sql.bumpStory.run(stamp, id);
        this.#sql.deleteBriefing.run(id);
      };
      let result: number;
      if (edit.kind === 'rename') {
        need(edit.story);
        const title = cleanTitle(edit.title);
        if (title === null) throw new CorroborateError('bad-request', 'a story needs a non-empty title');
        this.#sql.renameStory.run({ id: edit.story, title });
        result = edit.story;
      } else if (edit.kind === 'merge') {
        need(edit.into);
        const from = [...new Set(edit.from)].filter((id) => id !== edit.into);
        if (from.length === 0) throw new CorroborateError('bad-request', 'merge needs at least one other story');
        from.forEach(need);
        for (const id of from) {
          this.#sql.dropMergeDuplicates.run({ from: id, into: edit.into });
          this.#sql.moveStoryArticles.run({ from: id, into: edit.into });
          this.#sql.moveClusters.run({ from: id, into: edit.into });
          this.#sql.deleteStory.run(id);
        }
        this.#sql.keepStory.run(edit.into);
        changed(edit.into);
        result = edit.into;
      } else {
        need(edit.story);
        const ids = [...new Set(edit.articles)];
        if (ids.length === 0) throw new CorroborateError('bad-request', 'split needs at least one article');
        const created = this.#insertStory(cleanTitle(edit.title));
        for (const article of ids) {
          if (this.#sql.moveArticle.run({ into: created.id, article, from: edit.story }).changes === 0) {
            throw new CorroborateError('bad-request', `article ${article} is not in story ${edit.story}`);
          }
        }
        changed(edit.story);
        changed(created.id);
        result = created.id;
      }
      return toStory(this.#sql.story.get(result) as StoryRow);
    });
  }

  async getPreviousBriefing(story: number): Promise<{ version: number; json: Uint8Array } | null> {
    return this.#read('read the previous briefing', () => {
      const row = this.#sql.previousBriefing.get(story) as { version: number; json: Buffer } | undefined;
      return row ? { version: row.version, json: new Uint8Array(row.json.buffer, row.json.byteOffset, row.json.byteLength) } : null;
    });
  }

  async getFeedState(url: string): Promise<string | null> {
    return this.#read('read a feed', () => (this.#sql.feedState.pluck().get(url) as string | undefined) ?? null);
  }

  async putFeedState(url: string, state: string): Promise<void> {
    await this.#write('keep a feed', () => this.#sql.putFeedState.run({ url, state, updated: this.#now().toISOString() }));
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  #clusterStory(cluster: number, headline: string | null, stamp: string): { story: number; opened: boolean } {
    const story = this.#sql.clusterStory.pluck().get(cluster) as number | undefined;
    if (story !== undefined) return { story, opened: false };
    const made = Number(this.#sql.insertAutomaticStory.run({ headline: cleanTitle(headline), stamp }).lastInsertRowid);
    this.#sql.mapCluster.run({ cluster, story: made });
    return { story: made, opened: true };
  }

  #duplicateOf(key: string | null, url: string | null, hash: string): StreamDuplicate | null {
    const byKey = key === null ? undefined : (this.#sql.anyByKey.get(key) as ArticleRow | undefined);
    if (byKey) return { reason: 'key', article: toSummary(byKey) };
    const byUrl = url === null ? undefined : (this.#sql.anyByUrl.get(url) as ArticleRow | undefined);
    if (byUrl) return { reason: 'url', article: toSummary(byUrl) };
    const byHash = this.#sql.anyByHash.get(hash) as ArticleRow | undefined;
    return byHash ? { reason: 'content', article: toSummary(byHash) } : null;
  }

  // Bounded search (see Store.listStories): candidates newest first, until the count or the time budget is spent.
  #search(query: string, limit: number, offset: number, options: ListStoriesOptions): StoryList {
    const maxCandidates = Math.max(1, Math.min(10_000, Math.trunc(options.maxCandidates ?? DEFAULT_SEARCH_BOUNDS.maxCandidates)));
    const budget = Math.max(0, options.timeBudgetMs ?? DEFAULT_SEARCH_BOUNDS.timeBudgetMs);
    const started = performance.now();
    const best = new Map<number, { score: number; article: number | null }>();
    let truncated = false;
    const gather = (rows: Iterable<unknown>, title: boolean): void => {
      let read = 0;
      for (const row of rows as Iterable<{ story: number; article?: number; score: number }>) {
        if (read >= maxCandidates || (read > 0 && performance.now() - started >= budget)) {
          truncated = true;
          break;
        }
        read += 1;
        // A story-title match ranks above every article match.
        const score = title ? row.score - 1000 : row.score;
        const current = best.get(row.story);
        if (!current || score < current.score) best.set(row.story, { score, article: title ? (current?.article ?? null) : row.article! });
        else if (current.article === null && !title) current.article = row.article!;
      }
    };
    // One more than the bound, so that reaching it is known; iterate() ends the statement when the loop breaks.
    gather(this.#sql.searchStoryTitles.iterate({ q: query, limit: maxCandidates + 1 }), true);
    gather(this.#sql.searchArticles.iterate({ q: query, limit: maxCandidates + 1 }), false);
    const page = [...best.entries()].sort((a, b) => a[1].score - b[1].score || a[0] - b[0]).slice(offset, offset + limit);
    const articles = page.flatMap(([, hit]) => (hit.article === null ? [] : [hit.article]));
    const snippets = new Map<number, string>();
    if (articles.length > 0) {
      const range = { q: query, from: Math.min(...articles), to: Math.max(...articles), ids: JSON.stringify(articles) };
      for (const row of this.#sql.articleSnippets.iterate(range) as Iterable<{ article: number; snippet: string }>) {
        snippets.set(row.article, row.snippet);
        // Snippets past twice the budget are left out (null) rather than make the page wait.
        if (performance.now() - started >= 2 * budget) break;
      }
    }
    const stories = page.flatMap(([id, hit]): StoryHit[] => {
      const row = this.#sql.story.get(id) as StoryRow | undefined;
      return row ? [{ ...toStory(row), snippet: hit.article === null ? null : (snippets.get(hit.article) ?? null) }] : [];
    });
    return { stories, total: best.size, truncated };
  }

  #insertStory(title: string | null): StoryRecord {
    const stamp = this.#now().toISOString();
    const id = Number(this.#sql.insertStory.run(title, stamp, stamp).lastInsertRowid);
    return toStory(this.#sql.story.get(id) as StoryRow);
  }

  #addOne(story: number, article: NewArticle, stamp: string, key: string | null): AddArticleResult {
    const url = canonicalUrl(article.url);
    const hash = hashContent(article.text);
    const byUrl = url === null ? undefined : (this.#sql.articleByUrl.get(story, url) as ArticleRow | undefined);
    if (byUrl) return { status: 'duplicate', reason: 'url', article: toSummary(byUrl) };
    const byHash = this.#sql.articleByHash.get(story, hash) as ArticleRow | undefined;
    if (byHash) return { status: 'duplicate', reason: 'content', article: toSummary(byHash) };
    const id = this.#sql.insertArticle.run({
      story,
      url,
      hash,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      byline: article.byline,
      format: article.format,
      origin: article.origin,
      text: article.text,
      html: article.html ?? null,
      raw: article.raw ? Buffer.from(article.raw.buffer, article.raw.byteOffset, article.raw.byteLength) : null,
      added: stamp,
      key,
    }).lastInsertRowid;
    return { status: 'added', article: toSummary(this.#sql.articleSummary.get(Number(id)) as ArticleRow) };
  }

  #read<T>(what: string, fn: () => T): Promise<T> {
    return this.#run(what, fn);
  }

  #snapshot<T>(what: string, fn: () => T): Promise<T> {
    return this.#run(what, () => this.#db.transaction(fn).deferred());
  }

  #write<T>(what: string, fn: () => T): Promise<T> {
    return this.#run(what, () => this.#db.transaction(fn).immediate());
  }

  async #run<T>(what: string, fn: () => T): Promise<T> {
    if (!this.#db.open) throw new CorroborateError('store-failed', `cannot ${what}: the store is closed`);
    try {
      return fn();
    } catch (error) {
      throw toStoreError(`cannot ${what}`, error);
    }
  }
}

function toStoreError(context: string, error: unknown): Error {
  if (error instanceof CorroborateError || error instanceof TypeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CorroborateError('store-failed', `${context}: ${message}`);
}

function toStory(row: StoryRow): StoryRecord {
  return {
    id: row.id,
    title: row.title,
    headline: row.headline,
    created: row.created,
    updated: row.updated,
    version: row.version,
    articles: row.articles,
    automatic: row.automatic === 1,
    sources: row.sources,
    briefedArticles: row.briefed,
  };
}

function toSummary(row: ArticleRow): ArticleSummary {
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
    added: row.added,
    chars: row.chars,
  };
}

function toStored(row: ArticleRow): StoredArticle {
  return { ...toSummary(row), text: row.text ?? '' };
}
