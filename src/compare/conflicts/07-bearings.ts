import { normalizeEntityKey } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, Evidence } from '../../model/index.js';
import { buildSides, groupAgreeing } from './mentions.js';
import { listSources, sayVerb } from '../text.js';

/** "55 kilometres south of Bireun": how far, which way and from where a source places something. */
interface Bearing {
  readonly kilometres: number;
  /** Degrees clockwise from north. */
  readonly angle: number;
  readonly place: string;
  readonly text: string;
  readonly evidence: Evidence;
}

const ANGLES: Readonly<Record<string, number>> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

// A distance, an optional conversion in brackets, a compass direction (hyphenated or not) and "of" a capitalized place
// ("the town of Bireun" names Bireun): "55 kilometres south of Bireun", "58km (36 miles) south - west of Bandar Abbas".
const BEARING =
  /(\d+(?:[.,]\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^)]{0,30}\))?\s+(north|south|east|west)(?:\s*-\s*|\s+)?(east|west)?(?:ern)?\s+of\s+(?:the\s+(?:town|city|village|capital|district|province|island)\s+of\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

const MILE = 1.609;
// Two distances this close place the same thing ("58km" and "60km"; "55 kilometers" and "34 miles").
const SAME_DISTANCE = 0.15;

function bearingsOf(doc: AnalyzedDocument): Bearing[] {
  const bearings: Bearing[] = [];
  doc.sentences.forEach((sentence, index) => {
    for (const match of sentence.text.matchAll(BEARING)) {
      const [text, amount, unit, first, second, place] = match;
      const direction = `${first!.toLowerCase()}${second?.toLowerCase() ?? ''}`;
      const angle = ANGLES[direction];
      if (angle === undefined) continue;
      const value = Number(amount!.replace(',', '.'));
      const kilometres = /^mi/i.test(unit!) ? value * MILE : value;
      bearings.push({
        kilometres,
        angle,
        place: normalizeEntityKey(place!),
        text,
        evidence: { source: doc.source, sentence: index, start: sentence.start, end: sentence.end, text: sentence.text },
      });
    }
  });
  return bearings;
}

const sameDistance = (a: Bearing, b: Bearing): boolean => Math.abs(a.kilometres - b.kilometres) <= SAME_DISTANCE * Math.max(a.kilometres, b.kilometres);

// Directions a quarter turn or more apart cannot both be right ("south" and "west"); "south" and "south-west" can.
function sameDirection(a: Bearing, b: Bearing): boolean {
  const turn = Math.abs(a.angle - b.angle) % 360;
  return Math.min(turn, 360 - turn) < 90;
}

/**
 * Sources that place the same spot, at the same distance from the same town, in directions a quarter turn apart or
 * more: "55 kilometres south of Bireun" (AFP) against "55 kilometers (34 miles) west of the town of Bireun" (AP).
 * Read across the whole articles: the distance and the town anchor the claim, whatever the alignment of the rest.
 */
export function findBearingConflicts(docs: readonly AnalyzedDocument[]): Omit<Conflict, 'id'>[] {
  const byPlace = new Map<string, Bearing[]>();
  for (const doc of docs) {
    for (const bearing of bearingsOf(doc)) {
      const known = byPlace.get(bearing.place);
      if (known) known.push(bearing);
      else byPlace.set(bearing.place, [bearing]);
    }
  }
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const bearings of byPlace.values()) {
    const involved = new Set<Bearing>();
    for (let i = 0; i < bearings.length; i++) {
      for (let j = i + 1; j < bearings.length; j++) {
        const [a, b] = [bearings[i]!, bearings[j]!];
        if (a.evidence.source !== b.evidence.source && sameDistance(a, b) && !sameDirection(a, b)) involved.add(a).add(b);
      }
    }
    if (involved.size < 2) continue;
    const sides = groupAgreeing([...involved], sameDirection);
    if (sides.length < 2) continue;
    const sideSources = sides.map((side) => [...new Set(side.map((bearing) => bearing.evidence.source))]);
    conflicts.push({
      kind: 'other',
      topic: sides[0]![0]!.text,
      note: `The sources place it differently: ${sides.map((side, index) => `${listSources(sideSources[index]!)} ${sayVerb(sideSources[index]!)} “${side[0]!.text}”`).join(', ')}.`,
      sides: buildSides(sides.map((side) => side.map((bearing) => ({ value: bearing.text, evidence: bearing.evidence })))),
    });
  }
  return conflicts;
}
