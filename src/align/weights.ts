import { isTitleCase, termRoot } from '../analyze/index.js';
import type { TextUnit } from './units.js';

/** Term weights of a story: idf over its units, halved for names (a shared name says less than a shared verb). */
export interface TermWeights {
  readonly weight: ReadonlyMap<string, number>;
  /** Terms written capitalized inside sentences: people, places, organizations. */
  readonly names: ReadonlySet<string>;
}

const NAME_WEIGHT = 0.5;

/** Terms that the story writes capitalized where capitals are not forced (inside sentences, outside headlines). */
export function findNameTerms(units: readonly TextUnit[]): Set<string> {
  const capitalized = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const unit of units) {
    if (unit.whole && isTitleCase(unit.text, unit.tokens, unit.start)) continue;
    for (const token of unit.tokens) {
      const offset = token.start - unit.start;
      const before = unit.text.slice(0, offset).trimEnd();
      // Sentence starts and the first word of a quotation are capitalized whatever they are.
      if (before === '' || /["“‘:]$/.test(before)) continue;
      const first = unit.text[offset] ?? '';
      const counts = /\p{Lu}/u.test(first) ? capitalized : /\p{Ll}/u.test(first) ? lower : null;
      const root = termRoot(token.term);
      counts?.set(root, (counts.get(root) ?? 0) + 1);
    }
  }
  const names = new Set<string>();
  capitalized.forEach((count, term) => {
    if (count >= 4 * (lower.get(term) ?? 0)) names.add(term);
  });
  return names;
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
