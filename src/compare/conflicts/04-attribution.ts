import { normalizeEntityKey, wordTokensIn } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, Evidence, FactGroup, SourceId } from '../../model/index.js';
import type { EntityIndex } from '../entities/index.js';
import { clipWords } from '../text.js';

const MIN_SIMILARITY = 0.3;

function surname(name: string): string {
  return normalizeEntityKey(name).split(' ').pop() ?? '';
}

function wordSet(doc: AnalyzedDocument, evidence: Evidence, drop: readonly string[]): Set<string> {
  const dropped = new Set(drop.flatMap((name) => normalizeEntityKey(name).split(' ')));
  return new Set(
    wordTokensIn(doc, evidence.start, evidence.end)
      .map((word) => word.lower.replace(/['’]s$/, ''))
      .filter((word) => !dropped.has(word)),
  );
}

// analyze names the speaker of every clause it could; an evidence span is one such clause.
function speakerOf(evidence: Evidence, doc: AnalyzedDocument): string | null {
  return doc.attributions.find((record) => record.start === evidence.start && record.end === evidence.end)?.speaker ?? null;
}

function similarity(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared || 1);
}

function isPerson(id: string | null, entities: EntityIndex): boolean {
  const entity = id === null ? undefined : entities.entity(id);
  // "WOFL says": call letters and other all-capital names are organizations, whatever the tagger said.
  return entity?.type === 'person' && !/^[\p{Lu}\d]{2,}$/u.test(entity.name);
}

// Both speakers must be people the story names (not "Pentagon" against "Dana White": an office speaks through people).
function differentPeople(a: string, b: string, entities: EntityIndex): boolean {
  const idA = entities.resolve(a);
  const idB = entities.resolve(b);
  if (!isPerson(idA, entities) || !isPerson(idB, entities)) return false;
  return idA !== idB && surname(a) !== surname(b);
}

/**
 * The same statement, worded nearly alike, attributed to different people: "Crocker said …" in one source
 * and "Qomi said …" in another. Both speakers must be named, and neither may appear in the other clause.
 */
export function findAttributionConflicts(
  groups: readonly FactGroup[],
  entities: EntityIndex,
  docs: ReadonlyMap<SourceId, AnalyzedDocument>,
): Omit<Conflict, 'id'>[] {
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const group of groups) {
    const speakers = group.evidence.map((evidence) => ({ evidence, speaker: speakerOf(evidence, docs.get(evidence.source)!) }));
    const named = speakers.filter((item): item is { evidence: Evidence; speaker: string } => item.speaker !== null);
    let found = false;
    for (let i = 0; i < named.length && !found; i++) {
      for (let j = i + 1; j < named.length && !found; j++) {
        const a = named[i]!;
        const b = named[j]!;
        if (!differentPeople(a.speaker, b.speaker, entities)) continue;
        if (a.evidence.text.toLowerCase().includes(surname(b.speaker)) || b.evidence.text.toLowerCase().includes(surname(a.speaker))) continue;
        const words = [a.speaker, b.speaker];
        if (similarity(wordSet(docs.get(a.evidence.source)!, a.evidence, words), wordSet(docs.get(b.evidence.source)!, b.evidence, words)) < MIN_SIMILARITY)
          continue;
        found = true;
        conflicts.push({
          kind: 'attribution',
          topic: `who said “${clipWords(a.evidence.text, 10)}”`,
          note: `${a.evidence.source} attributes the statement to ${a.speaker}, while ${b.evidence.source} attributes it to ${b.speaker}.`,
          sides: [
            { claim: a.evidence.text, value: a.speaker, sources: [a.evidence.source], evidence: [a.evidence] },
            { claim: b.evidence.text, value: b.speaker, sources: [b.evidence.source], evidence: [b.evidence] },
          ],
        });
      }
    }
  }
  return conflicts;
}
