import type { Database, Statement } from 'better-sqlite3';
import type { InputFormat } from '../model/index.js';

export interface StoryRow {
  id: number;
  title: string | null;
  headline: string | null;
  created: string;
  updated: string;
  version: number;
  articles: number;
}

export interface ArticleRow {
  id: number;
  story: number;
  url: string | null;
  hash: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  byline: string | null;
  format: InputFormat;
  origin: string;
  added: string;
  chars: number;
  text?: string;
}

const STORY_COLUMNS = `s.id, s.title, s.headline, s.created, s.updated, s.version,
  (SELECT count(*) FROM articles a WHERE a.story = s.id) AS articles`;
const SUMMARY_COLUMNS = `id, story, url, hash, title, outlet, published, byline, format, origin, added, length(text) AS chars`;

const SQL = {
  story: `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`,
  storyVersion: `SELECT version FROM stories WHERE id = ?`,
  storyByTitle: `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.title = ? ORDER BY s.id LIMIT 1`,
  insertStory: `INSERT INTO stories (title, created, updated) VALUES (?, ?, ?)`,
  deleteStory: `DELETE FROM stories WHERE id = ?`,
  bumpStory: `UPDATE stories SET version = version + 1, updated = ? WHERE id = ?`,
  setHeadline: `UPDATE stories SET headline = @headline WHERE id = @story AND headline IS NOT @headline`,
  listStories: `SELECT ${STORY_COLUMNS} FROM stories s ORDER BY s.updated DESC, s.id DESC LIMIT ? OFFSET ?`,
  countStories: `SELECT count(*) FROM stories`,
  // Searches read candidates newest first (FTS5 walks its doclists by rowid and stops at the LIMIT), rank them by
  // bm25 (negative, smaller is better; titles weigh 4) and make a snippet only for the page shown.
  searchArticles: `SELECT f.rowid AS article, a.story AS story, bm25(articles_fts, 4.0, 1.0) AS score
    FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH @q ORDER BY f.rowid DESC LIMIT @limit`,
  searchStoryTitles: `SELECT rowid AS story, bm25(stories_fts) AS score FROM stories_fts WHERE stories_fts MATCH @q ORDER BY rowid DESC LIMIT @limit`,
  // One pass over the page's rowid range: a rowid lookup per snippet would set the query up again each time, and
  // setting up a prefix query merges every matching term's doclist.
  articleSnippets: `SELECT rowid AS article, snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet FROM articles_fts
    WHERE articles_fts MATCH @q AND rowid BETWEEN @from AND @to AND +rowid IN (SELECT value FROM json_each(@ids))`,
  insertArticle: `INSERT INTO articles (story, url, hash, title, outlet, published, byline, format, origin, text, html, raw, added)
    VALUES (@story, @url, @hash, @title, @outlet, @published, @byline, @format, @origin, @text, @html, @raw, @added)`,
  articleByUrl: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story = ? AND url = ?`,
  articleByHash: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story = ? AND hash = ?`,
  articleSummary: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ?`,
  articleSummaries: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story = ? ORDER BY id`,
  articles: `SELECT ${SUMMARY_COLUMNS}, text FROM articles WHERE story = ? ORDER BY id`,
  article: `SELECT ${SUMMARY_COLUMNS}, text FROM articles WHERE id = ?`,
  // Read as BLOBs: SQLite hands text to V8 through a slow UTF-8 path once a string holds any non-ASCII character
  // (~2 ms for an 84 kB briefing), while Buffer decoding is fast and the JSON is served as bytes anyway.
  freshBriefing: `SELECT b.story, b.version, b.generator, CAST(b.json AS BLOB) AS json, CAST(b.texts AS BLOB) AS texts, b.created
    FROM briefings b JOIN stories s ON s.id = b.story AND s.version = b.version WHERE b.story = ?`,
  deleteBriefing: `DELETE FROM briefings WHERE story = ?`,
  putBriefing: `INSERT OR REPLACE INTO briefings (story, version, generator, json, texts, created)
      VALUES (@story, @version, @generator, @json, @texts, @created)`,
  putAnalysis: `INSERT INTO analyses (article, analyzer, data, created)
      SELECT @article, @analyzer, @data, @created WHERE EXISTS (SELECT 1 FROM articles WHERE id = @article)
      ON CONFLICT (article) DO UPDATE SET analyzer = excluded.analyzer, data = excluded.data, created = excluded.created`,
  storyAnalyses: `SELECT n.article, n.data FROM analyses n JOIN articles a ON a.id = n.article
    WHERE a.story = ? AND n.analyzer = ? ORDER BY n.article`,
} as const;

export type Statements = Record<keyof typeof SQL, Statement>;

/** Every statement the SQLite store runs, prepared once. */
export function prepareStatements(db: Database): Statements {
  return Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Statements;
}
