import type { AnalyzedDocument, Evidence, SourceId } from '../model/index.js';
import { termTokensIn } from '../analyze/index.js';

const isFigure = (term: string): boolean => /^\d/.test(term);

/** The figures of a passage ("five" as "5"), from its document's token table. */
function figuresOf(doc: AnalyzedDocument | undefined, evidence: Evidence): ReadonlySet<string> {
  const figures = new Set<string>();
  if (!doc) return figures;
  for (const token of termTokensIn(doc, evidence.start, evidence.end)) if (isFigure(token.term)) figures.add(token.term);
  return figures;
}

const agree = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === 0 || b.size === 0 || [...a].some((figure) => b.has(figure));

/**
 * The passages of an aligned group that state one fact as far as its figures tell: two passages that both give
 * figures and share none do not report one statement ("lived 160 million years ago" and "ten million years later";
 * "3.8 pounds per visit" and "a median follow-up of 4.7 years"). Where they say the same thing with another value,
 * the conflict stages report it; what is left is not a fact both report. Keeps the largest set of passages that
 * agree two by two, grown from the passage that agrees with most others (ties: one with figures, then `preferred`,
 * then passage order); passage order is kept.
 */
export function keepAgreeingFigures(evidence: readonly Evidence[], docs: ReadonlyMap<SourceId, AnalyzedDocument>, preferred?: string): readonly Evidence[] {
  const figures = evidence.map((item) => figuresOf(docs.get(item.source), item));
  if (figures.filter((set) => set.size > 0).length < 2) return evidence;
  const agreeing = figures.map((own, i) => figures.filter((other, j) => i !== j && agree(own, other)).length);
  if (agreeing.every((count) => count === evidence.length - 1)) return evidence;
  const order = evidence
    .map((_, index) => index)
    .sort(
      (i, j) =>
        agreeing[j]! - agreeing[i]! ||
        Number(figures[j]!.size > 0) - Number(figures[i]!.size > 0) ||
        Number(evidence[j]!.text === preferred) - Number(evidence[i]!.text === preferred) ||
        i - j,
    );
  const kept: number[] = [];
  for (const index of order) if (kept.every((other) => agree(figures[index]!, figures[other]!))) kept.push(index);
  return kept.sort((i, j) => i - j).map((index) => evidence[index]!);
}
