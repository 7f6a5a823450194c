import type { AnalyzedDocument, Evidence } from '../model/index.js';
import { splitClauses, termTokensIn, type TermToken } from '../analyze/index.js';

/** A clause of a source sentence: what alignment compares across sources. */
export interface TextUnit extends Evidence {
  /** Position in the story's list of units. */
  readonly index: number;
  /** True when the unit is the whole sentence. */
  readonly whole: boolean;
  readonly tokens: readonly TermToken[];
  /** Distinct terms, sorted. */
  readonly terms: readonly string[];
  /** Pairs of consecutive terms ("stabl democrat"). */
  readonly bigrams: ReadonlySet<string>;
}

/** Cuts every sentence of every document into clause units, in source and sentence order. */
export function buildUnits(docs: readonly AnalyzedDocument[]): TextUnit[] {
  const units: TextUnit[] = [];
  for (const doc of docs) for (const unit of documentUnits(doc)) units.push({ ...unit, index: units.length });
  return units;
}

// A document's units (numbered from 0) by document: they depend on the document alone, so a document briefed again (a
// kept analysis, see relabelAnalysis) is cut once. Nothing changes a unit after it is made.
const cut = new WeakMap<AnalyzedDocument, readonly TextUnit[]>();

function documentUnits(doc: AnalyzedDocument): readonly TextUnit[] {
  const kept = cut.get(doc);
  if (kept) return kept;
  const units: TextUnit[] = [];
  for (const sentence of doc.sentences) {
    const clauses = splitClauses(doc.text, sentence.start, sentence.end);
    for (const clause of clauses) {
      const tokens = termTokensIn(doc, clause.start, clause.end);
      units.push({
        index: units.length,
        source: doc.source,
        sentence: sentence.index,
        start: clause.start,
        end: clause.end,
        text: doc.text.slice(clause.start, clause.end),
        whole: clauses.length === 1,
        tokens,
        terms: [...new Set(tokens.map((token) => token.term))].sort(),
        bigrams: new Set(tokens.slice(1).map((token, i) => `${tokens[i]!.term} ${token.term}`)),
      });
    }
  }
  cut.set(doc, units);
  return units;
}
