import type { ArticleAnalysis } from '../model/index.js';

// The document's text is the cleaned text (analyze points into it); kept once, it is a tenth of the record less.
interface KeptForm extends Omit<ArticleAnalysis, 'doc'> {
  readonly doc: (Omit<NonNullable<ArticleAnalysis['doc']>, 'text'> & { readonly text?: string }) | null;
}

/** A per-article analysis as stored: UTF-8 JSON, the document's text left out when it is the cleaned text. */
export function encodeAnalysis(analysis: ArticleAnalysis): Buffer {
  const { doc } = analysis;
  if (!doc || doc.text !== analysis.clean.text) return Buffer.from(JSON.stringify(analysis), 'utf8');
  const { text: _same, ...rest } = doc;
  const kept: KeptForm = { ...analysis, doc: rest };
  return Buffer.from(JSON.stringify(kept), 'utf8');
}

/** Reads what encodeAnalysis wrote. */
export function decodeAnalysis(bytes: Buffer): ArticleAnalysis {
  const kept = JSON.parse(bytes.toString('utf8')) as KeptForm;
  if (!kept.doc || kept.doc.text !== undefined) return kept as ArticleAnalysis;
  const { source, ...rest } = kept.doc;
  return { ...kept, doc: { source, text: kept.clean.text, ...rest } };
}

// Freezes a decoded analysis so that a cached one handed to many briefings cannot be changed by one of them.
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/** What says a kept analysis is unchanged without reading it: analyzer, when kept, encoded size, article content hash. */
export interface KeptAnalysisKey {
  readonly analyzer: string;
  readonly created: string;
  readonly bytes: number;
  readonly hash: string;
}

const keyOf = (key: KeptAnalysisKey): string => `${key.analyzer}\n${key.created}\n${key.bytes}\n${key.hash}`;

/**
 * Decodes kept analyses once per process, handing back the same (frozen) object while the stored row is unchanged: a
 * story briefed again after one article was added reads and decodes only that article's analysis, and later stages
 * see the same documents as last time. An entry is found by article id and its key (analyzer, when kept, encoded
 * size and the article's content hash: an analysis is a function of the article and the analyzer, so a replaced or
 * reused row has another key); at most `maxBytes` of encoded analyses are held, the least recently used leaving first.
 */
export class AnalysisDecoder {
  readonly #entries = new Map<number, { readonly key: string; readonly bytes: number; readonly analysis: ArticleAnalysis }>();
  #bytes = 0;

  constructor(readonly maxBytes = 64 * 1024 * 1024) {}

  /** The analysis of `article` decoded before under this key, or undefined (then read and `decode` it). */
  cached(article: number, key: KeptAnalysisKey): ArticleAnalysis | undefined {
    const entry = this.#entries.get(article);
    if (!entry || entry.key !== keyOf(key)) return undefined;
    this.#entries.delete(article);
    this.#entries.set(article, entry);
    return entry.analysis;
  }

  /** Decodes what encodeAnalysis wrote for `article` under this key, and keeps it. */
  decode(article: number, key: KeptAnalysisKey, bytes: Buffer): ArticleAnalysis {
    const analysis = deepFreeze(decodeAnalysis(bytes));
    const old = this.#entries.get(article);
    if (old) {
      this.#entries.delete(article);
      this.#bytes -= old.bytes;
    }
    if (bytes.length > this.maxBytes) return analysis;
    this.#entries.set(article, { key: keyOf(key), bytes: bytes.length, analysis });
    this.#bytes += bytes.length;
    for (const [id, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(id);
      this.#bytes -= entry.bytes;
    }
    return analysis;
  }
}
