import type { AnalyzedDocument, Evidence, Quote } from '../../model/index.js';
import { normalizeEntityKey, readQuoteWords } from '../../analyze/index.js';
import type { EntityIndex } from '../entities/index.js';

/**
 * Quoted phrases of one to three words that a reporting clause of their own sentence attributes ("Crocker
 * described the talks as "businesslike"", "said the Iranian position was "very close""): the words a speaker
 * is reported to have used. A phrase in quote marks with no such clause (a nickname, a scare quote) is left out.
 * The same words given to the same speaker in several sources are one quote.
 */
export function collectPartialQuotes(docs: readonly AnalyzedDocument[], entities: EntityIndex): Omit<Quote, 'id'>[] {
  const groups = new Map<string, { quote: Omit<Quote, 'id'>; evidence: Evidence[]; sources: Set<string> }>();
  for (const doc of docs) {
    for (const mention of doc.quotes) {
      if (!mention.fragment || mention.speaker === null || mention.verb === undefined) continue;
      const words = readQuoteWords(mention.text);
      if (words.length === 0) continue;
      const entity = entities.resolve(mention.speakerEntity ?? mention.speaker) ?? entities.resolve(mention.speaker);
      const speaker = entity ? (entities.entity(entity)?.name ?? mention.speaker) : mention.speaker;
      const key = `${words.join(' ')}|${entity ?? normalizeEntityKey(mention.speaker)}`;
      const evidence: Evidence = {
        source: mention.source,
        sentence: mention.sentence,
        start: mention.start,
        end: mention.end,
        text: doc.text.slice(mention.start, mention.end),
      };
      const group = groups.get(key);
      if (group) {
        group.evidence.push(evidence);
        group.sources.add(mention.source);
        continue;
      }
      groups.set(key, {
        quote: { text: evidence.text, speaker, entity: entity ?? null, sources: [], evidence: [], variants: [], partial: true },
        evidence: [evidence],
        sources: new Set([mention.source]),
      });
    }
  }
  return [...groups.values()].map(({ quote, evidence, sources }) => ({ ...quote, sources: [...sources], evidence }));
}
