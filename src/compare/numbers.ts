import type { AnalyzedDocument, Conflict, Evidence, FactGroup, NumberMention } from '../model/index.js';
import { buildSides, contextTerms, describeAround, groupAgreeing, mentionsIn } from './mentions.js';
import { normalizeQuantity, rangeOf, rangesDisagree } from './number-range.js';
import { listSources, sayVerb } from './text.js';

interface NumberClaim {
  readonly mention: NumberMention;
  readonly evidence: Evidence;
  readonly doc: AnalyzedDocument;
  readonly unit: string;
  readonly value: string;
}

function isYearLike(mention: NumberMention): boolean {
  return Number.isInteger(mention.value) && mention.value >= 1800 && mention.value <= 2100 && (mention.unit === null || mention.unit === 'year');
}

function agree(a: NumberClaim, b: NumberClaim): boolean {
  return !rangesDisagree(rangeOf(a.mention, a.doc.text), rangeOf(b.mention, b.doc.text));
}

// The two numbers must count the same thing: some content word next to them is shared.
function sameQuantity(a: NumberClaim, b: NumberClaim): boolean {
  const left = contextTerms(a.doc, a.evidence, a.mention);
  const right = contextTerms(b.doc, b.evidence, b.mention);
  return [...left].some((term) => right.has(term));
}

// Numbers two clauses share are set aside pairwise; what is left, one number on each side, is compared.
function leftovers(a: readonly NumberClaim[], b: readonly NumberClaim[]): [NumberClaim[], NumberClaim[]] {
  const left = [...a];
  const right = [...b];
  for (let i = left.length - 1; i >= 0; i--) {
    const match = right.findIndex((claim) => agree(left[i]!, claim));
    if (match < 0) continue;
    left.splice(i, 1);
    right.splice(match, 1);
  }
  return [left, right];
}

/**
 * Different numbers for the same quantity in aligned clauses: same unit, numbers both clauses share set
 * aside, one number of that unit left on each side, ranges that cannot both hold ("almost three decades"
 * and "more than a quarter-century" can), and a shared word next to the numbers.
 */
export function findNumberConflicts(groups: readonly FactGroup[], docs: ReadonlyMap<string, AnalyzedDocument>): Omit<Conflict, 'id'>[] {
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const group of groups) {
    if (group.evidence.length < 2) continue;
    const perEvidence = group.evidence.map((evidence) => {
      const doc = docs.get(evidence.source)!;
      return mentionsIn(doc.numbers, evidence)
        .filter((mention) => mention.unit !== null && !isYearLike(mention))
        .map((mention): NumberClaim => ({ mention, evidence, doc, unit: normalizeQuantity(mention).unit, value: mention.text }));
    });
    const units = [...new Set(perEvidence.flat().map((claim) => claim.unit))].sort();
    for (const unit of units) {
      const involved = new Set<NumberClaim>();
      for (let i = 0; i < perEvidence.length; i++) {
        for (let j = i + 1; j < perEvidence.length; j++) {
          const [left, right] = leftovers(perEvidence[i]!.filter((c) => c.unit === unit), perEvidence[j]!.filter((c) => c.unit === unit));
          if (left.length !== 1 || right.length !== 1 || agree(left[0]!, right[0]!) || !sameQuantity(left[0]!, right[0]!)) continue;
          involved.add(left[0]!).add(right[0]!);
        }
      }
      if (involved.size < 2) continue;
      const sides = groupAgreeing([...involved], agree);
      if (sides.length < 2) continue;
      const first = sides[0]![0]!;
      const label = describeAround(first.doc, first.evidence, first.mention, 2, 4) || unit;
      const sideSources = sides.map((side) => side.map((claim) => claim.evidence.source));
      conflicts.push({
        kind: 'number',
        topic: label,
        note: `The sources give different numbers: ${sides.map((side, index) => `${listSources(sideSources[index]!)} ${sayVerb(sideSources[index]!)} “${side[0]!.value}”`).join(', ')}.`,
        sides: buildSides(sides.map((side) => side.map((claim) => ({ value: claim.value, evidence: claim.evidence })))),
      });
    }
  }
  return conflicts;
}
