import type { AnalyzedDocument, Conflict, Evidence, Quote, QuoteMention, SourceId } from '../model/index.js';
import { keyOfName } from './entity-keys.js';
import type { EntityIndex } from './entities.js';
import { quoteTerms, quoteWords, relateQuotes, type QuoteRelation } from './quote-text.js';
import { clipWords, listSources } from './text.js';

/** Quotes merged across sources, and the conflicts found while merging them. */
export interface QuoteComparison {
  readonly quotes: readonly Quote[];
  readonly conflicts: readonly Omit<Conflict, 'id'>[];
}

interface Item {
  readonly mention: QuoteMention;
  readonly order: number;
  /** Entity id of the speaker, or "name:<key>" for a speaker that is not a known entity; null when unknown. */
  readonly speaker: string | null;
  readonly evidence: Evidence;
}

const MIN_WORDS = 3;

function evidenceOf(doc: AnalyzedDocument, mention: QuoteMention): Evidence {
  return { source: mention.source, sentence: mention.sentence, start: mention.start, end: mention.end, text: doc.text.slice(mention.start, mention.end) };
}

function sentenceEvidence(doc: AnalyzedDocument, index: number): Evidence {
  const sentence = doc.sentences[index]!;
  return { source: doc.source, sentence: index, start: sentence.start, end: sentence.end, text: sentence.text };
}

function surname(speaker: string): string {
  return keyOfName(speaker).split(' ').pop() ?? '';
}

/** True when two speakers may be the same person: same entity, or same surname. */
function sameSpeaker(a: Item, b: Item): boolean {
  if (a.speaker === null || b.speaker === null) return true;
  if (a.speaker === b.speaker) return true;
  return surname(a.mention.speaker ?? '') === surname(b.mention.speaker ?? '');
}

// An attribution conflict needs both speakers clearly named, and neither named in the other's sentence
// ("Garrels quoted Crocker as saying" names both: the quote may be either's).
function clearlyDifferent(a: Item, b: Item, docs: ReadonlyMap<SourceId, AnalyzedDocument>): boolean {
  if (sameSpeaker(a, b) || !a.mention.speaker || !b.mention.speaker) return false;
  const sentenceA = docs.get(a.mention.source)!.sentences[a.mention.sentence]?.text.toLowerCase() ?? '';
  const sentenceB = docs.get(b.mention.source)!.sentences[b.mention.sentence]?.text.toLowerCase() ?? '';
  return !sentenceA.includes(surname(b.mention.speaker)) && !sentenceB.includes(surname(a.mention.speaker));
}

function materiallyDifferent(a: string, b: string): boolean {
  const termsA = quoteTerms(a);
  const termsB = quoteTerms(b);
  const onlyA = [...termsA].filter((term) => !termsB.has(term)).length;
  const onlyB = [...termsB].filter((term) => !termsA.has(term)).length;
  return onlyA + onlyB >= 2;
}

function collectItems(docs: readonly AnalyzedDocument[], entities: EntityIndex): Item[] {
  const items: Item[] = [];
  docs.forEach((doc, order) => {
    for (const mention of doc.quotes) {
      if (mention.fragment || quoteWords(mention.text).length < MIN_WORDS) continue;
      const id = mention.speaker ? entities.resolve(mention.speakerEntity ?? mention.speaker) ?? entities.resolve(mention.speaker) : null;
      const speaker = mention.speaker ? id ?? `name:${keyOfName(mention.speaker)}` : null;
      items.push({ mention, order, speaker, evidence: evidenceOf(doc, mention) });
    }
  });
  return items;
}

/**
 * Merges direct quotes across sources: the same words in several sources are one quote with evidence in
 * each; other wordings of it by the same speaker are `variants` (and a `quote` conflict); the same words
 * given to two different speakers are an `attribution` conflict.
 */
export function compareQuotes(docs: readonly AnalyzedDocument[], entities: EntityIndex): QuoteComparison {
  const byId = new Map(docs.map((doc) => [doc.source, doc]));
  const items = collectItems(docs, entities);
  const parent = items.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  const relation = new Map<string, QuoteRelation>();
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.mention.source === b.mention.source) continue;
      const related = relateQuotes(a.mention.text, b.mention.text);
      if (related === 'unrelated') continue;
      if (!sameSpeaker(a, b)) {
        if (related === 'same' && quoteWords(a.mention.text).length >= 5 && clearlyDifferent(a, b, byId)) {
          conflicts.push(attributionConflict(a, b, byId));
        }
        continue;
      }
      relation.set(`${i}:${j}`, related);
      parent[find(j)] = find(i);
    }
  }
  const clusters = new Map<number, number[]>();
  items.forEach((_, index) => clusters.set(find(index), [...(clusters.get(find(index)) ?? []), index]));
  const quotes: Omit<Quote, 'id'>[] = [];
  for (const members of clusters.values()) {
    const related = (i: number, j: number): QuoteRelation => (i === j ? 'same' : relation.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? relateQuotes(items[i]!.mention.text, items[j]!.mention.text));
    const primary = [...members].sort((x, y) => {
      const same = (i: number): number => members.filter((other) => related(i, other) === 'same').length;
      return same(y) - same(x) || items[y]!.mention.text.length - items[x]!.mention.text.length || x - y;
    })[0]!;
    const head = items[primary]!;
    const variants = members.filter((index) => related(primary, index) !== 'same');
    const all = members.map((index) => items[index]!).sort((x, y) => x.order - y.order || x.mention.start - y.mention.start);
    const known = all.find((item) => item.speaker !== null);
    const entity = known?.speaker && !known.speaker.startsWith('name:') ? known.speaker : null;
    const speakerName = entity ? entities.entities.find((candidate) => candidate.id === entity)?.name ?? known!.mention.speaker : known?.mention.speaker ?? null;
    quotes.push({
      text: head.evidence.text,
      speaker: speakerName,
      entity,
      sources: [...new Set(all.map((item) => item.mention.source))],
      evidence: all.map((item) => item.evidence),
      variants: [...new Set(variants.map((index) => items[index]!.evidence.text))],
    });
    const differing = variants.filter((index) => materiallyDifferent(head.mention.text, items[index]!.mention.text));
    if (speakerName && differing.length > 0) conflicts.push(quoteConflict(speakerName, members.filter((index) => !differing.includes(index)).map((index) => items[index]!), differing.map((index) => items[index]!)));
  }
  const position = (quote: Omit<Quote, 'id'>): number => docs.findIndex((doc) => doc.source === quote.evidence[0]!.source) * 1e9 + quote.evidence[0]!.start;
  quotes.sort((a, b) => b.sources.length - a.sources.length || position(a) - position(b));
  return { quotes: quotes.map((quote, index) => ({ id: `Q${index + 1}`, ...quote })), conflicts };
}

function quoteConflict(speaker: string, left: readonly Item[], right: readonly Item[]): Omit<Conflict, 'id'> {
  const side = (items: readonly Item[]): Conflict['sides'][number] => ({
    claim: items[0]!.evidence.text,
    value: items[0]!.evidence.text,
    sources: [...new Set(items.map((item) => item.mention.source))],
    evidence: items.map((item) => item.evidence),
  });
  const a = side(left);
  const b = side(right);
  return {
    kind: 'quote',
    topic: `${speaker}: “${clipWords(a.claim, 10)}”`,
    note: `${listSources(a.sources)} and ${listSources(b.sources)} quote ${speaker} in different words: “${clipWords(a.claim)}” against “${clipWords(b.claim)}”.`,
    sides: [a, b],
  };
}

function attributionConflict(a: Item, b: Item, docs: ReadonlyMap<SourceId, AnalyzedDocument>): Omit<Conflict, 'id'> {
  const side = (item: Item): Conflict['sides'][number] => ({
    claim: docs.get(item.mention.source)!.sentences[item.mention.sentence]?.text ?? item.evidence.text,
    value: item.mention.speaker,
    sources: [item.mention.source],
    evidence: [sentenceEvidence(docs.get(item.mention.source)!, item.mention.sentence)],
  });
  return {
    kind: 'attribution',
    topic: `who said “${clipWords(a.evidence.text, 10)}”`,
    note: `${a.mention.source} attributes “${clipWords(a.evidence.text)}” to ${a.mention.speaker}, while ${b.mention.source} attributes it to ${b.mention.speaker}.`,
    sides: [side(a), side(b)],
  };
}
