import type { Conflict, ConflictSide, CrossSourceAnalysis, Diagnostic, Quote, SourceView, Syndication } from '../model/index.js';

/**
 * Caps on the lists of a briefing that grow with pairs of sources rather than with the sources themselves, so that
 * a briefing's size grows at most linearly with its input. What is cut is named in one `briefing-capped` diagnostic.
 */
export interface OutputLimits {
  /** Most conflicts listed: those involving most sources (default 200). */
  readonly maxConflicts: number;
  /** Most sides of one conflict: those with most sources (default 8). */
  readonly maxConflictSides: number;
  /** Most evidence passages of one conflict side; its `sources` stay complete (default 10). */
  readonly maxSideEvidence: number;
  /** Most syndicated pairs listed: those sharing most words (default 200). */
  readonly maxSyndicationPairs: number;
  /** Most shared passages of one syndicated pair: the longest (default 50). */
  readonly maxSyndicationPassages: number;
  /** Most variant wordings of one quote (default 10). */
  readonly maxQuoteVariants: number;
  /** Most consensus facts one source is said to leave out, in fact order (default 50). */
  readonly maxSourceOmits: number;
}

/** Default output limits. */
export const DEFAULT_OUTPUT_LIMITS: OutputLimits = {
  maxConflicts: 200,
  maxConflictSides: 8,
  maxSideEvidence: 10,
  maxSyndicationPairs: 200,
  maxSyndicationPassages: 50,
  maxQuoteVariants: 10,
  maxSourceOmits: 50,
};

const format = (n: number) => n.toLocaleString('en-US');

// The `limit` items ranked first by `weight` (descending; ties keep their order), returned in their original order.
function keepHeaviest<T>(items: readonly T[], limit: number, weight: (item: T) => number): T[] {
  if (items.length <= limit) return [...items];
  const kept = items
    .map((item, index) => ({ index, weight: weight(item) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
  return kept.map((index) => items[index]!);
}

const sourcesOf = (conflict: Conflict) => new Set(conflict.sides.flatMap((side) => side.sources)).size;

/**
 * Applies the output limits to a cross-source analysis; lists under their limit come back as they are. Returns the
 * bounded analysis and, when anything was cut, one info diagnostic saying what.
 */
export function boundAnalysis<T extends CrossSourceAnalysis>(analysis: T, limits: Partial<OutputLimits> = {}): { analysis: T; diagnostics: Diagnostic[] } {
  const max = { ...DEFAULT_OUTPUT_LIMITS, ...limits };
  const notes: string[] = [];
  let cutSides = 0;
  let cutEvidence = 0;
  const conflicts = keepHeaviest(analysis.conflicts, max.maxConflicts, sourcesOf).map((conflict): Conflict => {
    const sides = keepHeaviest(conflict.sides, max.maxConflictSides, (side) => side.sources.length);
    cutSides += conflict.sides.length - sides.length;
    const bounded = sides.map((side): ConflictSide => {
      if (side.evidence.length <= max.maxSideEvidence) return side;
      cutEvidence += side.evidence.length - max.maxSideEvidence;
      return { ...side, evidence: side.evidence.slice(0, max.maxSideEvidence) };
    });
    return sides.length === conflict.sides.length && bounded.every((side, i) => side === sides[i]) ? conflict : { ...conflict, sides: bounded };
  });
  if (conflicts.length < analysis.conflicts.length)
    notes.push(
      `${format(analysis.conflicts.length - conflicts.length)} of ${format(analysis.conflicts.length)} conflicts (kept the ${format(conflicts.length)} involving most sources)`,
    );
  if (cutSides > 0) notes.push(`${format(cutSides)} conflict sides (at most ${max.maxConflictSides} a conflict, those with most sources)`);
  if (cutEvidence > 0) notes.push(`${format(cutEvidence)} passages of conflict sides (at most ${max.maxSideEvidence} a side; its sources are all listed)`);

  let cutPassages = 0;
  const syndication = keepHeaviest(analysis.syndication, max.maxSyndicationPairs, (pair) => pair.sharedWords).map((pair): Syndication => {
    if (pair.passages.length <= max.maxSyndicationPassages) return pair;
    cutPassages += pair.passages.length - max.maxSyndicationPassages;
    return { ...pair, passages: keepHeaviest(pair.passages, max.maxSyndicationPassages, (passage) => passage.length) };
  });
  if (syndication.length < analysis.syndication.length)
    notes.push(
      `${format(analysis.syndication.length - syndication.length)} of ${format(analysis.syndication.length)} syndicated pairs (kept the ${format(syndication.length)} sharing most words)`,
    );
  if (cutPassages > 0) notes.push(`${format(cutPassages)} shared passages (at most ${max.maxSyndicationPassages} a pair, the longest)`);

  let cutVariants = 0;
  const quotes = analysis.quotes.map((quote): Quote => {
    if (quote.variants.length <= max.maxQuoteVariants) return quote;
    cutVariants += quote.variants.length - max.maxQuoteVariants;
    return { ...quote, variants: quote.variants.slice(0, max.maxQuoteVariants) };
  });
  if (cutVariants > 0) notes.push(`${format(cutVariants)} quote variants (at most ${max.maxQuoteVariants} a quote)`);

  let cutOmits = 0;
  const perSource = analysis.perSource.map((view): SourceView => {
    if (view.omits.length <= max.maxSourceOmits) return view;
    cutOmits += view.omits.length - max.maxSourceOmits;
    return { ...view, omits: view.omits.slice(0, max.maxSourceOmits) };
  });
  if (cutOmits > 0) notes.push(`${format(cutOmits)} facts listed as left out by a source (at most ${max.maxSourceOmits} a source)`);

  if (notes.length === 0) return { analysis, diagnostics: [] };
  const diagnostic: Diagnostic = {
    severity: 'info',
    code: 'briefing-capped',
    message: `left out to keep the briefing readable and its size in proportion to the articles: ${notes.join('; ')}`,
    source: null,
  };
  return { analysis: { ...analysis, conflicts, syndication, quotes, perSource }, diagnostics: [diagnostic] };
}
