import type { AnalyzedDocument } from '../model/index.js';

/**
 * True when a document is a kept analysis: frozen, it is what the store decodes once and hands to every briefing of its
 * story (see the store's AnalysisDecoder), so what a later stage derives from it alone may be kept with it.
 */
export const isKeptDocument = (doc: AnalyzedDocument): boolean => Object.isFrozen(doc);

/**
 * What a later stage derives from one document alone, kept with a kept document (`isKeptDocument`) for as long as the
 * document lives, derived afresh for any other (a memo of a document briefed once would only hold memory).
 * @example const unitsOf = keptWithDocument((doc) => cutDocument(doc));
 */
export function keptWithDocument<T>(derive: (doc: AnalyzedDocument) => T): (doc: AnalyzedDocument) => T {
  const kept = new WeakMap<AnalyzedDocument, T>();
  return (doc) => {
    if (!isKeptDocument(doc)) return derive(doc);
    let value = kept.get(doc);
    if (value === undefined) kept.set(doc, (value = derive(doc)));
    return value;
  };
}
