import type { AnalyzedDocument } from '../model/index.js';
import { isKeptDocument } from './kept-document.js';

/**
 * What a later stage derives from an ordered pair of kept documents alone (`isKeptDocument` both), kept for as long as
 * both live: a re-brief after one added article derives it only for the new article's pairs. Keyed weakly on both
 * documents (nothing is kept alive by the memo); a pair with a fresh document is never kept (`get` gives undefined
 * and `set` does nothing). The value must depend on the two documents alone, never on the rest of the story.
 * @example const pairs = keptPairMemo<Syndication | null>(); pairs.get(a, b) ?? pairs.set(a, b, compare(a, b));
 */
export interface KeptPairMemo<T> {
  /** The value kept for (a, b) in this order, or undefined. */
  get(a: AnalyzedDocument, b: AnalyzedDocument): T | undefined;
  /** Keeps the value for (a, b) when both are kept documents; returns it. */
  set(a: AnalyzedDocument, b: AnalyzedDocument, value: T): T;
}

export function keptPairMemo<T>(): KeptPairMemo<T> {
  const byFirst = new WeakMap<AnalyzedDocument, WeakMap<AnalyzedDocument, T>>();
  return {
    get: (a, b) => byFirst.get(a)?.get(b),
    set: (a, b, value) => {
      if (!isKeptDocument(a) || !isKeptDocument(b)) return value;
      let bySecond = byFirst.get(a);
      if (!bySecond) byFirst.set(a, (bySecond = new WeakMap()));
      bySecond.set(b, value);
      return value;
    },
  };
}

const SPAN_LIMIT = 2 ** 26;

/**
 * What a later stage derives from a span of one kept document alone (`derive(doc, start, end)`), kept with the
 * document for as long as it lives, derived afresh for any other document (as `keptWithDocument`). Spans are
 * character offsets within the document's text.
 * @example const polarityOf = keptWithSpan((doc, start, end) => findNegations(doc, start, end));
 */
export function keptWithSpan<T>(derive: (doc: AnalyzedDocument, start: number, end: number) => T): (doc: AnalyzedDocument, start: number, end: number) => T {
  const kept = new WeakMap<AnalyzedDocument, Map<number, T>>();
  return (doc, start, end) => {
    if (!isKeptDocument(doc) || !(start >= 0 && end >= 0 && end < SPAN_LIMIT && start < SPAN_LIMIT)) return derive(doc, start, end);
    let spans = kept.get(doc);
    if (!spans) kept.set(doc, (spans = new Map()));
    // One number per span (a span past the limit is derived afresh: articles are cut far before it).
    const key = start * SPAN_LIMIT + end;
    let value = spans.get(key);
    if (value === undefined) spans.set(key, (value = derive(doc, start, end)));
    return value;
  };
}
