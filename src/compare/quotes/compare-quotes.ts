import type { AnalyzedDocument, Conflict, Evidence, Quote, QuoteMention, SourceId } from '../../model/index.js';
import { normalizeEntityKey } from '../../analyze/index.js';
import type { EntityIndex } from '../entities/index.js';
import { diffInnerWords, longestSharedRun, prepareQuote, relatePrepared, type PreparedQuote } from './quote-text.js';
import { clipWords, listSources } from '../text.js';
import { collectPartialQuotes } from './partial-quotes.js';

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
  /** True when the speaker is a person named next to the quote ("…," Crocker said), not found through a pronoun or a role. */
  readonly named: boolean;
  readonly evidence: Evidence;
  readonly prepared: PreparedQuote;
  readonly surname: string;
}

const MIN_WORDS = 3;
const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their)$/i;

function evidenceOf(doc: AnalyzedDocument, mention: QuoteMention): Evidence {
  return { source: mention.source, sentence: mention.sentence, start: mention.start, end: mention.end, text: doc.text.slice(mention.start, mention.end) };
}

function sentenceEvidence(doc: AnalyzedDocument, index: number): Evidence {
  const sentence = doc.sentences[index]!;
  return { source: doc.source, sentence: index, start: sentence.start, end: sentence.end, text: sentence.text };
}

function surname(speaker: string): string {
  return normalizeEntityKey(speaker).split(' ').pop() ?? '';
}

/** True when two speakers may be the same person: either unknown, same entity, or same surname. */
function sameSpeaker(a: Item, b: Item): boolean {
  if (a.speaker === null || b.speaker === null || a.speaker === b.speaker) return true;
  return a.surname === b.surname;
}

// The speaker is named in the quote's own sentence or the next one (a quote running over two sentences), by a
// capitalized name of a person; a speaker found earlier in the text through a pronoun is not enough here.
function isNamed(doc: AnalyzedDocument, mention: QuoteMention, entities: EntityIndex, id: string | null): boolean {
  if (mention.speakerStart === undefined || mention.speakerEnd === undefined || id === null) return false;
  const words = doc.text.slice(mention.speakerStart, mention.speakerEnd).trim();
  if (!/^\p{Lu}/u.test(words) || PRONOUN.test(words)) return false;
  const sentence = doc.sentences[mention.sentence];
  const next = doc.sentences[mention.sentence + 1];
  const from = sentence?.start ?? 0;
  const to = next?.end ?? sentence?.end ?? doc.text.length;
  if (mention.speakerStart < from || mention.speakerEnd > to) return false;
  const entity = entities.entity(id);
  return entity?.type === 'person' && !/^[\p{Lu}\d]{2,}$/u.test(entity.name);
}

// An attribution conflict needs both speakers named next to the quote, and neither named in the other's sentence
// ("Garrels quoted Crocker as saying" names both: the quote may be either's).
function clearlyDifferent(a: Item, b: Item, docs: ReadonlyMap<SourceId, AnalyzedDocument>): boolean {
  if (sameSpeaker(a, b) || !a.named || !b.named) return false;
  const sentenceA = docs.get(a.mention.source)!.sentences[a.mention.sentence]?.text.toLowerCase() ?? '';
  const sentenceB = docs.get(b.mention.source)!.sentences[b.mention.sentence]?.text.toLowerCase() ?? '';
  return !sentenceA.includes(b.surname) && !sentenceB.includes(a.surname);
}

/** Different content words inside the stretch both quote, on both sides ("bodyguard" against "buddy"). */
function materiallyDifferent(a: string, b: string): boolean {
  const [onlyA, onlyB] = diffInnerWords(a, b);
  return onlyA.length > 0 && onlyB.length > 0 && onlyA.length + onlyB.length >= 2;
}

function collectItems(docs: readonly AnalyzedDocument[], entities: EntityIndex): Item[] {
  const items: Item[] = [];
  docs.forEach((doc, order) => {
    for (const mention of doc.quotes) {
      const prepared = prepareQuote(mention.text);
      if (mention.fragment || prepared.words.length < MIN_WORDS) continue;
      const id = mention.speaker ? (entities.resolve(mention.speakerEntity ?? mention.speaker) ?? entities.resolve(mention.speaker)) : null;
      const speaker = mention.speaker ? (id ?? `name:${normalizeEntityKey(mention.speaker)}`) : null;
      items.push({
        mention,
        order,
        speaker,
        named: isNamed(doc, mention, entities, id),
        evidence: evidenceOf(doc, mention),
        prepared,
        surname: surname(mention.speaker ?? ''),
      });
    }
  });
  return items;
}

// Pairs of quotes from different sources sharing at least two content terms, in index order.
function findCandidatePairs(items: readonly Item[]): [number, number][] {
  const postings = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const term of item.prepared.terms) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const pairs: [number, number][] = [];
  // Shared terms per later item, and the items touched (reset after each item): no Map or entry arrays per item.
  const counts = new Int32Array(items.length);
  const touched: number[] = [];
  items.forEach((item, index) => {
    touched.length = 0;
    for (const term of item.prepared.terms) {
      const list = postings.get(term)!;
      // Postings are in item order: the later items are at the end.
      for (let k = list.length - 1; k >= 0 && list[k]! > index; k--) {
        const other = list[k]!;
        if (items[other]!.mention.source === item.mention.source) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other] = counts[other]! + 1;
      }
    }
    touched.sort((x, y) => x - y);
    for (const other of touched) {
      if (counts[other]! >= 2) pairs.push([index, other]);
      counts[other] = 0;
    }
  });
  return pairs;
}

interface Cluster {
  readonly members: number[];
  primary: number;
  readonly variants: number[];
}

/**
 * Merges direct quotes across sources: the same words in several sources (one may be cut shorter) are one
 * quote with evidence in each; another wording of it by the same speaker is a `variant` (and a `quote`
 * conflict when content words differ); the same words given to two different named people are an
 * `attribution` conflict.
 */
export function compareQuotes(docs: readonly AnalyzedDocument[], entities: EntityIndex): QuoteComparison {
  const byId = new Map(docs.map((doc) => [doc.source, doc]));
  const items = collectItems(docs, entities);
  const parent = items.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  const conflicts: Omit<Conflict, 'id'>[] = [];
  const reported = new Set<string>();
  const variantPairs: [number, number][] = [];
  for (const [i, j] of findCandidatePairs(items)) {
    {
      const a = items[i]!;
      const b = items[j]!;
      const related = relatePrepared(a.prepared, b.prepared);
      if (related === 'unrelated') continue;
      if (!sameSpeaker(a, b)) {
        const long = longestSharedRun(a.prepared.words, b.prepared.words) >= 6;
        const key = `${a.mention.source}:${a.mention.sentence}|${b.mention.source}:${b.mention.sentence}`;
        if (long && !reported.has(key) && clearlyDifferent(a, b, byId)) {
          reported.add(key);
          conflicts.push(attributionConflict(a, b, byId));
        }
        continue;
      }
      if (related === 'same') parent[find(j)] = find(i);
      else variantPairs.push([i, j]);
    }
  }
  // 1. Clusters of the same words; the primary is the longest wording.
  const byRoot = new Map<number, Cluster>();
  items.forEach((_, index) => {
    const root = find(index);
    const cluster = byRoot.get(root) ?? { members: [], primary: index, variants: [] };
    cluster.members.push(index);
    if (items[index]!.mention.text.length > items[cluster.primary]!.mention.text.length) cluster.primary = index;
    byRoot.set(root, cluster);
  });
  // 2. Another wording of a quote joins it as a variant (one level: a variant never gathers variants).
  const clusters = [...byRoot.values()];
  const absorbed = new Set<Cluster>();
  for (const [i, j] of variantPairs) {
    const cluster = byRoot.get(find(i))!;
    const other = byRoot.get(find(j))!;
    if (cluster === other || absorbed.has(cluster) || absorbed.has(other) || other.variants.length > 0) continue;
    if (!sameSpeaker(items[cluster.primary]!, items[other.primary]!)) continue;
    if (other.members.some((index) => cluster.members.some((own) => items[own]!.mention.source === items[index]!.mention.source))) continue;
    cluster.variants.push(...other.members);
    absorbed.add(other);
  }
  const quotes: Omit<Quote, 'id'>[] = [];
  for (const cluster of clusters) {
    if (absorbed.has(cluster)) continue;
    const head = items[cluster.primary]!;
    const all = [...cluster.members, ...cluster.variants].map((index) => items[index]!).sort((x, y) => x.order - y.order || x.mention.start - y.mention.start);
    const known = all.find((item) => item.speaker !== null && !item.speaker.startsWith('name:')) ?? all.find((item) => item.speaker !== null);
    const entity = known?.speaker && !known.speaker.startsWith('name:') ? known.speaker : null;
    const speakerName = entity ? (entities.entity(entity)?.name ?? known!.mention.speaker) : (known?.mention.speaker ?? null);
    const variantItems = cluster.variants.map((index) => items[index]!);
    quotes.push({
      text: head.evidence.text,
      speaker: speakerName,
      entity,
      sources: [...new Set(all.map((item) => item.mention.source))],
      evidence: all.map((item) => item.evidence),
      variants: [...new Set(variantItems.map((item) => item.evidence.text))],
    });
    const differing = variantItems.filter((item) => materiallyDifferent(head.mention.text, item.mention.text));
    if (speakerName && differing.length > 0) {
      conflicts.push(
        quoteConflict(
          speakerName,
          cluster.members.map((index) => items[index]!),
          differing,
        ),
      );
    }
  }
  quotes.push(...collectPartialQuotes(docs, entities));
  const order = new Map(docs.map((doc, index) => [doc.source, index]));
  const position = (quote: Omit<Quote, 'id'>): number => (order.get(quote.evidence[0]!.source) ?? -1) * 1e9 + quote.evidence[0]!.start;
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
