import type { Database } from 'better-sqlite3';
import { CorroborateError } from '../model/index.js';

import { SEARCHED_CHARS } from './types.js';

/** Characters of an article's text that search reads (the title is read whole). */
export { SEARCHED_CHARS };

/** Schema steps; step N brings the database to `PRAGMA user_version = N`. Append only, never edit a released step. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE stories (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    title    TEXT,
    headline TEXT,
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL,
    version  INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX stories_title ON stories(title);
  CREATE INDEX stories_updated ON stories(updated);

  CREATE TABLE articles (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    story     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    url       TEXT,
    hash      TEXT NOT NULL CHECK (length(hash) = 64),
    title     TEXT,
    outlet    TEXT,
    published TEXT,
    byline    TEXT,
    format    TEXT NOT NULL,
    origin    TEXT NOT NULL,
    text      TEXT NOT NULL,
    html      TEXT,
    raw       BLOB,
    added     TEXT NOT NULL
  );
  CREATE UNIQUE INDEX articles_story_hash ON articles(story, hash);
  CREATE UNIQUE INDEX articles_story_url ON articles(story, url) WHERE url IS NOT NULL;

  CREATE TABLE briefings (
    story     INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,
    generator TEXT NOT NULL,
    json      TEXT NOT NULL,
    texts     TEXT NOT NULL,
    created   TEXT NOT NULL
  );

${indexText('articles', ['title', 'text'])}

${indexText('stories', ['title', 'headline'])}
  `,
  // 2: what clean and analyze made of each article, so that re-briefing a story analyzes only the articles added since.
  `
  CREATE TABLE analyses (
    article  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    analyzer TEXT NOT NULL,
    data     BLOB NOT NULL,
    created  TEXT NOT NULL
  );
  `,
  // 3: search reads an article's title and the first SEARCHED_CHARS characters of its text, so that indexing a huge
  // article and making its snippet stay cheap (FTS5's snippet costs grow faster than the text). The index reads
  // them through a view, so that a rebuild and the triggers agree.
  `
  DROP TRIGGER articles_fts_insert;
  DROP TRIGGER articles_fts_delete;
  DROP TRIGGER articles_fts_update;
  DROP TABLE articles_fts;
  CREATE VIEW articles_searched AS SELECT id, title, substr(text, 1, ${SEARCHED_CHARS}) AS text FROM articles;
${indexText('articles', ['title', 'text'], { content: 'articles_searched', value: (row, column) => (column === 'text' ? `substr(${row}.text, 1, ${SEARCHED_CHARS})` : `${row}.${column}`) })}
  INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
  `,
];

/**
 * A full-text index (FTS5, stemmed) over `columns` of `table`, external-content so the text is stored once, and the
 * triggers that keep it in step with the table's inserts, deletes and updates. `content` names a view of the table
 * that the index reads (default the table), `value` the expression a trigger indexes for a column.
 */
function indexText(
  table: string,
  columns: readonly string[],
  options: { content?: string; value?: (row: 'new' | 'old', column: string) => string } = {},
): string {
  const index = `${table}_fts`;
  const list = columns.join(', ');
  const value = options.value ?? ((row, column) => `${row}.${column}`);
  const values = (row: 'new' | 'old'): string => [`${row}.id`, ...columns.map((column) => value(row, column))].join(', ');
  return `  CREATE VIRTUAL TABLE ${index} USING fts5(
    ${list}, content = '${options.content ?? table}', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER ${index}_insert AFTER INSERT ON ${table} BEGIN
    INSERT INTO ${index}(rowid, ${list}) VALUES (${values('new')});
  END;
  CREATE TRIGGER ${index}_delete AFTER DELETE ON ${table} BEGIN
    INSERT INTO ${index}(${index}, rowid, ${list}) VALUES ('delete', ${values('old')});
  END;
  CREATE TRIGGER ${index}_update AFTER UPDATE OF ${list} ON ${table} BEGIN
    INSERT INTO ${index}(${index}, rowid, ${list}) VALUES ('delete', ${values('old')});
    INSERT INTO ${index}(rowid, ${list}) VALUES (${values('new')});
  END;`;
}

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database up to SCHEMA_VERSION, one transaction per step (re-checked inside the write lock, so two
 * processes opening a new store at once migrate it once). Refuses a store written by a newer version.
 */
export function migrateSchema(db: Database): number {
  const step = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new CorroborateError('store-failed', `the store has schema version ${current}, newer than this program's ${SCHEMA_VERSION}; upgrade corroborate`);
    }
    if (current === SCHEMA_VERSION) return false;
    db.exec(MIGRATIONS[current] ?? '');
    db.pragma(`user_version = ${current + 1}`);
    return true;
  });
  while (step.immediate()) {
    /* one step per transaction */
  }
  return SCHEMA_VERSION;
}
