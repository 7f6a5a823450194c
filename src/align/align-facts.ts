import type { AnalyzedDocument, Evidence, FactGroup, SourceId } from '../model/index.js';
import { ambiguousMatchTest } from './ambiguous-matches.js';
import { findMatchingPairs, sortMatches } from './candidates.js';
import { groupUnits, type UnitGroup } from './group-units.js';
import type { UnitMatch } from './similarity.js';
import { independenceCounter } from './independence.js';
import { isInformative, isTitleCase } from '../analyze/index.js';
import { detectSyndication } from './syndication.js';
import { buildUnits, type TextUnit } from './units.js';
import { weighStoryTerms } from './weights.js';

/** Options for `alignFacts`. */
export interface AlignOptions {
  /** Minimum weighted overlap for two units to start a group. */
  readonly minScore: number;
  /** Minimum score between every two members of a group. */
  readonly minLink: number;
  /** Minimum shared content terms of a pair, and how many of them must not be names. */
  readonly minShared: number;
  readonly minSharedContent: number;
  /**
   * A clause with a weaker match than `minScore` but at least this in another source is not listed as
   * single-source: the other source probably reports it too, in words too different to be sure.
   */
  readonly minEcho: number;
  /** The same for a clause and the clause of another source that are each other's best match there. */
  readonly minMutualEcho: number;
  /** Groups of sources that share copy; computed with `detectSyndication` when absent. */
  readonly independence?: readonly (readonly SourceId[])[];
  /** Also return single-source facts (informative units no other source reports). */
  readonly singleSource: boolean;
}

/** Default options, tuned on Multi-News test clusters (see bench/conflicts.js). */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  minScore: 0.4,
  minLink: 0.3,
  minShared: 3,
  minSharedContent: 2,
  minEcho: 0.25,
  minMutualEcho: 0.2,
  singleSource: true,
};

function toEvidence(unit: TextUnit): Evidence {
  return { source: unit.source, sentence: unit.sentence, start: unit.start, end: unit.end, text: unit.text };
}

function pickRepresentative(units: readonly TextUnit[], group: UnitGroup): TextUnit {
  const ranked = group.members.map((index, position) => {
    const unit = units[index]!;
    const clean = /^["“'‘(]?\p{Lu}/u.test(unit.text) && !(unit.whole && isTitleCase(unit.text, unit.tokens, unit.start));
    return { unit, clean, centrality: group.centrality[position]! };
  });
  ranked.sort(
    (x, y) => Number(y.clean) - Number(x.clean) || y.centrality - x.centrality || x.unit.text.length - y.unit.text.length || x.unit.index - y.unit.index,
  );
  return ranked[0]!.unit;
}

// Unaligned clauses of one sentence that follow each other are reported as one span.
function mergeUnaligned(units: readonly TextUnit[], aligned: ReadonlySet<number>): TextUnit[][] {
  const runs: TextUnit[][] = [];
  let current: TextUnit[] = [];
  for (const unit of units) {
    const previous = current[current.length - 1];
    if (aligned.has(unit.index) || (previous && (previous.source !== unit.source || previous.sentence !== unit.sentence))) {
      if (current.length > 0) runs.push(current);
      current = [];
    }
    if (!aligned.has(unit.index)) current.push(unit);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function spanEvidence(docs: ReadonlyMap<SourceId, AnalyzedDocument>, run: readonly TextUnit[]): Evidence {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const text = docs.get(first.source)!.text.slice(first.start, last.end);
  return { source: first.source, sentence: first.sentence, start: first.start, end: last.end, text };
}

/**
 * Aligns sentences and clauses across sources that report the same information, even in different words.
 * Each group has a representative text (one of its members), evidence in every source that reports it, and
 * the status `consensus` when at least two independent sources report it. Clauses no other source reports
 * come out as `single-source` facts; clauses that half-match another source are left out of both.
 */
export function alignFacts(docs: readonly AnalyzedDocument[], options: Partial<AlignOptions> = {}): FactGroup[] {
  if (!Array.isArray(docs)) throw new TypeError(`alignFacts: expected an array of AnalyzedDocument, got ${typeof docs}`);
  const settings = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const independence = settings.independence ?? detectSyndication(docs).independence;
  const order = new Map(docs.map((doc, index) => [doc.source, index]));
  const units = buildUnits(docs);
  const weights = weighStoryTerms(units);
  // Headlines are left out; a clause has no final stop by construction, so only whole sentences are tested.
  const eligible = new Set(
    units.filter((unit) => unit.terms.length >= 3 && !(unit.whole && isTitleCase(unit.text, unit.tokens, unit.start))).map((unit) => unit.index),
  );
  const loose = findMatchingPairs(units, weights, { minScore: Math.min(settings.minEcho / 2, settings.minScore), minShared: 2, minSharedContent: 1 });
  // Only the strict matches need an order (best first); the echoes are a set. A match on words another clause of
  // the source shares as well does not say which fact a clause reports (ambiguous-matches.ts): it is only an echo.
  const ambiguous = ambiguousMatchTest(units, weights, loose, settings.minScore);
  const matches = sortMatches(
    loose.filter(
      (match) =>
        match.score >= settings.minScore &&
        match.shared.length >= settings.minShared &&
        match.sharedContent >= settings.minSharedContent &&
        eligible.has(match.a) &&
        eligible.has(match.b) &&
        !ambiguous(match),
    ),
  );
  // A pair joins a fact only when each unit is the other's best match in the other's source: a clause that matches
  // another clause of that source better is about that one, not this ("Braden Scott sits up …" and "Laura Carson was
  // a healthy … 4-year-old": two children with one illness). Each unit's best score per other source, from the loose matches.
  const sourceCount = docs.length;
  // A map, not an array of every unit by every source: it grows with the loose matches, not with units times sources.
  const best = new Map<number, number>();
  for (const match of loose) {
    const a = match.a * sourceCount + order.get(units[match.b]!.source)!;
    const b = match.b * sourceCount + order.get(units[match.a]!.source)!;
    if (match.score > (best.get(a) ?? 0)) best.set(a, match.score);
    if (match.score > (best.get(b) ?? 0)) best.set(b, match.score);
  }
  const mutual = (match: UnitMatch): boolean =>
    match.score >= best.get(match.a * sourceCount + order.get(units[match.b]!.source)!)! &&
    match.score >= best.get(match.b * sourceCount + order.get(units[match.a]!.source)!)!;
  const groups = groupUnits(units, matches, settings.minLink, mutual);
  // An echo: a weaker match, a clause most of whose weight another source's sentence contains, or two clauses that
  // are each other's best match in their sources ("can be seen laughing nearby" and "stood idly by, laughing").
  const echoed = new Set<number>();
  for (const match of loose) {
    if (match.score >= settings.minEcho || match.containment >= 2 * settings.minEcho || (match.score >= settings.minMutualEcho && mutual(match)))
      echoed.add(match.a).add(match.b);
  }
  const aligned = new Set(groups.flatMap((group) => group.members));
  const drafts: (Omit<FactGroup, 'id'> & { position: [number, number] })[] = [];
  const countIndependentOf = independenceCounter(independence);
  for (const group of groups) {
    const members = group.members.map((index) => units[index]!).sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start);
    const sources = members.map((unit) => unit.source);
    const independent = countIndependentOf(sources);
    drafts.push({
      text: pickRepresentative(units, group).text,
      status: independent >= 2 ? 'consensus' : 'single-source',
      sources,
      independent,
      evidence: members.map(toEvidence),
      cohesion: Math.round(group.cohesion * 1000) / 1000,
      position: [order.get(members[0]!.source)!, members[0]!.start],
    });
  }
  if (settings.singleSource) {
    const byId = new Map(docs.map((doc) => [doc.source, doc]));
    // Clauses per sentence, kept at the sentence's first unit (a sentence's units follow each other), and each
    // unit's first unit of its sentence: no string key per unit.
    const clauses = new Int32Array(units.length);
    const firstOf = new Int32Array(units.length);
    for (let i = 0, first = 0; i < units.length; i++) {
      if (units[i]!.source !== units[first]!.source || units[i]!.sentence !== units[first]!.sentence) first = i;
      firstOf[i] = first;
      clauses[first] = clauses[first]! + 1;
    }
    for (const run of mergeUnaligned(units, aligned)) {
      if (run.some((unit) => echoed.has(unit.index))) continue;
      const evidence = spanEvidence(byId, run);
      const tokens = run.flatMap((unit) => unit.tokens);
      const whole = run.length === clauses[firstOf[run[0]!.index]!];
      if (!isInformative(evidence.text, tokens, evidence.start, whole)) continue;
      drafts.push({
        text: evidence.text,
        status: 'single-source',
        sources: [evidence.source],
        independent: 1,
        evidence: [evidence],
        cohesion: 0,
        position: [order.get(evidence.source)!, evidence.start],
      });
    }
  }
  drafts.sort((a, b) => b.independent - a.independent || b.sources.length - a.sources.length || a.position[0] - b.position[0] || a.position[1] - b.position[1]);
  return drafts.map(({ position, ...fact }, index) => {
    void position;
    return { id: `F${index + 1}`, ...fact };
  });
}
