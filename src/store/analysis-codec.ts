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
