import type { AnalyzedDocument, Evidence } from '../model/index.js';
import { isKeptDocument, keptWithDocument, splitClauses, termRoot, termTokensIn, type TermToken } from '../analyze/index.js';

/** A clause of a source sentence: what alignment compares across sources. */
export interface TextUnit extends Evidence {
  /** Position in the story's list of units. */
  readonly index: number;
  /** True when the unit is the whole sentence. */
  readonly whole: boolean;
  readonly tokens: readonly TermToken[];
  /** Distinct roots of the terms (`termRoot`: "examination" and "examined" meet), sorted. */
  readonly terms: readonly string[];
  /** Pairs of consecutive terms ("stabl democrat"). */
  readonly bigrams: ReadonlySet<string>;
}

/** Cuts every sentence of every document into clause units, in source and sentence order. */
export function buildUnits(docs: readonly AnalyzedDocument[]): TextUnit[] {
  const units: TextUnit[] = [];
  for (const doc of docs) {
    if (!isKeptDocument(doc)) cutDocument(doc, units);
    else for (const unit of keptUnits(doc)) units.push({ ...unit, index: units.length });
  }
  return units;
}

// A kept document's units (numbered from 0), cut once for every briefing of its story. Their token lists are frozen:
// what is derived from a kept unit alone may be kept with its token list (shared by every briefing's copy of the unit).
const keptUnits = keptWithDocument((doc): readonly TextUnit[] => {
  const units = cutDocument(doc, []);
  for (const unit of units) Object.freeze(unit.tokens);
  return units;
});

// Cuts a document's sentences into units, added to `units` (numbered on from its length).
function cutDocument(doc: AnalyzedDocument, units: TextUnit[]): TextUnit[] {
  for (const sentence of doc.sentences) {
    const clauses = splitClauses(doc.text, sentence.start, sentence.end);
    for (const clause of clauses) {
      const tokens = termTokensIn(doc, clause.start, clause.end);
      const roots = tokens.map((token) => termRoot(token.term));
      units.push({
        index: units.length,
        source: doc.source,
        sentence: sentence.index,
        start: clause.start,
        end: clause.end,
        text: doc.text.slice(clause.start, clause.end),
        whole: clauses.length === 1,
        tokens,
        terms: [...new Set(roots)].sort(),
        bigrams: new Set(roots.slice(1).map((root, i) => `${roots[i]!} ${root}`)),
      });
    }
  }
  return units;
}
