import type { AnalyzedDocument, Evidence, Fact, Sentence, SourceId, SummarySentence } from '../model/index.js';
import type { Candidate } from './01-candidates.js';
import { readCheckable, supportsCitation } from './cite-support.js';

/** Options for `citeSources`. */
export interface CiteOptions {
  /** Share of the summary sentence's idf-weighted content another sentence must contain. */
  readonly minContainment: number;
  /** Fewest shared content terms for a citation. */
  readonly minSharedTerms: number;
}

export const DEFAULT_CITE_OPTIONS: CiteOptions = { minContainment: 0.5, minSharedTerms: 3 };

function evidenceOf(sentence: Sentence): Evidence {
  return { source: sentence.source, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text };
}

/** The evidence of a chosen candidate: its sentence, or the sentences a split quotation runs over. */
function candidateEvidence(candidate: Candidate, docs: readonly AnalyzedDocument[]): Evidence {
  const { sentence, last } = candidate;
  if (last === sentence) return evidenceOf(sentence);
  const text = docs[candidate.document]!.text.slice(sentence.start, last.end);
  return { source: sentence.source, sentence: sentence.index, start: sentence.start, end: last.end, text };
}

/**
 * Turns selected sentences into summary sentences that cite every source reporting the same
 * information: for each other source, its sentence containing most of this one's weighted content.
 */
export function citeSources(
  chosen: readonly Candidate[],
  docs: readonly AnalyzedDocument[],
  options: CiteOptions = DEFAULT_CITE_OPTIONS,
  facts: readonly Fact[] = [],
): SummarySentence[] {
  // Each sentence's distinct terms (in order of first appearance), once for the story rather than once per summary
  // sentence; the story's sentences numbered in document and sentence order; for each term, by its number in
  // `termIndex`, the sentences that have it. One map lookup per term occurrence, no set per sentence.
  const termIndex = new Map<string, number>();
  const postingLists: number[][] = [];
  const lastSeen: number[] = [];
  const numbered: { readonly doc: number; readonly sentence: number }[] = [];
  const distinct = docs.map((doc, d) =>
    doc.sentences.map((other, o) => {
      const g = numbered.length;
      const terms: string[] = [];
      for (const term of other.terms) {
        let t = termIndex.get(term);
        if (t === undefined) {
          t = postingLists.length;
          termIndex.set(term, t);
          postingLists.push([]);
          lastSeen.push(-1);
        }
        if (lastSeen[t] === g) continue;
        lastSeen[t] = g;
        terms.push(term);
        postingLists[t]!.push(g);
      }
      numbered.push({ doc: d, sentence: o });
      return terms;
    }),
  );
  // Inverse sentence frequency of every term over all sentences of the story.
  const idf = new Map<string, number>();
  termIndex.forEach((t, term) => idf.set(term, Math.log((numbered.length + 1) / postingLists[t]!.length)));
  const weight = (terms: Iterable<string>): number => {
    let sum = 0;
    for (const term of terms) sum += idf.get(term) ?? 0;
    return sum;
  };
  const counts = new Int32Array(numbered.length);
  const byId = new Map(docs.map((doc) => [doc.source, doc]));
  return chosen.map((candidate) => {
    const { sentence, text } = candidate;
    const span = candidateEvidence(candidate, docs);
    const own = new Set(candidate.last === sentence ? sentence.terms : candidate.terms);
    const ownWeight = weight(own);
    const evidence: Evidence[] = [span];
    // A source is cited only when its passage holds the sentence's figures, names and quoted words.
    const checkable = readCheckable(text);
    const supports = (item: Evidence): boolean => supportsCitation(checkable, byId.get(item.source)!, item);
    // Only sentences sharing enough terms can be cited: found through the postings, then scored as before, each
    // document's sentences in order (the first of equally good ones wins).
    const touched: number[] = [];
    if (ownWeight > 0) {
      for (const term of own) {
        const t = termIndex.get(term);
        if (t !== undefined) for (const g of postingLists[t]!) if (counts[g]!++ === 0) touched.push(g);
      }
    }
    touched.sort((a, b) => a - b);
    const best = new Map<number, { sentence: Sentence; score: number }>();
    for (const g of touched) {
      const count = counts[g]!;
      counts[g] = 0;
      const { doc: d, sentence: o } = numbered[g]!;
      if (count < options.minSharedTerms || docs[d]!.source === sentence.source) continue;
      const shared = distinct[d]![o]!.filter((term) => own.has(term));
      const score = weight(shared) / ownWeight;
      if (score > (best.get(d)?.score ?? 0)) best.set(d, { sentence: docs[d]!.sentences[o]!, score });
    }
    for (const [, found] of [...best].sort((a, b) => a[0] - b[0])) {
      if (found.score >= options.minContainment && supports(evidenceOf(found.sentence))) evidence.push(evidenceOf(found.sentence));
    }
    // Fact groups aligned across sources (paraphrases included) add every source of the group.
    const cited = new Set(evidence.map((item) => item.source));
    for (const fact of facts) {
      if (fact.sources.length < 2 || !fact.evidence.some((item) => overlaps(item, span))) continue;
      for (const item of fact.evidence) {
        if (!cited.has(item.source) && supports(item)) {
          cited.add(item.source);
          evidence.push(item);
        }
      }
    }
    const sources: SourceId[] = [...new Set(evidence.map((item) => item.source))].sort(compareSourceIds);
    // The sentence's own evidence stays first; the other sources follow in source order.
    const [first, ...others] = evidence;
    return { text, sources, evidence: [first!, ...others.sort((a, b) => compareSourceIds(a.source, b.source))] };
  });
}

function overlaps(item: Evidence, span: Evidence): boolean {
  return item.source === span.source && item.start < span.end && item.end > span.start;
}

/** Orders source ids "S2" < "S10" numerically. */
export function compareSourceIds(a: SourceId, b: SourceId): number {
  return Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b);
}
