import { termOfWord, termTokensIn } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, EntityMention, Evidence, FactGroup, NumberMention } from '../../model/index.js';
import { buildSides, contextTerms, describeAround, groupAgreeing, mentionsIn } from './mentions.js';
import { normalizeQuantity, rangeOf, rangesDisagree } from './number-range.js';
import { listSources, sayVerb } from '../text.js';

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

// The unit analyze gives an age ("36-year-old", "aged 36", "Sementilli, 49,").
const AGE_UNIT = 'year-old';

// A length or a duration given in two units was converted and rounded by someone ("10 kilometres", "six miles").
const CONVERSION_TOLERANCE = 0.1;

function agree(a: NumberClaim, b: NumberClaim): boolean {
  // Ages are whole years, never rounded: 94 and 95 differ.
  if (a.unit === AGE_UNIT && b.unit === AGE_UNIT && !a.mention.approximate && !b.mention.approximate) return a.mention.value === b.mention.value;
  const x = rangeOf(a.mention, a.doc.text);
  const y = rangeOf(b.mention, b.doc.text);
  if ((a.mention.unit ?? '') === (b.mention.unit ?? '')) return !rangesDisagree(x, y);
  const widen = (range: typeof x) => ({ low: range.low * (1 - CONVERSION_TOLERANCE), high: range.high * (1 + CONVERSION_TOLERANCE) });
  return !rangesDisagree(widen(x), widen(y));
}

// The content word right before and right after a number, within its stretch of text between punctuation.
function neighbours(claim: NumberClaim): [string | null, string | null] {
  const text = claim.doc.text;
  const start = Math.max(claim.evidence.start, claim.mention.start - 40);
  const before = text.slice(start, claim.mention.start);
  const after = text.slice(claim.mention.end, Math.min(claim.evidence.end, claim.mention.end + 40));
  const stop = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('—'));
  const from = start + stop + 1;
  const cut = after.search(/[,;:()—–]/);
  const to = claim.mention.end + (cut < 0 ? after.length : cut);
  const left = termTokensIn(claim.doc, from, claim.mention.start);
  const right = termTokensIn(claim.doc, claim.mention.end, to);
  return [left[left.length - 1]?.term ?? null, right[0]?.term ?? null];
}

// The two numbers must count the same thing: a content word right next to them is the same on one side at
// least ("fired 97 rockets … hit" against "fired more than 300 rockets into" is two different counts).
function sameQuantity(a: NumberClaim, b: NumberClaim): boolean {
  const left = contextTerms(a.doc, a.evidence, a.mention, 3);
  const right = contextTerms(b.doc, b.evidence, b.mention, 3);
  if (![...left].some((term) => right.has(term))) return false;
  const [beforeA, afterA] = neighbours(a);
  const [beforeB, afterB] = neighbours(b);
  return (beforeA !== null && beforeA === beforeB) || (afterA !== null && afterA === afterB);
}

// Words that say what happened to what is counted: "killed 20" and "wounded 35" count different people.
const OUTCOMES = new Set([
  'kill',
  'injur',
  'arrest',
  'charg',
  'releas',
  'rescu',
  'evacu',
  'fire',
  'hit',
  'intercept',
  'miss',
  'found',
  'sav',
  'hospitaliz',
  'convict',
  'acquit',
]);

// Even in close clauses, numbers framed by other words count different things: another outcome next to
// them ("killed 20 people" against "wounded 35 people"), or other words on both sides ("97 rockets fired
// from Gaza hit" against "fired more than 300 rockets into").
function framedApart(a: NumberClaim, b: NumberClaim): boolean {
  const [beforeA, afterA] = neighbours(a);
  const [beforeB, afterB] = neighbours(b);
  const differ = (x: string | null, y: string | null): boolean => x !== null && y !== null && x !== y;
  const outcomes = (x: string | null, y: string | null): boolean => differ(x, y) && OUTCOMES.has(x!) && OUTCOMES.has(y!);
  return outcomes(beforeA, beforeB) || outcomes(afterA, afterB) || (differ(beforeA, beforeB) && differ(afterA, afterB));
}

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

// The figure is written in the other clause without counting anything else ("Cummings, 20," against
// "20-year-old Cummings"; "from nine to 33 years" against "a minimum of nine years"), so it may be the same count.
function writtenIn(evidence: Evidence, value: number): boolean {
  const text = evidence.text.toLowerCase().replace(/(\d),(?=\d{3})/g, '$1');
  const forms = [String(value)];
  if (Number.isInteger(value) && value < WORD_NUMBERS.length) forms.push(WORD_NUMBERS[value]!);
  for (const form of forms) {
    // Bare: followed by punctuation, the end, or a range word ("20,", "nine to 33"); "six injured" or "five
    // 2-year-old children" count something else.
    const pattern = new RegExp(`(?<![\\d.\\p{L}])${form.replace('.', '\\.')}(?![\\d\\p{L}]|[.,]\\d)(?=\\s*(?:[,;)]|$|(?:to|and|or|through)\\b))`, 'u');
    if (pattern.test(text)) return true;
  }
  return false;
}

// Not a count to compare: part of a longer duration ("7 years, 1 month") or a label ("priority one").
function isPartOfDuration(claim: NumberClaim): boolean {
  const { text } = claim.doc;
  const before = text.slice(Math.max(0, claim.mention.start - 20), claim.mention.start);
  if (/\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?),?\s*(?:and\s+)?$/i.test(before)) return true;
  const previous = /(\p{L}+)\s+$/u.exec(before)?.[1];
  return /^one\b/i.test(claim.mention.text) && previous !== undefined && termOfWord(previous.toLowerCase(), previous) !== null;
}

// "two days later" and "five years after": an offset after (or before) something; "150 million years ago".
function offsetOf(claim: NumberClaim): string {
  const after = claim.doc.text.slice(claim.mention.end, claim.mention.end + 16).toLowerCase();
  if (/^\s*(?:later|afterwards?|after|on)\b/.test(after)) return 'after';
  if (/^\s*(?:earlier|before|ago|prior)\b/.test(after)) return 'before';
  return 'none';
}

// Numbers two clauses share are set aside pairwise, equal values first and then the closest agreeing ones
// ("72" with "about 72", not "about 72" with "63"); what is left, one number on each side, is compared.
function leftovers(a: readonly NumberClaim[], b: readonly NumberClaim[]): [NumberClaim[], NumberClaim[]] {
  const left = [...a];
  const right = [...b];
  const candidates: [number, number, number][] = [];
  left.forEach((x, i) =>
    right.forEach((y, j) => {
      if (agree(x, y)) candidates.push([Math.abs(x.mention.value - y.mention.value) / Math.max(1e-9, Math.abs(x.mention.value)), i, j]);
    }),
  );
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

// The content words right before and right after a number ("made only $150 per game": "made", "game").
function frameOf(claim: NumberClaim): string | null {
  const before = termTokensIn(claim.doc, Math.max(claim.evidence.start, claim.mention.start - 30), claim.mention.start);
  const after = termTokensIn(claim.doc, claim.mention.end, Math.min(claim.evidence.end, claim.mention.end + 30));
  const left = before[before.length - 1];
  const right = after[0];
  return left && right ? `${left.term} ${right.term}` : null;
}

// Several numbers of a unit on one side, one on the other: the one framed by the same words is its counterpart.
function pickCounterpart(single: NumberClaim, many: readonly NumberClaim[]): NumberClaim | null {
  const frame = frameOf(single);
  if (frame === null) return null;
  const matches = many.filter((claim) => frameOf(claim) === frame);
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

// An age ("aged 94", "at the age of 91", "Sementilli, 49,") is framed by other words in each source; two ages face
// each other when the person named last before each is the same (by entity key).

// The person an age is of: the one named nearest to it in the clause ("Sementilli, 49", "7-year-old Carter Roberts").
function personOf(claim: NumberClaim): string | null {
  let best: EntityMention | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const mention of mentionsIn(claim.doc.entities, claim.evidence)) {
    // A name the tagger could not type ('other') is most often a person's when an age stands next to it.
    if (mention.type !== 'person' && mention.type !== 'other') continue;
    const gap = mention.end <= claim.mention.start ? claim.mention.start - mention.end : mention.start - claim.mention.end;
    if (gap >= 0 && gap < distance) {
      best = mention;
      distance = gap;
    }
  }
  return best ? (best.entity ?? best.text.toLowerCase()) : null;
}

// True or false when both ages are someone's by name; null when either clause names nobody (lower-cased text), so
// the ages are compared like other counts.
function samePerson(a: NumberClaim, b: NumberClaim): boolean | null {
  const x = personOf(a);
  const y = personOf(b);
  return x === null || y === null ? null : x === y;
}

// The surname of the person named last before a number, close before it ("Stephen Curry, posted a game-high 29
// points", "Hansbrough averaged a team-high 22.8 points"): whose figure it most likely is.
const SUBJECT_REACH = 60;

function subjectOf(claim: NumberClaim): string | null {
  let best: EntityMention | null = null;
  for (const mention of mentionsIn(claim.doc.entities, claim.evidence)) {
    if (mention.type !== 'person' || mention.end > claim.mention.start || claim.mention.start - mention.end > SUBJECT_REACH) continue;
    if (!best || mention.end > best.end) best = mention;
  }
  const name = best ? (best.entity ?? best.text.toLowerCase()) : null;
  return name?.split(' ').pop() ?? null;
}

// Figures given right after two different people's names are theirs, not two figures of one ("Stephen Curry posted
// 29 points" and "Hansbrough averaged 22.8 points"; "Steve Vogelsang … six counts" and "Vogelsang … two counts" are one).
function otherPeople(a: NumberClaim, b: NumberClaim): boolean {
  const x = subjectOf(a);
  const y = subjectOf(b);
  return x !== null && y !== null && x !== y;
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
        .map((mention): NumberClaim => ({ mention, evidence, doc, unit: normalizeQuantity(mention, doc.text).unit, value: mention.text }));
    });
    const units = [...new Set(perEvidence.flat().map((claim) => claim.unit))].sort();
    for (const unit of units) {
      const involved = new Set<NumberClaim>();
      // Each member's claims of this unit, once; a member without any faces nobody (facingPair is null), so the
      // pairs run over the members that have some, in the same order.
      const withUnit = perEvidence.map((claims) => claims.filter((c) => c.unit === unit)).filter((claims) => claims.length > 0);
      for (let i = 0; i < withUnit.length; i++) {
        for (let j = i + 1; j < withUnit.length; j++) {
          const pair = facingPair(withUnit[i]!, withUnit[j]!, group.cohesion >= CLOSE_ALIGNMENT);
          if (!pair || agree(pair[0], pair[1])) continue;
          if (writtenIn(pair[1].evidence, pair[0].mention.value) || writtenIn(pair[0].evidence, pair[1].mention.value)) continue;
          if (isPartOfDuration(pair[0]) || isPartOfDuration(pair[1]) || offsetOf(pair[0]) !== offsetOf(pair[1])) continue;
          const person = unit === AGE_UNIT ? samePerson(pair[0], pair[1]) : null;
          if (person === false || (person === null && otherPeople(pair[0], pair[1]))) continue;
          if (person === null && (group.cohesion < CLOSE_ALIGNMENT ? !sameQuantity(pair[0], pair[1]) : framedApart(pair[0], pair[1]))) continue;
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
