import { alignFacts, detectSyndication, independenceCounter, keepAgreeingFigures, type AlignOptions, type SyndicationOptions } from '../align/index.js';
import type { AnalyzedDocument, CleanArticle, Conflict, CrossSourceAnalysis, Evidence, Fact, FactGroup, SourceId } from '../model/index.js';
import {
  findAttributionConflicts,
  findBearingConflicts,
  findDateConflicts,
  findNameConflicts,
  findNegationConflicts,
  findNumberConflicts,
  findResponseConflicts,
  findSpellingConflicts,
} from './conflicts/index.js';
import { mergeEntities } from './entities/index.js';
import { describeSources } from './per-source.js';
import { compareQuotes } from './quotes/index.js';
import { buildTimeline } from './timeline/index.js';

/** Options for `compareSources`. */
export interface CompareOptions {
  readonly align?: Partial<Omit<AlignOptions, 'independence'>>;
  readonly syndication?: Partial<SyndicationOptions>;
}

/** Default options for `compareSources`. */
export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {};

type Draft = Omit<Conflict, 'id'>;

function widenToSentences(group: FactGroup, docs: ReadonlyMap<string, AnalyzedDocument>): FactGroup {
  const evidence = group.evidence.map((item) => {
    const sentence = docs.get(item.source)!.sentences[item.sentence]!;
    return { source: item.source, sentence: item.sentence, start: sentence.start, end: sentence.end, text: sentence.text };
  });
  return { ...group, evidence };
}

function conflictKey(conflict: Draft): string {
  // Names told apart (kind "other") are one disagreement however many aligned clauses show it: once per pair of names.
  if (conflict.kind === 'other')
    return `other|${conflict.sides
      .map((side) => side.value)
      .sort()
      .join('|')}`;
  return `${conflict.kind}|${conflict.sides
    .flatMap((side) => side.evidence.map((e) => `${e.source}:${e.start}`))
    .sort()
    .join(',')}`;
}

const onSide = (evidence: Evidence) => (side: Conflict['sides'][number]) =>
  side.evidence.some((item) => item.source === evidence.source && item.sentence === evidence.sentence);

/**
 * A group the sources disagree on is not one fact all of them report: its members on the same sides of every
 * conflict on it stay together (the sources that agree: four saying "200 feet" against one saying "150 metres").
 * A part with one source is left to the conflict: the fact is not one that source alone reports.
 */
function splitConflicted(
  groups: readonly FactGroup[],
  conflictsOf: ReadonlyMap<string, readonly Draft[]>,
  countIndependent: (sources: readonly SourceId[]) => number,
  docs: ReadonlyMap<SourceId, AnalyzedDocument>,
): Omit<Fact, 'id'>[] {
  const facts: Omit<Fact, 'id'>[] = [];
  for (const group of groups) {
    const conflicts = conflictsOf.get(group.id);
    if (!conflicts) {
      // Passages whose figures disagree with no conflict found do not state one fact (align/figure-agreement.ts).
      const kept = group.sources.length > 1 ? keepAgreeingFigures(group.evidence, docs, group.text) : group.evidence;
      if (kept === group.evidence) {
        facts.push({ text: group.text, status: group.status, sources: group.sources, independent: group.independent, evidence: group.evidence });
        continue;
      }
      const sources = [...new Set(kept.map((item) => item.source))];
      if (sources.length === 1) continue;
      const independent = countIndependent(sources);
      const text = kept.some((item) => item.text === group.text) ? group.text : kept[0]!.text;
      facts.push({ text, status: independent >= 2 ? 'consensus' : 'single-source', sources, independent, evidence: kept });
      continue;
    }
    const parts = new Map<string, Evidence[]>();
    for (const evidence of group.evidence) {
      const signature = conflicts.map((conflict) => conflict.sides.findIndex(onSide(evidence))).join(',');
      const part = parts.get(signature);
      if (part) part.push(evidence);
      else parts.set(signature, [evidence]);
    }
    for (const part of parts.values()) {
      const sources = [...new Set(part.map((item) => item.source))];
      // One source's side of the disagreement is not a fact only it reports: the other sources report the fact
      // too, with another value. The conflict shows it.
      if (sources.length === 1) continue;
      const independent = countIndependent(sources);
      const text = part.some((item) => item.text === group.text) ? group.text : part[0]!.text;
      facts.push({ text, status: independent >= 2 ? 'consensus' : 'single-source', sources, independent, evidence: part });
    }
  }
  const rank = (fact: Omit<Fact, 'id'>): number => (fact.status === 'consensus' ? 0 : fact.sources.length > 1 ? 1 : 2);
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => rank(a.fact) - rank(b.fact) || a.index - b.index)
    .map(({ fact }) => fact);
}

/**
 * Cross-source analysis of one story: facts (consensus and single-source), conflicts, quotes, entities,
 * timeline, syndication and a per-source view. Pure and deterministic.
 * Example: `compareSources(docs, articles).conflicts` lists where the sources disagree.
 */
export function compareSources(
  docs: readonly AnalyzedDocument[],
  articles: readonly CleanArticle[] = [],
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
): CrossSourceAnalysis {
  if (!Array.isArray(docs)) throw new TypeError(`compareSources: expected an array of AnalyzedDocument, got ${typeof docs}`);
  const byId = new Map(docs.map((doc) => [doc.source, doc]));
  const published = new Map(articles.map((clean) => [clean.article.id, clean.article.published]));
  const undated = new Set(docs.filter((doc) => published.size > 0 && !published.get(doc.source)).map((doc) => doc.source));
  const { syndication, independence } = detectSyndication(docs, options.syndication);
  const groups = alignFacts(docs, { ...options.align, independence });
  const entities = mergeEntities(docs);
  const quoteComparison = compareQuotes(docs, entities);
  const multi = groups.filter((group) => group.sources.length > 1);
  const conflicted = new Map<string, Draft[]>();
  const drafts: Draft[] = [];
  const detect = (group: FactGroup): Draft[] => [
    ...findNumberConflicts([group], byId),
    ...findDateConflicts([group], byId, undated),
    ...findNegationConflicts([group], byId),
    ...findAttributionConflicts([group], entities, byId),
    ...findNameConflicts([group], byId),
  ];
  for (const group of multi) {
    // Clauses first; when they show nothing, numbers and negations in the whole sentences they stand in (a
    // clause split in one source only can leave them just outside). Dates stay with their clause: a sentence
    // often dates two events ("acquitted Oct. 3, 1995, but found responsible two years later").
    let found = detect(group);
    if (found.length === 0) {
      const sentences = widenToSentences(group, byId);
      found = [...findNumberConflicts([sentences], byId), ...findNegationConflicts([sentences], byId)];
    }
    if (found.length > 0) conflicted.set(group.id, found);
    for (const draft of found) drafts.push(draft);
    // A name spelled two ways is reported, but the sources still report one fact: the group is not split for it.
    for (const draft of findSpellingConflicts([group], byId)) drafts.push(draft);
  }
  // One at a time: a big story has more conflicts than a spread call may pass as arguments (RangeError).
  for (const draft of [...findResponseConflicts(docs), ...findBearingConflicts(docs), ...quoteComparison.conflicts]) drafts.push(draft);
  const seen = new Set<string>();
  const order = new Map(docs.map((doc, index) => [doc.source, index]));
  const position = (conflict: Draft): number => {
    const first = conflict.sides[0]!.evidence[0]!;
    return order.get(first.source)! * 1e9 + first.start;
  };
  const conflicts: Conflict[] = drafts
    .filter((conflict) => !seen.has(conflictKey(conflict)) && seen.add(conflictKey(conflict)))
    .sort((a, b) => position(a) - position(b))
    .map((conflict, index) => ({ id: `C${index + 1}`, ...conflict }));
  const facts: Fact[] = splitConflicted(groups, conflicted, independenceCounter(independence), byId).map((fact, index) => ({ id: `F${index + 1}`, ...fact }));
  return {
    facts,
    conflicts,
    quotes: quoteComparison.quotes,
    entities: entities.entities,
    timeline: buildTimeline(docs, groups, undated),
    syndication,
    perSource: describeSources(
      docs.map((doc) => doc.source),
      facts,
    ),
  };
}
