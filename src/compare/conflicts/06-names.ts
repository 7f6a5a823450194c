import { initialsOf, isSpellingVariant, placeLevel, termOfWord, wordTokensIn } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, EntityMention, Evidence, FactGroup, SourceId } from '../../model/index.js';
import { buildSides, describeAround, mentionsIn } from './mentions.js';
import { listSources, sayVerb } from '../text.js';

interface NameClaim {
  readonly mention: EntityMention;
  readonly evidence: Evidence;
  readonly doc: AnalyzedDocument;
}

const keyOf = (mention: EntityMention): string => mention.entity ?? mention.text.toLowerCase();

// Places and people are what a reader checks; an "other" name (an event, a product) is too often a paraphrase.
const NAMED_TYPES = new Set<EntityMention['type']>(['place', 'person', 'organization']);

const SLOT_WORDS = 3;

/** Up to three words right before and right after a mention, within its clause, nearest first. */
function slotOf(claim: NameClaim): [string[], string[]] {
  const before = wordTokensIn(claim.doc, claim.evidence.start, claim.mention.start);
  const after = wordTokensIn(claim.doc, claim.mention.end, claim.evidence.end);
  return [
    before
      .slice(-SLOT_WORDS)
      .reverse()
      .map((word) => word.lower),
    after.slice(0, SLOT_WORDS).map((word) => word.lower),
  ];
}

const isContent = (word: string): boolean => termOfWord(word, word) !== null;

/** The words two sides share from the mention outwards ("incident at a" before "Logan Square" and "Palmer Square"). */
function sharedRun(a: readonly string[], b: readonly string[]): string[] {
  const run: string[] = [];
  for (let i = 0; i < a.length && a[i] === b[i]; i++) run.push(a[i]!);
  return run;
}

// The two names fill the same slot of the clause: the words next to them are the same up to a content word on one
// side ("visit Pakistan" and "visit Portugal"; "an incident at a Logan Square daycare" and "… at a Palmer Square day
// care"), or on both sides ("a New Jersey court" and "a Ohio court").
function sameSlot(a: NameClaim, b: NameClaim): boolean {
  const [beforeA, afterA] = slotOf(a);
  const [beforeB, afterB] = slotOf(b);
  const before = sharedRun(beforeA, beforeB);
  const after = sharedRun(afterA, afterB);
  return (before.length > 0 && after.length > 0) || before.some(isContent) || after.some(isContent);
}

// The words of a name's entity key ("logan square").
function wordsOf(mention: EntityMention): string[] {
  return keyOf(mention)
    .split(/[\s-]+/)
    .filter(Boolean);
}

// "Mich." for "Michigan", "Morsi" for "Mohamed Morsi": one name written short (an abbreviation ends in a dot).
function abbreviates(a: EntityMention, b: EntityMention): boolean {
  const [short, long] = a.text.length <= b.text.length ? [a, b] : [b, a];
  const x = wordsOf(short).map((word) => word.replace(/\.$/, ''));
  const y = wordsOf(long);
  if (x.length === 1 && y.length > 1 && x[0] === initialsOf(y)) return true;
  if (x.length < y.length) return x.every((word, index) => y[index] === word) || x.every((word, index) => y[y.length - x.length + index] === word);
  if (x.length !== y.length || !short.text.endsWith('.')) return false;
  return x.every((word, index) => (index === x.length - 1 ? y[index]!.startsWith(word) : y[index] === word));
}

/**
 * Two names that can stand for each other in a clause, so that one against the other is a disagreement: a name
 * and its spelling variant ("Rait", "Raite"); two places of one level ("Ohio", "New Jersey"; "Logan Square",
 * "Palmer Square"), never a place and a place in it; two people or organizations that share no word.
 */
function comparable(a: EntityMention, b: EntityMention): 'spelling' | 'name' | null {
  if (abbreviates(a, b)) return null;
  if (differOnlyInSpelling(a, b)) return 'spelling';
  const shared = wordsOf(a).some((word) => wordsOf(b).includes(word));
  if (a.type === 'place') {
    const level = placeLevel(keyOf(a));
    if (level === null || level !== placeLevel(keyOf(b))) return null;
    return !shared || differOnlyInOneWord(a, b) ? 'name' : null;
  }
  return shared ? null : 'name';
}

// "Duncan Rait" and "Duncan Raite": one word spelled two ways, the others the same.
function differOnlyInSpelling(a: EntityMention, b: EntityMention): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length !== y.length) return false;
  const differing = x.map((word, index) => [word, y[index]!] as const).filter(([p, q]) => p !== q);
  return differing.length === 1 && isSpellingVariant(differing[0]![0], differing[0]![1]);
}

// "Logan Square" and "Palmer Square": the same kind of name, one identifying word apart.
function differOnlyInOneWord(a: EntityMention, b: EntityMention): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length !== y.length || x.length < 2) return false;
  return x.filter((word, index) => word !== y[index]).length === 1 && x[x.length - 1] === y[y.length - 1];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A name another source never uses anywhere: its last word the other name lacks ("Jersey" of "New Jersey", "Feldman"
// of "Chief Executive Andrew Feldman", "Rait" against "Raite"), not in the other source's text.
function absentFrom(mention: EntityMention, other: EntityMention, doc: AnalyzedDocument): boolean {
  if (doc.entities.some((known) => keyOf(known) === keyOf(mention))) return false;
  const otherWords = new Set(other.text.toLowerCase().split(/\s+/));
  const distinctive = mention.text
    .split(/\s+/)
    .map((word) => word.replace(/[.,]+$/, ''))
    .filter((word) => word !== '' && !/^(?:jr|sr|ii|iii|iv)$/i.test(word) && !otherWords.has(word.toLowerCase()));
  const name = distinctive[distinctive.length - 1];
  return name !== undefined && !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(doc.text);
}

function claimsOf(evidence: Evidence, doc: AnalyzedDocument): NameClaim[] {
  return mentionsIn(doc.entities, evidence)
    .filter((mention) => NAMED_TYPES.has(mention.type))
    .map((mention) => ({ mention, evidence, doc }));
}

/** The one name each clause has that the other lacks, of one kind and in one slot, when there is exactly one such pair. */
function facingNames(a: readonly NameClaim[], b: readonly NameClaim[]): [NameClaim, NameClaim, 'spelling' | 'name'] | null {
  const keysA = new Set(a.map((claim) => keyOf(claim.mention)));
  const keysB = new Set(b.map((claim) => keyOf(claim.mention)));
  const onlyA = a.filter((claim) => !keysB.has(keyOf(claim.mention)));
  const onlyB = b.filter((claim) => !keysA.has(keyOf(claim.mention)));
  const pairs: [NameClaim, NameClaim, 'spelling' | 'name'][] = [];
  for (const x of onlyA) {
    for (const y of onlyB) {
      const relation = x.mention.type === y.mention.type ? comparable(x.mention, y.mention) : null;
      if (relation !== null && sameSlot(x, y)) pairs.push([x, y, relation]);
    }
  }
  return pairs.length === 1 ? pairs[0]! : null;
}

const NOUNS: Readonly<Record<string, string>> = { place: 'places', person: 'people', organization: 'organizations' };

/**
 * Different names in the same slot of aligned clauses: "a Logan Square daycare" against "a Palmer Square day care",
 * "Duncan Rait died" against "Duncan Raite died", "visit Pakistan" against "visit Portugal". The names are of one
 * kind, comparable (two places of one level, never a state and a street in it; a short form, an acronym or a
 * plural is the same name), and absent from the other source: both people or organizations, one of two places.
 */
export function findNameConflicts(groups: readonly FactGroup[], docs: ReadonlyMap<SourceId, AnalyzedDocument>): Omit<Conflict, 'id'>[] {
  return findNames(groups, docs, 'name');
}

/**
 * One name spelled two ways in aligned clauses ("Duncan Rait" against "Duncan Raite"): a conflict on the name alone.
 * The sources still agree on what they report, so the fact stays one (see `findNameConflicts` for the rules).
 */
export function findSpellingConflicts(groups: readonly FactGroup[], docs: ReadonlyMap<SourceId, AnalyzedDocument>): Omit<Conflict, 'id'>[] {
  return findNames(groups, docs, 'spelling');
}

function findNames(groups: readonly FactGroup[], docs: ReadonlyMap<SourceId, AnalyzedDocument>, wanted: 'spelling' | 'name'): Omit<Conflict, 'id'>[] {
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const group of groups) {
    if (group.evidence.length < 2) continue;
    const claims = group.evidence.map((evidence) => claimsOf(evidence, docs.get(evidence.source)!));
    const sides = new Map<string, NameClaim[]>();
    let kind: EntityMention['type'] | null = null;
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        if (group.evidence[i]!.source === group.evidence[j]!.source) continue;
        const pair = facingNames(claims[i]!, claims[j]!);
        if (!pair || pair[2] !== wanted || (kind !== null && pair[0].mention.type !== kind)) continue;
        const absentA = absentFrom(pair[0].mention, pair[1].mention, pair[1].doc);
        const absentB = absentFrom(pair[1].mention, pair[0].mention, pair[0].doc);
        // People and organizations stand in many roles in one story ("Fang declined…", "Sheriff Jeffrey Gahler declined…"):
        // each must be unknown to the other source. A place in a slot is one claim; one source never naming the other's is enough.
        if (pair[0].mention.type === 'place' ? !absentA && !absentB : !absentA || !absentB) continue;
        kind = pair[0].mention.type;
        for (const claim of [pair[0], pair[1]]) {
          const key = keyOf(claim.mention);
          const side = sides.get(key) ?? [];
          if (!side.some((known) => known.evidence === claim.evidence)) side.push(claim);
          sides.set(key, side);
        }
      }
    }
    if (kind === null || sides.size < 2) continue;
    const groupsOfClaims = [...sides.values()];
    const first = groupsOfClaims[0]![0]!;
    const sideSources = groupsOfClaims.map((side) => [...new Set(side.map((claim) => claim.evidence.source))]);
    conflicts.push({
      kind: 'other',
      topic: describeAround(first.doc, first.evidence, first.mention, 3, 3) || first.mention.text,
      note: `${wanted === 'spelling' ? 'The sources spell a name differently' : `The sources name different ${NOUNS[kind] ?? 'names'}`}: ${groupsOfClaims
        .map((side, index) => `${listSources(sideSources[index]!)} ${sayVerb(sideSources[index]!)} “${side[0]!.mention.text}”`)
        .join(', ')}.`,
      sides: buildSides(groupsOfClaims.map((side) => side.map((claim) => ({ value: claim.mention.text, evidence: claim.evidence })))),
    });
  }
  return conflicts;
}
