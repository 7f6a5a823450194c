import { isTitleCase, termRoot, type TermToken } from '../analyze/index.js';
import type { TextUnit } from './units.js';

/** Term weights of a story: idf over its units, halved for names (a shared name says less than a shared verb). */
export interface TermWeights {
  readonly weight: ReadonlyMap<string, number>;
  /** Terms written capitalized inside sentences: people, places, organizations. */
  readonly names: ReadonlySet<string>;
}

const NAME_WEIGHT = 0.5;
const SPACE = /\s/;
const OPENS_QUOTE = /["“‘:]/;

/** Terms that the story writes capitalized where capitals are not forced (inside sentences, outside headlines). */
export function findNameTerms(units: readonly TextUnit[]): Set<string> {
  const capitalized = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const unit of units) {
    const found = caseOf(unit);
    for (const root of found.capitalized) capitalized.set(root, (capitalized.get(root) ?? 0) + 1);
    for (const root of found.lower) lower.set(root, (lower.get(root) ?? 0) + 1);
  }
  const names = new Set<string>();
  capitalized.forEach((count, term) => {
    if (count >= 4 * (lower.get(term) ?? 0)) names.add(term);
  });
  return names;
}

/** The roots of a unit's words written capitalized, and in lower case, where capitals are not forced (with repeats). */
interface UnitCase {
  readonly capitalized: readonly string[];
  readonly lower: readonly string[];
}

// A kept unit's (frozen token list: units.ts) case is read once for every briefing of its story.
const keptCase = new WeakMap<readonly TermToken[], UnitCase>();

function caseOf(unit: TextUnit): UnitCase {
  if (!Object.isFrozen(unit.tokens)) return readCase(unit);
  let found = keptCase.get(unit.tokens);
  if (!found) keptCase.set(unit.tokens, (found = readCase(unit)));
  return found;
}

function readCase(unit: TextUnit): UnitCase {
  const capitalized: string[] = [];
  const lower: string[] = [];
  if (unit.whole && isTitleCase(unit.text, unit.tokens, unit.start)) return { capitalized, lower };
  for (const token of unit.tokens) {
    const offset = token.start - unit.start;
    // The last character before the word that is not a space (no slice of the text per token).
    let before = offset;
    while (before > 0 && SPACE.test(unit.text[before - 1]!)) before--;
    // Sentence starts and the first word of a quotation are capitalized whatever they are.
    if (before === 0 || OPENS_QUOTE.test(unit.text[before - 1]!)) continue;
    const first = unit.text[offset] ?? '';
    const counts = /\p{Lu}/u.test(first) ? capitalized : /\p{Ll}/u.test(first) ? lower : null;
    counts?.push(termRoot(token.term));
  }
  return { capitalized, lower };
}

/** Weights terms by inverse unit frequency over the story; names count half. */
export function weighStoryTerms(units: readonly TextUnit[]): TermWeights {
  const frequency = new Map<string, number>();
  for (const unit of units) for (const term of unit.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const names = findNameTerms(units);
  const weight = new Map<string, number>();
  frequency.forEach((count, term) => {
    const idf = Math.log((units.length + 1) / count);
    weight.set(term, names.has(term) ? idf * NAME_WEIGHT : idf);
  });
  return { weight, names };
}
