import { isInformative, termTokensIn } from '../../analyze/index.js';
import type { AnalyzedDocument, Evidence, FactGroup, TimelineEvent } from '../../model/index.js';

/**
 * Dated events: each resolved date with the sentence it stands in. Sentences that report the same fact in
 * several sources (one fact group) and carry the same date are one event with evidence in each.
 */
export function buildTimeline(docs: readonly AnalyzedDocument[], groups: readonly FactGroup[], undated: ReadonlySet<string> = new Set()): TimelineEvent[] {
  const groupOf = new Map<string, string>();
  for (const group of groups)
    if (group.sources.length > 1) for (const evidence of group.evidence) groupOf.set(`${evidence.source}:${evidence.sentence}`, group.id);
  const events = new Map<string, { date: string; order: number; evidence: Evidence[] }>();
  docs.forEach((doc, order) => {
    for (const mention of doc.dates) {
      if (mention.value === null || !/^\d{4}(?:-\d{2}){0,2}$/.test(mention.value)) continue;
      // Relative dates of an article without a publication date resolve against nothing real.
      if ((mention.relative === true || !/\b\d{4}\b/.test(mention.text)) && undated.has(doc.source)) continue;
      const sentence = doc.sentences[mention.sentence];
      if (!sentence) continue;
      if (!isInformative(sentence.text, termTokensIn(doc, sentence.start, sentence.end), sentence.start)) continue;
      const place = `${doc.source}:${sentence.index}`;
      const key = `${mention.value}|${groupOf.get(place) ?? place}`;
      const event = events.get(key) ?? { date: mention.value, order: order * 1e9 + sentence.start, evidence: [] };
      if (!event.evidence.some((evidence) => evidence.source === doc.source && evidence.sentence === sentence.index)) {
        event.evidence.push({ source: doc.source, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text });
      }
      events.set(key, event);
    }
  });
  return [...events.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order))
    .map((event) => ({
      date: event.date,
      text: event.evidence[0]!.text,
      sources: [...new Set(event.evidence.map((evidence) => evidence.source))],
      evidence: event.evidence,
    }));
}
