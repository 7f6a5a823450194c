import type { AnalyzedDocument, Conflict, Evidence, FactGroup, NumberMention } from '../model/index.js';
import { termTokensIn } from './doc-terms.js';
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

// The two numbers must count the same thing: a content word right next to them (three words either side) is shared.
function sameQuantity(a: NumberClaim, b: NumberClaim): boolean {
  const left = contextTerms(a.doc, a.evidence, a.mention, 3);
  const right = contextTerms(b.doc, b.evidence, b.mention, 3);
  return [...left].some((term) => right.has(term));
}

// Numbers two clauses share are set aside pairwise, equal values first and then the closest agreeing ones
// ("72" with "about 72", not "about 72" with "63"); what is left, one number on each side, is compared.
function leftovers(a: readonly NumberClaim[], b: readonly NumberClaim[]): [NumberClaim[], NumberClaim[]] {
  const left = [...a];
  const right = [...b];
  const candidates: [number, number, number][] = [];
  left.forEach((x, i) => right.forEach((y, j) => {
    if (agree(x, y)) candidates.push([Math.abs(x.mention.value - y.mention.value) / Math.max(1e-9, Math.abs(x.mention.value)), i, j]);
  }));
  candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  for (const [, i, j] of candidates) {
    if (usedLeft.has(i) || usedRight.has(j)) continue;
    usedLeft.add(i);
    usedRight.add(j);
  }
  return [left.filter((_, i) => !usedLeft.has(i)), right.filter((_, j) => !usedRight.has(j))];
}

function hasValue(doc: AnalyzedDocument, evidence: Evidence, value: number): boolean {
  return mentionsIn(doc.numbers, evidence).some((mention) => mention.value === value);
}

// The first content word after a number ("$150 per game", "50 cases of"), within three words.
function headAfter(claim: NumberClaim): string | null {
  const next = termTokensIn(claim.doc, claim.mention.end, Math.min(claim.evidence.end, claim.mention.end + 30))[0];
  return next ? next.term : null;
}

// Several numbers of a unit on one side, one on the other: the one followed by the same word is its counterpart.
function pickCounterpart(single: NumberClaim, many: readonly NumberClaim[]): NumberClaim | null {
  const head = headAfter(single);
  if (head === null) return null;
  const matches = many.filter((claim) => headAfter(claim) === head);
  return matches.length === 1 ? matches[0]! : null;
}

/** The number left on each side once shared numbers are set aside, when it is clear which faces which. */
function facingPair(a: readonly NumberClaim[], b: readonly NumberClaim[], close: boolean): [NumberClaim, NumberClaim] | null {
  const [left, right] = leftovers(a, b);
  if (left.length === 1 && right.length === 1) return [left[0]!, right[0]!];
  if (!close) return null;
  if (left.length === 1 && right.length > 1) {
    const other = pickCounterpart(left[0]!, right);
    return other ? [left[0]!, other] : null;
  }
  if (right.length === 1 && left.length > 1) {
    const other = pickCounterpart(right[0]!, left);
    return other ? [other, right[0]!] : null;
  }
  return null;
}

// Clauses aligned this closely report the same thing; looser ones need a shared word next to the numbers.
const CLOSE_ALIGNMENT = 0.5;

/**
 * Different numbers for the same quantity in aligned clauses: same unit, numbers both clauses share set
 * aside, one number of that unit left facing one on the other side, ranges that cannot both hold ("almost
 * three decades" and "more than a quarter-century" can), and, unless the clauses are closely aligned, a
 * shared word next to the numbers.
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
          const pair = facingPair(perEvidence[i]!.filter((c) => c.unit === unit), perEvidence[j]!.filter((c) => c.unit === unit), group.cohesion >= CLOSE_ALIGNMENT);
          if (!pair || agree(pair[0], pair[1])) continue;
          // "Cummings, 20, and an 18-year-old friend" against "20-year-old Connor Cummings": the figure is there, counted otherwise.
          if (hasValue(docs.get(pair[1].evidence.source)!, pair[1].evidence, pair[0].mention.value) || hasValue(docs.get(pair[0].evidence.source)!, pair[0].evidence, pair[1].mention.value)) continue;
          if (group.cohesion < CLOSE_ALIGNMENT && !sameQuantity(pair[0], pair[1])) continue;
          involved.add(pair[0]).add(pair[1]);
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
