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
  automatic: number;
  sources: number;
  briefed: number;
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
  (SELECT count(*) FROM articles a WHERE a.story = s.id) AS articles, s.automatic, s.briefed,
  (SELECT count(DISTINCT coalesce(nullif(lower(trim(a.outlet)), ''), 'article ' || a.id)) FROM articles a WHERE a.story = s.id) AS sources`;
// The front page's order: sources × 2^(−hours since the last change / 24).
const RANK = `(SELECT count(DISTINCT coalesce(nullif(lower(trim(a.outlet)), ''), 'article ' || a.id)) FROM articles a WHERE a.story = s.id)
  * pow(2.0, -max(0.0, julianday(@now) - julianday(s.updated)))`;
const FILTER = `s.updated >= @since AND (@minSources <= 1 OR
  (SELECT count(DISTINCT coalesce(nullif(lower(trim(a.outlet)), ''), 'article ' || a.id)) FROM articles a WHERE a.story = s.id) >= @minSources)`;
const SUMMARY_COLUMNS = `id, story, url, hash, title, outlet, published, byline, format, origin, added, length(text) AS chars`;

const SQL = {
  story: `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`,
  storyVersion: `SELECT version FROM stories WHERE id = ?`,
  storyByTitle: `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.title = ? ORDER BY s.id LIMIT 1`,
  insertStory: `INSERT INTO stories (title, created, updated) VALUES (?, ?, ?)`,
  deleteStory: `DELETE FROM stories WHERE id = ?`,
  bumpStory: `UPDATE stories SET version = version + 1, updated = ? WHERE id = ?`,
  setHeadline: `UPDATE stories SET headline = @headline WHERE id = @story AND headline IS NOT @headline`,
  listStories: `SELECT ${STORY_COLUMNS} FROM stories s WHERE ${FILTER} ORDER BY s.updated DESC, s.id DESC LIMIT @limit OFFSET @offset`,
  rankStories: `SELECT ${STORY_COLUMNS} FROM stories s WHERE ${FILTER} ORDER BY ${RANK} DESC, s.updated DESC, s.id DESC LIMIT @limit OFFSET @offset`,
  countStories: `SELECT count(*) FROM stories s WHERE ${FILTER}`,
  // Searches read candidates newest first (FTS5 walks its doclists by rowid and stops at the LIMIT), rank them by
  // bm25 (negative, smaller is better; titles weigh 4) and make a snippet only for the page shown.
  searchArticles: `SELECT f.rowid AS article, a.story AS story, bm25(articles_fts, 4.0, 1.0) AS score
    FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH @q ORDER BY f.rowid DESC LIMIT @limit`,
  searchStoryTitles: `SELECT rowid AS story, bm25(stories_fts) AS score FROM stories_fts WHERE stories_fts MATCH @q ORDER BY rowid DESC LIMIT @limit`,
  // One pass over the page's rowid range: a rowid lookup per snippet would set the query up again each time, and
  // setting up a prefix query merges every matching term's doclist.
  articleSnippets: `SELECT rowid AS article, snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet FROM articles_fts
    WHERE articles_fts MATCH @q AND rowid BETWEEN @from AND @to AND +rowid IN (SELECT value FROM json_each(@ids))`,
  insertArticle: `INSERT INTO articles (story, url, hash, title, outlet, published, byline, format, origin, text, html, raw, added, stream_key)
    VALUES (@story, @url, @hash, @title, @outlet, @published, @byline, @format, @origin, @text, @html, @raw, @added, @key)`,
  // The stream: its state, each cluster's story, duplicates across stories.
  streamState: `SELECT version, state FROM stream_state WHERE id = 1`,
  putStreamState: `UPDATE stream_state SET version = @version, state = @state WHERE id = 1`,
  clusterStory: `SELECT c.story FROM stream_clusters c WHERE c.cluster = ?`,
  mapCluster: `INSERT INTO stream_clusters (cluster, story) VALUES (@cluster, @story) ON CONFLICT (cluster) DO UPDATE SET story = excluded.story`,
  moveClusters: `UPDATE stream_clusters SET story = @into WHERE story = @from`,
  insertAutomaticStory: `INSERT INTO stories (title, headline, created, updated, automatic) VALUES (NULL, @headline, @stamp, @stamp, 1)`,
  // A moved article: by its key, else (a stream id sha256:<hash>) by its content, when still in the cluster's story.
  moveStreamArticle: `UPDATE articles SET story = @into WHERE story = @from AND (stream_key = @id OR (stream_key IS NULL AND 'sha256:' || hash = @id))`,
  anyByKey: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE stream_key = ?`,
  anyByUrl: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE url = ? ORDER BY id LIMIT 1`,
  anyByHash: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE hash = ? ORDER BY id LIMIT 1`,
  // Editing stories by hand.
  renameStory: `UPDATE stories SET title = @title, automatic = 0 WHERE id = @id`,
  // Before a merge: articles of \`from\` that \`into\` already holds (same URL or content) go, as adding them would skip them.
  dropMergeDuplicates: `DELETE FROM articles WHERE story = @from AND (hash IN (SELECT hash FROM articles WHERE story = @into)
    OR url IN (SELECT url FROM articles WHERE story = @into AND url IS NOT NULL))`,
  moveStoryArticles: `UPDATE articles SET story = @into WHERE story = @from`,
  moveArticle: `UPDATE articles SET story = @into WHERE id = @article AND story = @from`,
  keepStory: `UPDATE stories SET automatic = 0 WHERE id = ?`,
  // Feeds watched by \`corroborate watch\`.
  feedState: `SELECT state FROM feeds WHERE url = ?`,
  putFeedState: `INSERT INTO feeds (url, state, updated) VALUES (@url, @state, @updated)
    ON CONFLICT (url) DO UPDATE SET state = excluded.state, updated = excluded.updated`,
  articleByUrl: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story = ? AND url = ?`,
  articleByHash: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story = ? AND hash = ?`,
  articleSummary: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ?`,
  articleSummaries: `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story = ? ORDER BY id`,
  // The bare column outlet comes from the row of min(id): the first spelling.
  storyOutlets: `SELECT story, trim(outlet) AS outlet, min(id) AS first FROM articles
    WHERE story IN (SELECT value FROM json_each(?)) AND trim(outlet) <> '' GROUP BY story, lower(trim(outlet)) ORDER BY story, first`,
  articles: `SELECT ${SUMMARY_COLUMNS}, text FROM articles WHERE story = ? ORDER BY id`,
  article: `SELECT ${SUMMARY_COLUMNS}, text FROM articles WHERE id = ?`,
  // Read as BLOBs: SQLite hands text to V8 through a slow UTF-8 path once a string holds any non-ASCII character
  // (~2 ms for an 84 kB briefing), while Buffer decoding is fast and the JSON is served as bytes anyway.
  freshBriefing: `SELECT b.story, b.version, b.generator, CAST(b.json AS BLOB) AS json, CAST(b.texts AS BLOB) AS texts, b.created
    FROM briefings b JOIN stories s ON s.id = b.story AND s.version = b.version WHERE b.story = ?`,
  deleteBriefing: `DELETE FROM briefings WHERE story = ?`,
  setBriefed: `UPDATE stories SET briefed = (SELECT count(*) FROM articles a WHERE a.story = @story) WHERE id = @story`,
  // An upsert, not INSERT OR REPLACE: the update trigger keeps the briefing replaced (see migration 4).
  putBriefing: `INSERT INTO briefings (story, version, generator, json, texts, created)
      VALUES (@story, @version, @generator, @json, @texts, @created)
      ON CONFLICT (story) DO UPDATE SET version = excluded.version, generator = excluded.generator, json = excluded.json,
        texts = excluded.texts, created = excluded.created`,
  previousBriefing: `SELECT p.version, CAST(p.json AS BLOB) AS json FROM briefings_before p JOIN briefings b ON b.story = p.story AND b.version > p.version
    JOIN stories s ON s.id = b.story AND s.version = b.version WHERE p.story = ?`,
  putAnalysis: `INSERT INTO analyses (article, analyzer, data, created)
      SELECT @article, @analyzer, @data, @created WHERE EXISTS (SELECT 1 FROM articles WHERE id = @article)
      ON CONFLICT (article) DO UPDATE SET analyzer = excluded.analyzer, data = excluded.data, created = excluded.created`,
  // What tells a kept analysis unchanged, without reading it (length() of a BLOB reads no overflow page).
  storyAnalysisKeys: `SELECT n.article, n.analyzer, n.created, length(n.data) AS bytes, a.hash FROM analyses n JOIN articles a ON a.id = n.article
    WHERE a.story = ? AND n.analyzer = ? ORDER BY n.article`,
  analysesOf: `SELECT article, data FROM analyses WHERE article IN (SELECT value FROM json_each(?))`,
} as const;

export type Statements = Record<keyof typeof SQL, Statement>;

/** Every statement the SQLite store runs, prepared once. */
export function prepareStatements(db: Database): Statements {
  return Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Statements;
}
