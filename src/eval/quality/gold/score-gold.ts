import type { Briefing, Evidence, SourceId } from '../../../model/index.js';
import type { GoldAnchors, GoldStory } from './gold-types.js';

/** A span of a cleaned source text. */
interface Span {
  readonly source: SourceId;
  readonly start: number;
  readonly end: number;
}

/** How a briefing fares against one gold story. Counts, and the items behind the misses, to read. */
export interface GoldScore {
  readonly story: string;
  readonly split: 'tune' | 'test';
  /** Pairs of sources joined by a gold fact, and how many of them a briefing fact joins as well. */
  readonly factPairs: number;
  readonly factPairsFound: number;
  /** Pairs of sources a briefing fact joins, and how many of them a gold fact joins there too. */
  readonly systemPairs: number;
  readonly systemPairsRight: number;
  /** Consensus facts, and those whose every cited passage reports one gold fact. */
  readonly consensus: number;
  readonly consensusSupported: number;
  /** One-source facts, and those another source reports too (they overlap a gold fact's anchor). */
  readonly singleSource: number;
  readonly singleSourceShared: number;
  readonly conflicts: number;
  readonly conflictsFound: number;
  readonly systemConflicts: number;
  readonly systemConflictsRight: number;
  /** Gold quotes; shown in the briefing; with the right speaker; with a wrong one; with none. */
  readonly quotes: number;
  readonly quotesShown: number;
  readonly speakersRight: number;
  readonly speakersWrong: number;
  readonly speakersMissing: number;
  /** Quotes the briefing shows that the gold set does not have (to review: a missed annotation or a non-quote). */
  readonly quotesUnannotated: number;
  /** The first summary sentence gives the main news (null: not annotated). */
  readonly mainFirst: boolean | null;
  /** What to read: misses and errors, one line each. */
  readonly notes: readonly string[];
  /** Anchors not found in the cleaned text (an annotation to fix, or text cleaning removed). */
  readonly missingAnchors: readonly string[];
}

function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds every place of an anchor in a cleaned text (a repeated line, a deck and its paragraph): quote marks
 * straightened, any run of spaces matching any other, case ignored when the exact case is absent.
 */
export function findAnchor(text: string, anchor: string): { start: number; end: number }[] {
  const pattern = escapePattern(anchor.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").trim()).replace(/\s+/g, '\\s+');
  const exact = [...text.matchAll(new RegExp(pattern, 'g'))];
  const found = exact.length > 0 ? exact : [...text.matchAll(new RegExp(pattern, 'gi'))];
  return found.map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const overlaps = (a: Span | Evidence, b: Span): boolean => a.source === b.source && a.start < b.end && a.end > b.start;

/** Sentence extents per source: facts and conflicts are matched by sentence (a clause of the anchor's sentence counts). */
export type SentenceSpans = Readonly<Record<SourceId, readonly { readonly start: number; readonly end: number }[]>>;

// Widens a span to the sentences it touches.
function widen(span: Span, sentences: SentenceSpans): Span {
  const list = sentences[span.source] ?? [];
  let start = span.start;
  let end = span.end;
  for (const sentence of list) {
    if (sentence.start < span.end && sentence.end > span.start) {
      start = Math.min(start, sentence.start);
      end = Math.max(end, sentence.end);
    }
  }
  return { source: span.source, start, end };
}

function locate(anchors: GoldAnchors, texts: Record<SourceId, string>, missing: string[], label: string): Span[] {
  const spans: Span[] = [];
  for (const [number, value] of Object.entries(anchors)) {
    const source = `S${number}`;
    for (const anchor of typeof value === 'string' ? [value] : value) {
      const text = texts[source];
      const found = text === undefined ? [] : findAnchor(text, anchor);
      for (const place of found) spans.push({ source, ...place });
      if (found.length === 0) missing.push(`${label}: ${source} "${anchor}"`);
    }
  }
  return spans;
}

const sourcesOf = (spans: readonly Span[]): SourceId[] => [...new Set(spans.map((span) => span.source))];

const fold = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z ]/g, ' ')
    .trim();

/**
 * Is the briefing's speaker the gold speaker? The same surname as the name or an alias (and, when both give a
 * first name, the same first name: "Carlie Trent" is not "Shannon Trent"), or, for a role, its head noun.
 */
export function sameSpeaker(system: string, gold: string, aliases: readonly string[] = []): boolean {
  const said = fold(system).split(/\s+/);
  return [gold, ...aliases].some((name) => {
    const words = fold(name).split(/\s+/);
    const last = words[words.length - 1]!;
    if (!said.includes(last)) return false;
    const role = /^\p{Ll}/u.test(name.trim());
    const saidFirst = said.length >= 2 && said.indexOf(last) > 0 ? said[said.indexOf(last) - 1]! : null;
    const goldFirst = words.length >= 2 ? words[words.length - 2]! : null;
    return role || saidFirst === null || goldFirst === null || saidFirst === goldFirst || saidFirst[0] === goldFirst;
  });
}

/** Scores one briefing against its gold story. `texts` are the cleaned source texts the evidence points into, `sentences` their sentences. */
export function scoreGold(gold: GoldStory, briefing: Briefing, texts: Record<SourceId, string>, sentences: SentenceSpans = {}): GoldScore {
  const notes: string[] = [];
  const missingAnchors: string[] = [];
  const exact = gold.facts.map((fact) => locate(fact.sources, texts, missingAnchors, `fact ${fact.id}`));
  const facts = gold.facts.map((fact, index) => ({ fact, spans: exact[index]!.map((span) => widen(span, sentences)) }));
  const multi = briefing.facts.filter((fact) => fact.sources.length >= 2);
  const joins = (a: SourceId, b: SourceId, spansA: readonly Span[], spansB: readonly Span[]) =>
    multi.some(
      (fact) => fact.evidence.some((e) => spansA.some((s) => overlaps(e, s))) && fact.evidence.some((e) => spansB.some((s) => overlaps(e, s))) && a !== b,
    );
  let factPairs = 0;
  let factPairsFound = 0;
  for (const { fact, spans } of facts) {
    const sources = sourcesOf(spans);
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        factPairs++;
        const a = spans.filter((span) => span.source === sources[i]);
        const b = spans.filter((span) => span.source === sources[j]);
        if (joins(sources[i]!, sources[j]!, a, b)) factPairsFound++;
        else notes.push(`fact missed: ${fact.id} (${sources[i]}-${sources[j]})`);
      }
    }
  }
  // A briefing fact joins two sources rightly when one gold fact has anchors in both passages.
  const goldJoins = (x: Evidence, y: Evidence) => facts.some(({ spans }) => spans.some((s) => overlaps(x, s)) && spans.some((s) => overlaps(y, s)));
  let systemPairs = 0;
  let systemPairsRight = 0;
  let consensus = 0;
  let consensusSupported = 0;
  for (const fact of multi) {
    let all = true;
    for (let i = 0; i < fact.evidence.length; i++) {
      for (let j = i + 1; j < fact.evidence.length; j++) {
        const x = fact.evidence[i]!;
        const y = fact.evidence[j]!;
        if (x.source === y.source) continue;
        systemPairs++;
        if (goldJoins(x, y)) systemPairsRight++;
        else all = false;
      }
    }
    if (fact.status === 'consensus') {
      consensus++;
      // Supported: one gold fact has an anchor in every cited passage.
      const supported = facts.some(({ spans }) => fact.evidence.every((e) => spans.some((s) => overlaps(e, s))));
      if (supported) consensusSupported++;
      else
        notes.push(
          `consensus not supported: ${fact.id} "${fact.text.slice(0, 90)}" [${fact.sources.join(',')}]${all ? ' (pairs right, no one gold fact)' : ''}`,
        );
    }
  }
  const singles = briefing.facts.filter((fact) => fact.sources.length === 1);
  const shared = singles.filter((fact) =>
    facts.some(({ spans }) => sourcesOf(spans).length >= 2 && fact.evidence.some((e) => spans.some((s) => overlaps(e, s)))),
  );
  for (const fact of shared) notes.push(`one-source but shared: ${fact.id} [${fact.sources[0]}] "${fact.text.slice(0, 90)}"`);

  const conflicts = gold.conflicts.map((conflict) => ({
    conflict,
    sides: conflict.sides.map((side, index) =>
      locate(side.sources, texts, missingAnchors, `conflict ${conflict.id} side ${index + 1}`).map((span) => widen(span, sentences)),
    ),
  }));
  const matches = (system: Briefing['conflicts'][number], sides: readonly (readonly Span[])[]) => {
    const covered = sides.map((spans) => system.sides.findIndex((side) => side.evidence.some((e) => spans.some((s) => overlaps(e, s)))));
    return covered.filter((index) => index >= 0).length >= 2 && new Set(covered.filter((index) => index >= 0)).size >= 2;
  };
  let conflictsFound = 0;
  for (const { conflict, sides } of conflicts) {
    if (conflict.optional) continue;
    if (briefing.conflicts.some((system) => matches(system, sides))) conflictsFound++;
    else notes.push(`conflict missed: ${conflict.id} (${conflict.kind})`);
  }
  let systemConflictsRight = 0;
  for (const system of briefing.conflicts) {
    if (conflicts.some(({ sides }) => matches(system, sides))) systemConflictsRight++;
    else notes.push(`conflict not in gold: ${system.kind} "${system.topic.slice(0, 80)}"`);
  }

  let quotesShown = 0;
  let speakersRight = 0;
  let speakersWrong = 0;
  let speakersMissing = 0;
  const matched = new Set<string>();
  for (const quote of gold.quotes) {
    const spans = locate({ [String(quote.source)]: quote.anchor }, texts, missingAnchors, 'quote');
    if (spans.length === 0) continue;
    const shown = briefing.quotes.find((item) => item.evidence.some((e) => spans.some((span) => overlaps(e, span))));
    if (!shown) {
      notes.push(`quote not shown: S${quote.source} "${quote.anchor.slice(0, 60)}" (${quote.speaker ?? 'no speaker'})`);
      continue;
    }
    matched.add(shown.id);
    quotesShown++;
    if (quote.speaker === null) {
      if (shown.speaker === null) speakersRight++;
      else {
        speakersWrong++;
        notes.push(`speaker given where the article names none: "${quote.anchor.slice(0, 50)}" -> ${shown.speaker}`);
      }
    } else if (shown.speaker === null) {
      speakersMissing++;
      notes.push(`speaker missing: "${quote.anchor.slice(0, 50)}" (${quote.speaker})`);
    } else if (sameSpeaker(shown.speaker, quote.speaker, quote.aliases)) speakersRight++;
    else {
      speakersWrong++;
      notes.push(`wrong speaker: "${quote.anchor.slice(0, 50)}" -> ${shown.speaker} (gold: ${quote.speaker})`);
    }
  }
  const unannotated = briefing.quotes.filter((quote) => !matched.has(quote.id));
  for (const quote of unannotated) notes.push(`quote not in gold: "${quote.text.slice(0, 60)}" (${quote.speaker ?? 'no speaker'})`);

  const first = briefing.summary[0]?.text.toLowerCase() ?? '';
  const mainFirst = gold.main ? gold.main.every((group) => group.some((word) => first.includes(word))) : null;
  if (mainFirst === false) notes.push(`first sentence is not the main news: "${first.slice(0, 100)}"`);

  return {
    story: gold.id,
    split: gold.split,
    factPairs,
    factPairsFound,
    systemPairs,
    systemPairsRight,
    consensus,
    consensusSupported,
    singleSource: singles.length,
    singleSourceShared: shared.length,
    conflicts: gold.conflicts.filter((conflict) => !conflict.optional).length,
    conflictsFound,
    systemConflicts: briefing.conflicts.length,
    systemConflictsRight,
    quotes: gold.quotes.length,
    quotesShown,
    speakersRight,
    speakersWrong,
    speakersMissing,
    quotesUnannotated: unannotated.length,
    mainFirst,
    notes,
    missingAnchors,
  };
}
