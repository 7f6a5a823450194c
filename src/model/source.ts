/** Ids of sources in a briefing: "S1", "S2", … in input order. */
export type SourceId = string;

/** The formats ingest understands. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'multinews' | 'feed';

/** Raw bytes of one input, as read at the edge (file, stdin, URL, upload). */
export interface RawInput {
  /** File name, URL or "-" for stdin; used for format detection and diagnostics. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** MIME type when the edge knows one (HTTP Content-Type). */
  readonly contentType?: string | null;
}

/** A structured article record as given by a library user, a JSON line or the API. */
export interface ArticleRecord {
  /** The record's own id (a JSON line's "id"), kept on the article as `recordId`. */
  readonly id?: string | null;
  readonly title?: string | null;
  readonly text?: string | null;
  readonly html?: string | null;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly byline?: string | null;
}

/** One article after ingest: metadata plus its body as plain text (paragraphs separated by blank lines). */
export interface Article {
  readonly id: SourceId;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO 8601 date or date-time. */
  readonly published: string | null;
  readonly byline: string | null;
  /** Where it came from: the file name, URL, "-" or "record". With `part` for multi-article files. */
  readonly origin: string;
  readonly format: InputFormat;
  readonly text: string;
  /** The id its input gave it (a JSON record's "id"), when it gave one. */
  readonly recordId?: string;
}

/** Maps cleaned-text offsets back to the article text: runs of [cleanStart, originalStart, length]. */
export type OffsetMap = readonly (readonly [number, number, number])[];

/** The language cleaning judged a text to be in: "en" (English) or "other" (any other language). */
export type ArticleLanguage = 'en' | 'other';

/** An article after cleaning: the text every offset in the briefing points into. */
export interface CleanArticle {
  readonly article: Article;
  readonly text: string;
  /** Boilerplate lines removed while cleaning, in the order met. */
  readonly removed: readonly string[];
  readonly offsets: OffsetMap;
  /** Set by clean; null when the text is too short to judge; absent (not judged) on hand-made articles. */
  readonly language?: ArticleLanguage | null;
}
