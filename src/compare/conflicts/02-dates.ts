import { monthDayOf, reportingVerbPattern, termTokensIn } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, DateMention, Evidence, FactGroup } from '../../model/index.js';
import { buildSides, describeAround, groupAgreeing, mentionsIn } from './mentions.js';
import { listSources, sayVerb } from '../text.js';

interface DateClaim {
  readonly mention: DateMention;
  readonly evidence: Evidence;
  readonly doc: AnalyzedDocument;
  /** Comparable value: the ISO value, or "weekday:<name>" for an unresolved weekday. */
  readonly value: string;
  /** "report" for the date of a statement ("said on Tuesday"), "event" otherwise; only like compares with like. */
  readonly role: 'report' | 'event';
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// A statement's date: a reporting verb, or a statement issued.
const REPORTING = new RegExp(
  `\\b(?:${reportingVerbPattern(['say', 'tell', 'announce', 'report'], [2, 1])}|${reportingVerbPattern(['state', 'confirm', 'add', 'write', 'tweet', 'explain', 'note'], [2])}|issued|statement)\\b`,
  'i',
);

// A relative date ("Monday", "this year") in an article without a publication date has no trustworthy value.
// Without a written year a date leans on the publication date ("in March", "this year"), whatever the analyzer flagged.
// Undated, "April 26" still names a day of a month: "monthday:04-26" compares with another such day or a full date.
function comparableValue(mention: DateMention, undated: boolean): string | null {
  const relative = mention.relative === true || !/\b\d{4}\b/.test(mention.text);
  if (mention.value !== null && !(undated && relative)) return mention.value;
  const monthDay = monthDayOf(mention.text);
  if (monthDay !== null) return `monthday:${monthDay}`;
  const weekday = WEEKDAY.exec(mention.text);
  return weekday ? `weekday:${weekday[1]!.toLowerCase()}` : null;
}

// "MM-DD" (or "MM") of a value: a "monthday:" value or the month and day of an ISO date; null for a year alone.
function monthDayPart(value: string): string | null {
  if (value.startsWith('monthday:')) return value.slice('monthday:'.length);
  return /^\d{4}-(\d{2}(?:-\d{2})?)$/.exec(value)?.[1] ?? null;
}

// "said on Tuesday", "told reporters Monday", "Tuesday said", "On Monday, the agency reported that":
// the date of the telling, not of the event.
// "reported missing", "reported dead": what happened to someone, not a telling.
const REPORTED_STATE = /\breported\s+(?:as\s+)?(?:missing|dead|killed|injured|wounded|stolen|lost|seen|sighted)\b/gi;

function roleOf(doc: AnalyzedDocument, mention: DateMention): DateClaim['role'] {
  const before = doc.text
    .slice(Math.max(0, mention.start - 30), mention.start)
    .replace(REPORTED_STATE, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(-3)
    .join(' ');
  const after = doc.text
    .slice(mention.end, mention.end + 80)
    .split(/\s+/)
    .filter(Boolean);
  if (REPORTING.test(before) || REPORTING.test(after.slice(0, 1).join(' '))) return 'report';
  const sentence = doc.sentences[mention.sentence];
  const opening = sentence !== undefined && /^\W*(?:on|early|late)?\s*$/i.test(doc.text.slice(sentence.start, mention.start));
  return opening && REPORTING.test(after.slice(0, 10).join(' ').split(/[;:]/)[0] ?? '') ? 'report' : 'event';
}

// The year is written in the clause outside any date read there ("the 1994 deaths").
function yearWrittenIn(claim: DateClaim, value: string): boolean {
  const year = /^\d{4}/.exec(value)?.[0];
  if (year === undefined) return false;
  const { evidence, doc } = claim;
  let text = evidence.text;
  for (const mention of mentionsIn(doc.dates, evidence)) {
    text = text.slice(0, mention.start - evidence.start) + ' '.repeat(mention.end - mention.start) + text.slice(mention.end - evidence.start);
  }
  return new RegExp(`\\b${year}\\b`).test(text);
}

/**
 * True when two date values can name the same day: equal at the precision both have ("2007-05" and "2007-05-28" can);
 * a day of a month without its year against the month and day of another ("monthday:04-26" and "2013-04-26" can).
 */
export function datesAgree(a: string, b: string): boolean {
  if (a.startsWith('weekday:') !== b.startsWith('weekday:')) return true;
  if (a.startsWith('monthday:') || b.startsWith('monthday:')) {
    const x = monthDayPart(a);
    const y = monthDayPart(b);
    return x === null || y === null || x.slice(0, Math.min(x.length, y.length)) === y.slice(0, Math.min(x.length, y.length));
  }
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
}

const CLOSE_ALIGNMENT = 0.5;

function wordBefore(claim: DateClaim): string | null {
  const tokens = termTokensIn(claim.doc, Math.max(claim.evidence.start, claim.mention.start - 40), claim.mention.start);
  return tokens[tokens.length - 1]?.term ?? null;
}

function kindOf(claim: DateClaim): string {
  return `${claim.role}:${claim.value.startsWith('weekday:') ? 'weekday' : 'iso'}`;
}

// An unresolved date never agrees with anything, so it stays among the leftovers.
function agreeValues(a: string, b: string): boolean {
  return !a.startsWith('unresolved:') && !b.startsWith('unresolved:') && datesAgree(a, b);
}

// Dates both clauses give are set aside: equal values first, then compatible ones ("Aug. 31, 2016" and "August 2016").
function leftovers(a: readonly DateClaim[], b: readonly DateClaim[], exactOnly = false): [DateClaim[], DateClaim[]] {
  const left = [...a];
  const right = [...b];
  const exact = (x: DateClaim, y: DateClaim): boolean => x.value === y.value && !x.value.startsWith('unresolved:');
  for (const same of exactOnly
    ? [exact]
    : [(x: DateClaim, y: DateClaim) => x.value === y.value, (x: DateClaim, y: DateClaim) => agreeValues(x.value, y.value)]) {
    for (let i = left.length - 1; i >= 0; i--) {
      const match = right.findIndex((claim) => same(left[i]!, claim));
      if (match < 0) continue;
      left.splice(i, 1);
      right.splice(match, 1);
    }
  }
  return [left, right];
}

/**
 * Different dates for the same event in aligned clauses: dates both clauses share set aside, one date of a
 * kind (event or statement; weekday or calendar date) left on each side, and values that cannot name the same day.
 */
export function findDateConflicts(
  groups: readonly FactGroup[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
  undated: ReadonlySet<string> = new Set(),
): Omit<Conflict, 'id'>[] {
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const group of groups) {
    if (group.evidence.length < 2) continue;
    const perEvidence = group.evidence.map((evidence) => {
      const doc = docs.get(evidence.source)!;
      const claims: DateClaim[] = [];
      // A photo caption dates the photo, not the event.
      if (/\bfile photo\b|^\W*FILE\b|\(AP Photo/i.test(evidence.text)) return [];
      for (const mention of mentionsIn(doc.dates, evidence)) {
        // "in either July or August of 2018": one of two dates is no claim.
        if (/\bor\s+$/i.test(doc.text.slice(Math.max(0, mention.start - 4), mention.start)) || /^\s+or\b/i.test(doc.text.slice(mention.end, mention.end + 4)))
          continue;
        // An unresolved date ("Jan. 1 to Aug. 31, 2016") still counts: with it, which date faces which is unclear.
        const value = comparableValue(mention, undated.has(evidence.source)) ?? `unresolved:${mention.text.toLowerCase()}`;
        claims.push({ mention, evidence, doc, value, role: roleOf(doc, mention) });
      }
      return claims;
    });
    const kinds = [...new Set(perEvidence.flat().map(kindOf))].sort();
    for (const kind of kinds) {
      const involved = new Set<DateClaim>();
      for (let i = 0; i < perEvidence.length; i++) {
        for (let j = i + 1; j < perEvidence.length; j++) {
          // The same date given in both clauses is set aside first, whatever role each gives it.
          const [restI, restJ] = leftovers(perEvidence[i]!, perEvidence[j]!, true);
          const [left, right] = leftovers(
            restI.filter((c) => kindOf(c) === kind),
            restJ.filter((c) => kindOf(c) === kind),
          );
          if (left.length !== 1 || right.length !== 1 || datesAgree(left[0]!.value, right[0]!.value)) continue;
          // Loosely aligned clauses must date the same thing: the word before the date is the same ("booked late
          // Monday" and "arrested Tuesday night" date two arrests).
          if (group.cohesion < CLOSE_ALIGNMENT && wordBefore(left[0]!) !== wordBefore(right[0]!)) continue;
          if (left[0]!.value.startsWith('unresolved:') || right[0]!.value.startsWith('unresolved:')) continue;
          // "the 1994 deaths": the year is written in the other clause even where no date was read.
          if (yearWrittenIn(right[0]!, left[0]!.value) || yearWrittenIn(left[0]!, right[0]!.value)) continue;
          involved.add(left[0]!).add(right[0]!);
        }
      }
      if (involved.size < 2) continue;
      const sides = groupAgreeing([...involved], (a, b) => datesAgree(a.value, b.value));
      if (sides.length < 2) continue;
      const first = sides[0]![0]!;
      const sideSources = sides.map((side) => side.map((claim) => claim.evidence.source));
      conflicts.push({
        kind: 'date',
        topic: describeAround(first.doc, first.evidence, first.mention, 5, 3) || 'date',
        note: `The sources date it differently: ${sides.map((side, index) => `${listSources(sideSources[index]!)} ${sayVerb(sideSources[index]!)} “${side[0]!.mention.text}”`).join(', ')}.`,
        sides: buildSides(sides.map((side) => side.map((claim) => ({ value: claim.mention.value ?? claim.mention.text, evidence: claim.evidence })))),
      });
    }
  }
  return conflicts;
}
