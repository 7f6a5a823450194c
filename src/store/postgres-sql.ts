import type { InputFormat } from '../model/index.js';
import { SEARCHED_CHARS } from './types.js';

export interface PgStoryRow {
  id: number;
  title: string | null;
  headline: string | null;
  created: Date;
  updated: Date;
  version: number;
  articles: number;
  automatic: boolean;
  briefed: number;
  sources: number;
}

export interface PgArticleRow {
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
  added: Date;
  chars: number;
  text?: string;
}

// Distinct sources of a story: outlets compared case-insensitively, an article without one counting alone.
const SOURCES = `(SELECT count(DISTINCT coalesce(nullif(lower(btrim(a.outlet)), ''), 'article ' || a.id)) FROM articles a WHERE a.story = s.id)`;
const STORY = `s.id, s.title, s.headline, s.created, s.updated, s.version, s.articles, s.automatic, s.briefed, ${SOURCES}::integer AS sources`;
const FILTER = `s.updated >= $1 AND ($2::integer <= 1 OR ${SOURCES} >= $2::integer)`;
const SUMMARY = 'a.id, a.story, a.url, a.hash, a.title, a.outlet, a.published, a.byline, a.format, a.origin, a.added, a.chars';

// Marks around matched words in snippets (U+0002 … U+0003, as the SQLite store) and a one-fragment snippet of ~16 words.
const HEADLINE_OPTIONS = `'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…'`;

/** Every statement the PostgreSQL store runs. */
export const PG_SQL = {
  story: `SELECT ${STORY} FROM stories s WHERE s.id = $1`,
  lockStory: `SELECT s.version FROM stories s WHERE s.id = $1 FOR UPDATE`,
  storyByTitle: `SELECT ${STORY} FROM stories s WHERE s.title = $1 ORDER BY s.id LIMIT 1`,
  // Two processes ensuring the same title wait for each other here, so exactly one of them creates the story.
  lockTitle: `SELECT pg_advisory_xact_lock($1, hashtext($2))`,
  insertStory: `INSERT INTO stories AS s (title, created, updated) VALUES ($1, $2, $2) RETURNING ${STORY}`,
  deleteStory: `DELETE FROM stories WHERE id = $1`,
  bumpStory: `UPDATE stories SET version = version + 1, updated = $2, articles = articles + $3 WHERE id = $1`,
  listStories: `SELECT ${STORY} FROM stories s WHERE ${FILTER} ORDER BY s.updated DESC, s.id DESC LIMIT $3 OFFSET $4`,
  // The front page: sources × 2^(−hours since the last change / 24), at $5.
  rankStories: `SELECT ${STORY} FROM stories s WHERE ${FILTER}
    ORDER BY ${SOURCES} * power(2.0, -greatest(0.0, extract(epoch FROM ($5::timestamptz - s.updated)) / 86400.0)) DESC, s.updated DESC, s.id DESC
    LIMIT $3 OFFSET $4`,
  countStories: `SELECT count(*)::integer AS total FROM stories s WHERE ${FILTER}`,
  // The stream (see Store.addToStream).
  lockStreamState: `SELECT version::integer AS version, state FROM stream_state WHERE id = 1 FOR UPDATE`,
  streamState: `SELECT version::integer AS version, state FROM stream_state WHERE id = 1`,
  putStreamState: `UPDATE stream_state SET version = $1, state = $2 WHERE id = 1`,
  clusterStory: `SELECT story FROM stream_clusters WHERE cluster = $1`,
  mapCluster: `INSERT INTO stream_clusters (cluster, story) VALUES ($1, $2) ON CONFLICT (cluster) DO UPDATE SET story = excluded.story`,
  moveClusters: `UPDATE stream_clusters SET story = $2 WHERE story = $1`,
  insertAutomaticStory: `INSERT INTO stories AS s (title, headline, created, updated, automatic) VALUES (NULL, $1, $2, $2, true) RETURNING s.id`,
  moveStreamArticle: `UPDATE articles SET story = $2 WHERE story = $1 AND (stream_key = $3 OR (stream_key IS NULL AND 'sha256:' || hash = $3)) RETURNING id`,
  anyByKey: `SELECT ${SUMMARY} FROM articles a WHERE a.stream_key = $1`,
  anyByUrl: `SELECT ${SUMMARY} FROM articles a WHERE a.url = $1 ORDER BY a.id LIMIT 1`,
  anyByHash: `SELECT ${SUMMARY} FROM articles a WHERE a.hash = $1 ORDER BY a.id LIMIT 1`,
  setStreamKey: `UPDATE articles SET stream_key = $2 WHERE id = $1`,
  // Editing stories by hand.
  renameStory: `UPDATE stories SET title = $2, automatic = false WHERE id = $1`,
  dropMergeDuplicates: `DELETE FROM articles WHERE story = $1 AND (hash IN (SELECT hash FROM articles WHERE story = $2)
    OR url IN (SELECT url FROM articles WHERE story = $2 AND url IS NOT NULL))`,
  moveStoryArticles: `UPDATE articles SET story = $2 WHERE story = $1`,
  moveArticle: `UPDATE articles SET story = $2 WHERE id = $3 AND story = $1`,
  keepStory: `UPDATE stories SET automatic = false WHERE id = $1`,
  recountStory: `UPDATE stories SET version = version + 1, updated = $2, articles = (SELECT count(*) FROM articles a WHERE a.story = $1) WHERE id = $1`,
  setBriefed: `UPDATE stories SET briefed = articles WHERE id = $1`,
  previousBriefing: `SELECT p.version, p.json FROM briefings_before p JOIN briefings b ON b.story = p.story AND b.version > p.version
    JOIN stories s ON s.id = b.story AND s.version = b.version WHERE p.story = $1`,
  feedState: `SELECT state FROM feeds WHERE url = $1`,
  putFeedState: `INSERT INTO feeds (url, state, updated) VALUES ($1, $2, $3) ON CONFLICT (url) DO UPDATE SET state = excluded.state, updated = excluded.updated`,
  // Bounded search (see Store.listStories): matching story titles and articles, newest first, read by the caller until
  // its count or time budget is spent; the cursor is declared in the caller's transaction.
  searchStoryTitles: `SELECT s.id AS story, ts_rank(s.search, q) AS score FROM stories s, to_tsquery('corroborate', $1) q
    WHERE s.search @@ q ORDER BY s.id DESC LIMIT $2`,
  declareArticleHits: `DECLARE article_hits NO SCROLL CURSOR FOR
    SELECT a.story, a.id AS article, ts_rank(a.search, q) AS score FROM articles a, to_tsquery('corroborate', $1) q
    WHERE a.search @@ q ORDER BY a.id DESC`,
  fetchArticleHits: `FETCH 100 FROM article_hits`,
  closeArticleHits: `CLOSE article_hits`,
  storiesByIds: `SELECT ${STORY} FROM stories s WHERE s.id = ANY($1::bigint[])`,
  snippets: `SELECT a.id AS article, ts_headline('corroborate', left(a.text, ${SEARCHED_CHARS}), to_tsquery('corroborate', $1), ${HEADLINE_OPTIONS}) AS snippet
    FROM articles a WHERE a.id = ANY($2::bigint[])`,
  // One statement per article: a duplicate by URL, else by content, else the inserted row. The caller holds the story's
  // row lock, so no other writer adds to the story meanwhile; the unique indexes would refuse a duplicate regardless.
  addArticle: `WITH by_url AS (
      SELECT 'url' AS status, ${SUMMARY} FROM articles a WHERE a.story = $1 AND a.url = $2 LIMIT 1
    ), by_hash AS (
      SELECT 'content' AS status, ${SUMMARY} FROM articles a
      WHERE a.story = $1 AND a.hash = $3 AND NOT EXISTS (SELECT 1 FROM by_url) LIMIT 1
    ), inserted AS (
      INSERT INTO articles AS a (story, url, hash, title, outlet, published, byline, format, origin, text, html, raw, added)
      SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13
      WHERE NOT EXISTS (SELECT 1 FROM by_url) AND NOT EXISTS (SELECT 1 FROM by_hash)
      ON CONFLICT DO NOTHING
      RETURNING 'added' AS status, ${SUMMARY}
    )
    SELECT * FROM by_url UNION ALL SELECT * FROM by_hash UNION ALL SELECT * FROM inserted`,
  articleSummaries: `SELECT ${SUMMARY} FROM articles a WHERE a.story = $1 ORDER BY a.id`,
  storyOutlets: `SELECT story, outlet FROM (
      SELECT DISTINCT ON (a.story, lower(btrim(a.outlet))) a.story, btrim(a.outlet) AS outlet, a.id FROM articles a
      WHERE a.story = ANY($1::bigint[]) AND btrim(a.outlet) <> '' ORDER BY a.story, lower(btrim(a.outlet)), a.id) o
    ORDER BY story, id`,
  articles: `SELECT ${SUMMARY}, a.text FROM articles a WHERE a.story = $1 ORDER BY a.id`,
  article: `SELECT ${SUMMARY}, a.text FROM articles a WHERE a.id = $1`,
  freshBriefing: `SELECT b.story, b.version, b.generator, b.json, b.texts, b.created
    FROM briefings b JOIN stories s ON s.id = b.story AND s.version = b.version WHERE b.story = $1`,
  deleteBriefing: `DELETE FROM briefings WHERE story = $1`,
  putBriefing: `INSERT INTO briefings (story, version, generator, json, texts, created) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (story) DO UPDATE SET version = excluded.version, generator = excluded.generator, json = excluded.json,
      texts = excluded.texts, created = excluded.created`,
  setHeadline: `UPDATE stories SET headline = $2 WHERE id = $1 AND headline IS DISTINCT FROM $2`,
  // Holds the articles (against a concurrent delete) until the analyses referring to them are in.
  lockArticles: `SELECT id FROM articles WHERE id = ANY($1::bigint[]) FOR KEY SHARE`,
  putAnalyses: `INSERT INTO analyses (article, analyzer, data, created)
    SELECT u.article, u.analyzer, u.data, $4 FROM unnest($1::bigint[], $2::text[], $3::bytea[]) AS u(article, analyzer, data)
    ON CONFLICT (article) DO UPDATE SET analyzer = excluded.analyzer, data = excluded.data, created = excluded.created
    RETURNING article`,
  // What tells a kept analysis unchanged, without reading it (octet_length does not detoast).
  storyAnalysisKeys: `SELECT n.article, n.analyzer, n.created, octet_length(n.data) AS bytes, a.hash FROM analyses n
    JOIN articles a ON a.id = n.article WHERE a.story = $1 AND n.analyzer = $2 ORDER BY n.article`,
  analysesOf: `SELECT article, data FROM analyses WHERE article = ANY($1::bigint[])`,
} as const;
