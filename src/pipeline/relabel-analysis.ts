import type { AnalyzedDocument, Article, ArticleAnalysis, Diagnostic, SourceId } from '../model/index.js';
import { isKeptDocument } from '../analyze/index.js';

/**
 * Moves a kept analysis to another position in a briefing: `article` (the same article, ingested at its new
 * position) replaces `clean.article`, and its id replaces the old source id in the document, every sentence and
 * mention, and the diagnostics (whose input becomes the new origin). Offsets are per text and stay as they are.
 * @example relabelAnalysis(analysisMadeAsS1, { ...article, id: 'S7' }).doc?.sentences[0]?.source // 'S7'
 */
export function relabelAnalysis(analysis: ArticleAnalysis, article: Article): ArticleAnalysis {
  if (typeof article?.id !== 'string' || !analysis?.clean?.article) {
    throw new TypeError(`relabelAnalysis: expected an ArticleAnalysis and an Article with an id, got ${typeof analysis} and ${typeof article}`);
  }
  const before = analysis.clean.article;
  if (before === article) return analysis;
  const diagnostics = analysis.diagnostics.map((d) => relabelDiagnostic(d, before, article));
  const clean = { ...analysis.clean, article };
  const doc = analysis.doc && before.id !== article.id ? relabelDocument(analysis.doc, article.id) : analysis.doc;
  return { clean, doc, diagnostics };
}

function relabelDiagnostic(diagnostic: Diagnostic, before: Article, article: Article): Diagnostic {
  const source = diagnostic.source === before.id ? article.id : diagnostic.source;
  if (diagnostic.input === undefined || diagnostic.input !== before.origin) return { ...diagnostic, source };
  return { ...diagnostic, source, input: article.origin };
}

// The relabelled document by document and source id: a kept analysis briefed again at the same position (the
// store hands back the same decoded object) gets the same document, so that what later stages derive from a document
// alone can be kept with it. Documents are read-only data; the memo goes with the document.
const relabelled = new WeakMap<AnalyzedDocument, Map<SourceId, AnalyzedDocument>>();

function relabelDocument(doc: AnalyzedDocument, source: SourceId): AnalyzedDocument {
  let bySource = relabelled.get(doc);
  if (!bySource) relabelled.set(doc, (bySource = new Map()));
  let moved = bySource.get(source);
  if (!moved) {
    moved = moveDocument(doc, source);
    bySource.set(source, isKeptDocument(doc) ? freezeMoved(moved) : moved);
  }
  return moved;
}

// A kept document (frozen, shared by many briefings) is moved into a kept one.
function freezeMoved(doc: AnalyzedDocument): AnalyzedDocument {
  for (const list of [doc.sentences, doc.entities, doc.quotes, doc.attributions, doc.dates, doc.numbers]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  return Object.freeze(doc);
}

function moveDocument(doc: AnalyzedDocument, source: SourceId): AnalyzedDocument {
  const move = <T extends { readonly source: SourceId }>(items: readonly T[]): T[] => items.map((item) => ({ ...item, source }));
  return {
    ...doc,
    source,
    sentences: move(doc.sentences),
    entities: move(doc.entities),
    quotes: move(doc.quotes),
    attributions: move(doc.attributions),
    dates: move(doc.dates),
    numbers: move(doc.numbers),
  };
}
