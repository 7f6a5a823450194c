import type { Diagnostic } from './diagnostic.js';
import type { EntityType } from './analysis.js';
import type { Evidence } from './evidence.js';
import type { SourceId } from './source.js';

export type { Evidence } from './evidence.js';

export interface BriefingSource {
  readonly id: SourceId;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly words: number;
  readonly removed: readonly string[];
}

/** What a briefing states is cited: the sources that report it and the exact passages. */
export interface Cited {
  readonly sources: readonly SourceId[];
  readonly evidence: readonly Evidence[];
}

export interface SummarySentence extends Cited {
  readonly text: string;
}

export type FactStatus = 'consensus' | 'single-source';

export interface Fact extends Cited {
  readonly id: string;
  readonly text: string;
  readonly status: FactStatus;
  /** Number of sources after collapsing syndicated copies. */
  readonly independent: number;
}

export type ConflictKind = 'number' | 'date' | 'negation' | 'attribution' | 'quote' | 'other';

export interface ConflictSide extends Cited {
  readonly claim: string;
  readonly value: string | null;
}

export interface Conflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly topic: string;
  readonly note: string;
  readonly sides: readonly ConflictSide[];
}

export interface Quote extends Cited {
  readonly id: string;
  readonly text: string;
  readonly speaker: string | null;
  /** Id of the speaker's entity, when resolved. */
  readonly entity: string | null;
  readonly variants: readonly string[];
  /** A quoted phrase of one to three words ("businesslike") its speaker is said to have used; additive field. */
  readonly partial?: boolean;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly sources: readonly SourceId[];
  readonly mentions: number;
}

export interface TimelineEvent extends Cited {
  /** ISO 8601, possibly partial ("2007-05"). */
  readonly date: string;
  readonly text: string;
}

export interface Syndication {
  readonly sources: readonly SourceId[];
  readonly sharedWords: number;
  /** Share of the shorter source's words that are in shared passages, 0..1. */
  readonly overlap: number;
  readonly passages: readonly string[];
}

/** The briefing: public contract, version 1 (see DESIGN.md). */
export interface Briefing {
  readonly version: 1;
  readonly generator: { readonly name: 'corroborate'; readonly version: string };
  readonly title: string;
  readonly sources: readonly BriefingSource[];
  readonly summary: readonly SummarySentence[];
  readonly facts: readonly Fact[];
  readonly conflicts: readonly Conflict[];
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly timeline: readonly TimelineEvent[];
  readonly syndication: readonly Syndication[];
  readonly diagnostics: readonly Diagnostic[];
}
