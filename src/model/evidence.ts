import type { SourceId } from './source.js';

/** A pointer to the exact source text a statement comes from. `text` is the slice [start, end) of that source's cleaned text. */
export interface Evidence {
  readonly source: SourceId;
  /** 0-based sentence index within the source. */
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
