import type { AnalyzedDocument, Conflict, DateMention, Evidence, FactGroup } from '../model/index.js';
import { buildSides, describeAround, groupAgreeing, mentionsIn } from './mentions.js';
import { listSources, sayVerb } from './text.js';

interface DateClaim {
  readonly mention: DateMention;
  readonly evidence: Evidence;
  readonly doc: AnalyzedDocument;
  /** Comparable value: the ISO value, or "weekday:<name>" for an unresolved weekday. */
  readonly value: string;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

function comparableValue(mention: DateMention): string | null {
  if (mention.value !== null) return mention.value;
  const weekday = WEEKDAY.exec(mention.text);
  return weekday ? `weekday:${weekday[1]!.toLowerCase()}` : null;
}

/** True when two date values can name the same day: equal at the precision both have ("2007-05" and "2007-05-28" can). */
export function datesAgree(a: string, b: string): boolean {
  if (a.startsWith('weekday:') !== b.startsWith('weekday:')) return true;
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
}

/** Different dates for the same event in aligned clauses, each clause holding one date. */
export function findDateConflicts(groups: readonly FactGroup[], docs: ReadonlyMap<string, AnalyzedDocument>): Omit<Conflict, 'id'>[] {
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const group of groups) {
    if (group.evidence.length < 2) continue;
    const claims: DateClaim[] = [];
    for (const evidence of group.evidence) {
      const doc = docs.get(evidence.source)!;
      const dated = mentionsIn(doc.dates, evidence)
        .map((mention) => ({ mention, value: comparableValue(mention) }))
        .filter((item): item is { mention: DateMention; value: string } => item.value !== null);
      if (dated.length === 1) claims.push({ ...dated[0]!, evidence, doc });
    }
    if (claims.length < 2) continue;
    const sides = groupAgreeing(claims, (a, b) => datesAgree(a.value, b.value));
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
  return conflicts;
}
