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

/**
 * Different numbers for the same quantity in aligned clauses: same unit, one mention of that unit per
 * clause, ranges that cannot both hold ("almost three decades" and "more than a quarter-century" can),
 * and a shared word next to the numbers.
 */
export function findNumberConflicts(groups: readonly FactGroup[], docs: ReadonlyMap<string, AnalyzedDocument>): Omit<Conflict, 'id'>[] {
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const group of groups) {
    if (group.evidence.length < 2) continue;
    const byUnit = new Map<string, NumberClaim[]>();
    for (const evidence of group.evidence) {
      const doc = docs.get(evidence.source)!;
      const mentions = mentionsIn(doc.numbers, evidence).filter((mention) => mention.unit !== null && !isYearLike(mention));
      const units = new Map<string, NumberMention[]>();
      for (const mention of mentions) {
        const unit = normalizeQuantity(mention).unit;
        units.set(unit, [...(units.get(unit) ?? []), mention]);
      }
      for (const [unit, list] of units) {
        if (list.length !== 1) continue;
        byUnit.set(unit, [...(byUnit.get(unit) ?? []), { mention: list[0]!, evidence, doc, unit, value: list[0]!.text }]);
      }
    }
    for (const [unit, claims] of byUnit) {
      if (claims.length < 2) continue;
      const sides = groupAgreeing(claims, agree);
      if (sides.length < 2) continue;
      const [first, second] = [sides[0]![0]!, sides[1]![0]!];
      if (!sameQuantity(first, second)) continue;
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
