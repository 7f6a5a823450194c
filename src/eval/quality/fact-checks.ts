import type { AnalyzedDocument, Evidence, Fact, SourceId } from '../../model/index.js';
import { normalizeEntityKey } from '../../analyze/index.js';
import { readDetails, type TextDetails } from './text-details.js';

/** A one-source fact that another source reports too, by the eval's own test. */
export interface EchoedFact {
  readonly fact: string;
  readonly text: string;
  readonly alsoIn: SourceId;
  readonly sentence: string;
}

/** A consensus fact with a cited passage that does not report it. */
export interface UnsupportedFact {
  readonly fact: string;
  readonly text: string;
  readonly source: SourceId;
  readonly passage: string;
  readonly why: string;
}

const MIN_TERMS = 4;
const ECHO_CONTAINMENT = 0.7;
const SUPPORT_CONTAINMENT = 0.35;

function containment(wanted: TextDetails, have: TextDetails): number {
  let all = 0;
  let found = 0;
  for (const term of wanted.terms) {
    all++;
    if (have.terms.has(term)) found++;
  }
  return all === 0 ? 0 : found / all;
}

/**
 * One-source facts that another source reports: a sentence of another source holds 70% of the fact's content
 * terms (four or more) and all of its figures. A lower bound: paraphrases in other words are not counted.
 */
export function findEchoedFacts(facts: readonly Fact[], docs: readonly AnalyzedDocument[]): EchoedFact[] {
  const sentences = docs.map((doc) => ({
    source: doc.source,
    sentences: doc.sentences.map((sentence) => ({ text: sentence.text, details: readDetails(sentence.text) })),
  }));
  const found: EchoedFact[] = [];
  for (const fact of facts) {
    if (fact.sources.length !== 1) continue;
    const details = readDetails(fact.text);
    if (details.terms.size < MIN_TERMS) continue;
    let echo: EchoedFact | null = null;
    for (const doc of sentences) {
      if (doc.source === fact.sources[0] || echo) continue;
      for (const sentence of doc.sentences) {
        if (containment(details, sentence.details) < ECHO_CONTAINMENT) continue;
        if ([...details.numbers].some((number) => !sentence.details.numbers.has(number))) continue;
        echo = { fact: fact.id, text: fact.text, alsoIn: doc.source, sentence: sentence.text };
        break;
      }
    }
    if (echo) found.push(echo);
  }
  return found;
}

function placesIn(doc: AnalyzedDocument | undefined, evidence: Evidence): Set<string> {
  const keys = new Set<string>();
  for (const mention of doc?.entities ?? []) {
    if (mention.type === 'place' && mention.start >= evidence.start && mention.end <= evidence.end)
      keys.add(mention.entity ?? normalizeEntityKey(mention.text, 'place'));
  }
  return keys;
}

/**
 * Consensus facts with a cited passage that does not report what the fact says: it holds under 35% of the
 * fact's content terms, or gives other figures and none of the fact's, or names other places and none of its.
 */
export function findUnsupportedFacts(facts: readonly Fact[], docs: ReadonlyMap<SourceId, AnalyzedDocument>): UnsupportedFact[] {
  const found: UnsupportedFact[] = [];
  for (const fact of facts) {
    if (fact.status !== 'consensus') continue;
    const representative = fact.evidence.find((item) => item.text === fact.text) ?? fact.evidence[0]!;
    const details = readDetails(fact.text);
    const places = placesIn(docs.get(representative.source), representative);
    for (const evidence of fact.evidence) {
      if (evidence === representative || evidence.source === representative.source) continue;
      const passage = readDetails(evidence.text);
      const otherPlaces = placesIn(docs.get(evidence.source), evidence);
      let why: string | null = null;
      if (containment(details, passage) < SUPPORT_CONTAINMENT && containment(passage, details) < SUPPORT_CONTAINMENT) why = 'few shared words';
      else if (details.numbers.size > 0 && passage.numbers.size > 0 && ![...details.numbers].some((number) => passage.numbers.has(number)))
        why = 'other figures';
      else if (places.size > 0 && otherPlaces.size > 0 && ![...places].some((place) => otherPlaces.has(place))) why = 'other places';
      if (why) found.push({ fact: fact.id, text: fact.text, source: evidence.source, passage: evidence.text, why });
    }
  }
  return found;
}
