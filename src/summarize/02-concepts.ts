import type { AnalyzedDocument } from '../model/index.js';

/** Concepts of a sentence's content terms: the stems and stem bigrams (adjacent content words). */
export function conceptsOf(terms: readonly string[]): string[] {
  const concepts = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    concepts.add(terms[i]!);
    if (i + 1 < terms.length) concepts.add(`${terms[i]} ${terms[i + 1]}`);
  }
  return [...concepts];
}

/** Options for `weighConcepts`. */
export interface ConceptOptions {
  /** Weight of a bigram concept relative to a unigram one. */
  readonly bigramWeight: number;
  /** Exponent on document frequency: how much more a concept reported by many documents counts. */
  readonly documentExponent: number;
  /** Extra weight of an occurrence in a document's first sentences (decays by e every `leadDecay` sentences). */
  readonly leadWeight: number;
  readonly leadDecay: number;
}

export const DEFAULT_CONCEPT_OPTIONS: ConceptOptions = { bigramWeight: 1.5, documentExponent: 1.5, leadWeight: 1, leadDecay: 5 };

/**
 * Weighs each concept by how many documents report it (and, within one document, how often),
 * so that what several sources say outranks what one says in passing.
 */
export function weighConcepts(docs: readonly AnalyzedDocument[], options: ConceptOptions = DEFAULT_CONCEPT_OPTIONS): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  const frequency = new Map<string, number>();
  const lead = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    const best = new Map<string, number>();
    for (const sentence of doc.sentences) {
      const early = Math.exp(-sentence.index / options.leadDecay);
      for (const concept of conceptsOf(sentence.terms)) {
        frequency.set(concept, (frequency.get(concept) ?? 0) + 1);
        if (early > (best.get(concept) ?? 0)) best.set(concept, early);
        if (!seen.has(concept)) {
          seen.add(concept);
          documentFrequency.set(concept, (documentFrequency.get(concept) ?? 0) + 1);
        }
      }
    }
    for (const [concept, early] of best) lead.set(concept, (lead.get(concept) ?? 0) + early);
  }
  const weights = new Map<string, number>();
  for (const [concept, df] of documentFrequency) {
    const tf = frequency.get(concept) ?? 1;
    const base = Math.pow(df, options.documentExponent) * (1 + Math.log(tf)) * (1 + options.leadWeight * (lead.get(concept) ?? 0));
    weights.set(concept, concept.includes(' ') ? base * options.bigramWeight : base);
  }
  return weights;
}
