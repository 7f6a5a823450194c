import type { Briefing, Evidence } from '../../src/model/index.js';
import type { PreparedStory } from '../../src/pipeline/index.js';
import { isDeletionOf } from '../../src/summarize/index.js';

const normalize = (text: string): string =>
  text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Lists every way a briefing breaks the faithfulness rules of DESIGN.md: evidence that is not the exact
 * slice of its source's cleaned text, statements without evidence, summary sentences that add to their evidence, quotes that are not source substrings.
 */
export function checkFaithfulness(briefing: Briefing, story: PreparedStory): string[] {
  const texts = new Map(story.articles.map((clean) => [clean.article.id, clean.text]));
  const problems: string[] = [];
  const checkEvidence = (where: string, evidence: readonly Evidence[], sources: readonly string[]): void => {
    if (evidence.length === 0) problems.push(`${where}: no evidence`);
    for (const item of evidence) {
      const text = texts.get(item.source);
      if (text === undefined) problems.push(`${where}: evidence from unknown source ${item.source}`);
      else if (text.slice(item.start, item.end) !== item.text) problems.push(`${where}: evidence is not the slice ${item.source}[${item.start}, ${item.end})`);
      if (!sources.includes(item.source)) problems.push(`${where}: evidence from ${item.source} which it does not cite`);
    }
    for (const source of sources) if (!evidence.some((item) => item.source === source)) problems.push(`${where}: cites ${source} without evidence`);
  };
  briefing.summary.forEach((sentence, i) => {
    checkEvidence(`summary[${i}]`, sentence.evidence, sentence.sources);
    // A summary sentence is its first evidence, or a compression of it that only leaves words out.
    const own = sentence.evidence[0];
    if (own && !isDeletionOf(sentence.text, own.text)) problems.push(`summary[${i}]: text is not its evidence or a deletion from it`);
  });
  for (const fact of briefing.facts) checkEvidence(`fact ${fact.id}`, fact.evidence, fact.sources);
  for (const conflict of briefing.conflicts)
    conflict.sides.forEach((side, i) => checkEvidence(`conflict ${conflict.id} side ${i}`, side.evidence, side.sources));
  for (const event of briefing.timeline) checkEvidence(`timeline ${event.date}`, event.evidence, event.sources);
  for (const quote of briefing.quotes) {
    checkEvidence(`quote ${quote.id}`, quote.evidence, quote.sources);
    const inSource = quote.sources.some((source) => normalize(texts.get(source) ?? '').includes(normalize(quote.text)));
    if (!inSource) problems.push(`quote ${quote.id}: text is not a substring of any cited source`);
  }
  return problems;
}
