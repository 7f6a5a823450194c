import type { Briefing, Fact, Syndication } from './briefing.js';
import type { SourceId } from './source.js';

/** Syndication found between the sources of a story, and the groups of sources that count as one. */
export interface SyndicationResult {
  /** One entry per pair of sources that share near-verbatim copy. */
  readonly syndication: readonly Syndication[];
  /** Every source in exactly one group; sources in a group share copy (directly or through another). */
  readonly independence: readonly (readonly SourceId[])[];
}

/** A group of sentences or clauses, one per source at most, that report the same information. */
export interface FactGroup extends Fact {
  /** Mean pairwise similarity of the members, 0..1 (0 for a single member). */
  readonly cohesion: number;
}

/** What one source adds to the story and which consensus facts it leaves out. */
export interface SourceView {
  readonly source: SourceId;
  /** Ids of facts that only this source reports (not shared with any other source). */
  readonly adds: readonly string[];
  /** Ids of consensus facts this source does not report. */
  readonly omits: readonly string[];
}

/** The cross-source parts of a briefing, as built by `compareSources`. */
export interface CrossSourceAnalysis extends Pick<Briefing, 'facts' | 'conflicts' | 'quotes' | 'entities' | 'timeline' | 'syndication'> {
  /** Additive briefing field: what each source adds and omits. */
  readonly perSource: readonly SourceView[];
}
