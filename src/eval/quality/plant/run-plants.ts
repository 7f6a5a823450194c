import type { AnalyzedDocument, Conflict, ConflictKind, Sentence } from '../../../model/index.js';
import { runPipeline, type PipelineResult } from '../../../pipeline/index.js';
import { findDetailPairs } from './find-pairs.js';
import { editsIn, PLANT_KINDS, type DetailEdit, type Plant, type PlantKind, type StoryContext } from './plant-kinds.js';

/** What became of one planted change. */
export interface PlantOutcome {
  readonly story: string;
  readonly kind: PlantKind;
  readonly what: string;
  /** Share of content terms the edited sentence and the other source's sentence share (near copies > 0.5). */
  readonly overlap: number;
  /** A new conflict has a side on the edited passage and a side in another source. */
  readonly found: boolean;
  /** …and it is of the kind the change calls for (a figure: number, a date: date, a negation: negation, a speaker: attribution or quote). */
  readonly rightKind: boolean;
}

/** The conflicts of one unmodified story and what became of the changes planted in it. */
export interface StoryPlants {
  readonly story: string;
  readonly conflicts: number;
  readonly outcomes: readonly PlantOutcome[];
}

/** Options for `plantConflicts`. */
export interface PlantOptions {
  readonly kinds: readonly PlantKind[];
  /** Changes of each kind per story, each planted alone (in different sentences). */
  readonly perKind: number;
}

export const DEFAULT_PLANT_OPTIONS: PlantOptions = { kinds: PLANT_KINDS, perKind: 2 };

const EXPECTED: Readonly<Record<PlantKind, readonly ConflictKind[]>> = {
  digits: ['number'],
  'number-words': ['number'],
  units: ['number'],
  money: ['number'],
  percent: ['number'],
  weekday: ['date'],
  'calendar-date': ['date'],
  year: ['date'],
  place: ['other', 'number', 'date', 'negation', 'attribution', 'quote'],
  negation: ['negation'],
  speaker: ['attribution', 'quote'],
};

// A negation or a speaker only conflicts with the same statement: the two sentences must be closer than for a figure.
const MIN_STATEMENT_OVERLAP = 0.4;

function brief(texts: readonly string[]): PipelineResult {
  return runPipeline({ records: texts.map((text) => ({ text })) }, { words: 100 });
}

function touches(conflict: Conflict, source: string, start: number, end: number): boolean {
  const onEdit = conflict.sides.findIndex((side) => side.evidence.some((item) => item.source === source && item.start < end && item.end > start));
  return onEdit >= 0 && conflict.sides.some((side, index) => index !== onEdit && side.evidence.some((item) => item.source !== source));
}

function storyContext(docs: readonly AnalyzedDocument[]): StoryContext {
  const people = new Set<string>();
  for (const doc of docs) for (const mention of doc.entities) if (mention.type === 'person' && mention.name?.includes(' ')) people.add(mention.name);
  return { people: [...people].sort(), text: docs.map((doc) => doc.text).join('\n') };
}

/** The plants of one kind: per detail pair, the edit of the shared detail in the edited sentence. */
function choosePlants(kind: PlantKind, docs: readonly AnalyzedDocument[], story: StoryContext, limit: number): Plant[] {
  const edits = new Map<Sentence, DetailEdit[]>();
  const editsOf = (doc: AnalyzedDocument, sentence: Sentence) => {
    let found = edits.get(sentence);
    if (!found) {
      found = editsIn(kind, doc, sentence, story);
      edits.set(sentence, found);
    }
    return found;
  };
  const pairs = findDetailPairs(docs, (doc, sentence) => editsOf(doc, sentence).map((item) => item.detail));
  const plants: Plant[] = [];
  const usedSentences = new Set<string>();
  for (const pair of pairs) {
    if (plants.length >= limit) break;
    const key = `${pair.edit}:${pair.edited.index}`;
    if (usedSentences.has(key)) continue;
    const item = editsOf(docs[pair.edit]!, pair.edited).find((entry) => entry.detail === pair.detail);
    const edit = item?.edit;
    if (!item || !edit) continue;
    // A detail whose slot matters (a place) must sit between the same words on one side at least in both sentences.
    const kept = item.context ? editsOf(docs[pair.keep]!, pair.kept).find((entry) => entry.detail === pair.detail)?.context : undefined;
    if (item.context && !(kept && (kept[0] === item.context[0] || kept[1] === item.context[1]))) continue;
    if ((kind === 'negation' || kind === 'speaker') && pair.overlap < MIN_STATEMENT_OVERLAP) continue;
    if (kind === 'negation') {
      // The same claim: the word the negation bears on is in the other sentence too.
      const word = docs[pair.edit]!.text.slice(edit.end, edit.end + 30)
        .match(/\p{L}{3,}/u)?.[0]
        ?.toLowerCase();
      if (!word || !pair.kept.text.toLowerCase().includes(word.slice(0, 5))) continue;
    }
    usedSentences.add(key);
    plants.push({ kind, doc: pair.edit, ...edit, sentence: pair.edited, other: pair.keep, otherSentence: pair.kept, overlap: pair.overlap });
  }
  return plants;
}

/**
 * Plants known disagreements in a story, one at a time, and checks that the briefing reports each as a conflict.
 * The story is briefed from its cleaned texts (so offsets stay put); for every kind, the same detail is found in
 * two sources' sentences about the same thing, and one copy is changed (a figure, a unit, a date, a place, a
 * negation, a speaker). Changes in a sentence the unmodified briefing already has a conflict on are skipped.
 */
export function plantConflicts(id: string, documents: readonly string[], options: PlantOptions = DEFAULT_PLANT_OPTIONS): StoryPlants | null {
  let base: PipelineResult;
  try {
    const cleaned = brief(documents).story.articles.map((clean) => clean.text);
    base = brief(cleaned);
  } catch {
    return null;
  }
  const docs = base.story.docs;
  const texts = base.story.articles.map((clean) => clean.text);
  const outcomes: PlantOutcome[] = [];
  if (docs.length >= 2) {
    const story = storyContext(docs);
    for (const kind of options.kinds) {
      for (const plant of choosePlants(kind, docs, story, options.perKind)) {
        const source = docs[plant.doc]!.source;
        if (base.briefing.conflicts.some((conflict) => touches(conflict, source, plant.sentence.start, plant.sentence.end))) continue;
        const original = texts[plant.doc]!;
        const changed = original.slice(0, plant.start) + plant.replacement + original.slice(plant.end);
        const result = brief(texts.map((text, index) => (index === plant.doc ? changed : text)));
        const cleaned = result.sourceTexts[source];
        // Cleaning a cleaned text leaves it as it is; when it does not, the change cannot be located.
        if (cleaned !== changed) continue;
        const end = plant.sentence.end + plant.replacement.length - (plant.end - plant.start);
        const hits = result.briefing.conflicts.filter((conflict) => touches(conflict, source, plant.sentence.start, end));
        outcomes.push({
          story: id,
          kind,
          what: plant.what,
          overlap: Math.round(plant.overlap * 100) / 100,
          found: hits.length > 0,
          rightKind: hits.some((conflict) => EXPECTED[kind].includes(conflict.kind)),
        });
      }
    }
  }
  return { story: id, conflicts: base.briefing.conflicts.length, outcomes };
}
