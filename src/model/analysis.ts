import type { Evidence } from './evidence.js';
import type { SourceId } from './source.js';

/** A sentence of a cleaned article; offsets are into that article's cleaned text. */
export interface Sentence {
  readonly source: SourceId;
  /** 0-based index of the sentence within its source. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0-based paragraph number within the source. */
  readonly paragraph: number;
  /** Lower-cased word tokens (no punctuation). */
  readonly words: readonly string[];
  /** Content terms: lower-cased stems of non-stopword words, numbers kept. */
  readonly terms: readonly string[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One mention of a named entity in a source. */
export interface EntityMention extends Evidence {
  readonly type: EntityType;
  /** Descriptive title or appositive found next to the mention ("U.S. Ambassador to Iraq"). */
  readonly description: string | null;
  /**
   * Normalized key for merging across sources: lower-case, diacritics, dots, possessive and "al-" folded,
   * aliases mapped ("u.s." → "united states"); a surname alone gets the key of the full name seen in
   * the same source ("Crocker" → "ryan crocker").
   */
  readonly entity?: string;
  /** Fullest form of the name seen in this source ("Ryan Crocker" for a mention "Crocker"). */
  readonly name?: string;
}

/** A direct quotation in a source (its span: the quoted words, without the quote marks), with its speaker when one could be resolved. */
export interface QuoteMention extends Evidence {
  /** Speaker as named in the text, after resolving pronouns and roles. */
  readonly speaker: string | null;
  /** Entity key of the speaker (EntityMention.entity) when the speaker is a named entity. */
  readonly speakerEntity?: string;
  /** Offsets of the words that attribute the quote ("Crocker", "he", "the Iranian envoy"), when found. */
  readonly speakerStart?: number;
  readonly speakerEnd?: number;
  /** Reporting verb lemma of the attribution ("say", "tell", "add", "quote", "according to"). */
  readonly verb?: string;
  /** True for a quoted phrase of one to three words ("broad agreement"), often a scare quote. */
  readonly fragment?: boolean;
}

/** A clause (a sentence, or a part of one split at "; " or ", but") that names who it attributes its statement to ("Crocker said …", "according to Qomi"). */
export interface Attribution extends Evidence {
  /** The speaker as named, titles dropped ("Crocker" for "Ambassador Crocker said"). */
  readonly speaker: string;
}

/** A date or time expression, resolved as far as the text and publication date allow. */
export interface DateMention extends Evidence {
  /** ISO 8601, possibly partial: "2007", "2007-05", "2007-05-28", or null when unresolved. */
  readonly value: string | null;
  /** True when the value depends on the publication date ("Monday", "last month", "today"). */
  readonly relative?: boolean;
}

/** A number with the thing it counts ("four hours", "$1.2 billion", "seven Iranians"). */
export interface NumberMention extends Evidence {
  readonly value: number;
  /** The counted noun or unit, lower-cased and singular where known ("hour", "iranian", "$"). */
  readonly unit: string | null;
  /** True for "about", "almost", "more than", … */
  readonly approximate: boolean;
}

/**
 * The words of a document, tokenized once by analyze, in columns (one entry per word or term, in text
 * order): what every later stage reads instead of tokenizing again. Offsets are into the cleaned text.
 */
export interface TokenTable {
  /** Every word: letters and digits, inner dots/apostrophes kept ("U.S.", "don't", "1,200"); hyphens split. */
  readonly words: TokenColumns;
  /** Content terms: function words dropped, two-word names joined ("united states"), canonical stems. */
  readonly terms: TokenColumns & {
    /** Canonical stem of each term: spellings, synonyms and number words folded ("Teheran" gives "iran"). */
    readonly values: readonly string[];
  };
}

/** Offsets and lower-cased forms of a run of tokens. */
export interface TokenColumns {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Lower-cased form, curly apostrophes straightened. */
  readonly lowers: readonly string[];
}

/** Everything analyze extracts from one cleaned article. */
export interface AnalyzedDocument {
  readonly source: SourceId;
  readonly text: string;
  /** The document's words and content terms, tokenized once. */
  readonly tokens: TokenTable;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly EntityMention[];
  readonly quotes: readonly QuoteMention[];
  /** Clauses that name their speaker, one record each, in text order. */
  readonly attributions: readonly Attribution[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
}
