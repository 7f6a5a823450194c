/**
 * A hand-annotated story (test/fixtures/gold/*.json, format in test/fixtures/gold/README.md). Sources are numbered
 * from 1 in article order, as the briefing numbers them (S1, S2, …); an anchor is a few words copied exactly from
 * that article (quote marks and spaces are normalized when it is looked up) that sit in the passage meant.
 */
export interface GoldStory {
  readonly id: string;
  /** `tune` stories may be looked at while changing the product; `test` stories are only scored. */
  readonly split: 'tune' | 'test';
  readonly about?: string;
  readonly articles: GoldArticles;
  /** The main news: the first summary sentence must contain one word of every group (lower case). */
  readonly main?: readonly (readonly string[])[];
  /** Facts two or more sources report, each with its anchor(s) in every source that reports it. */
  readonly facts: readonly GoldFact[];
  /** Points on which sources disagree. */
  readonly conflicts: readonly GoldConflict[];
  /** Direct quotations and who said them. */
  readonly quotes: readonly GoldQuote[];
}

/** Where the articles come from: a folder of the repository, records of a data set by id, or one cluster of it. */
export type GoldArticles =
  | { readonly folder: string }
  | { readonly data: string; readonly ids: readonly string[] }
  | { readonly data: string; readonly cluster: string; readonly documents?: readonly number[] };

/** Anchors by source number ("1", "2", …); a source may need more than one anchor (a fact told over two sentences). */
export type GoldAnchors = Readonly<Record<string, string | readonly string[]>>;

export interface GoldFact {
  readonly id: string;
  readonly note?: string;
  readonly sources: GoldAnchors;
}

export interface GoldConflict {
  readonly id: string;
  /** number, date, place, name, negation, attribution, quote (wording) */
  readonly kind: string;
  readonly note?: string;
  /** A difference a careful reader may or may not call a disagreement: not missed when absent, not wrong when reported. */
  readonly optional?: boolean;
  readonly sides: readonly { readonly sources: GoldAnchors; readonly value?: string }[];
}

export interface GoldQuote {
  readonly source: number;
  /** Words of the quotation (inside the marks). */
  readonly anchor: string;
  /** Who said it, as a reader would write it ("Ryan Crocker", "an Israeli diplomat"); null when the article does not say. */
  readonly speaker: string | null;
  /** Other names for the speaker that count as right ("Crocker", "the U.S. ambassador"). */
  readonly aliases?: readonly string[];
  /** A quoted phrase of one to three words ("businesslike"). */
  readonly partial?: boolean;
}
