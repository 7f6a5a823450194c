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

/**
 * Decodes kept analyses, handing back the same (frozen) object for the same stored bytes: a story briefed again
 * after one article was added decodes only that article's analysis, and later stages see the same documents as last
 * time. Keyed by article id, checked against the bytes (so a replaced or reused row is decoded afresh); holds at most
 * `maxBytes` of encoded analyses, the least recently used leaving first.
 */
export class AnalysisDecoder {
  readonly #entries = new Map<number, { readonly bytes: Buffer; readonly analysis: ArticleAnalysis }>();
  #bytes = 0;

  constructor(readonly maxBytes = 64 * 1024 * 1024) {}

  /** The analysis stored as `bytes` for `article`. */
  decode(article: number, bytes: Buffer): ArticleAnalysis {
    const entry = this.#entries.get(article);
    if (entry) {
      this.#entries.delete(article);
      this.#bytes -= entry.bytes.length;
      if (entry.bytes.equals(bytes)) {
        this.#keep(article, entry);
        return entry.analysis;
      }
    }
    const analysis = deepFreeze(decodeAnalysis(bytes));
    // A copy: the driver's buffer may be a view of a larger one.
    if (bytes.length <= this.maxBytes) this.#keep(article, { bytes: Buffer.from(bytes), analysis });
    return analysis;
  }

  #keep(article: number, entry: { readonly bytes: Buffer; readonly analysis: ArticleAnalysis }): void {
    this.#entries.set(article, entry);
    this.#bytes += entry.bytes.length;
    for (const [key, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(key);
      this.#bytes -= old.bytes.length;
    }
  }
}
