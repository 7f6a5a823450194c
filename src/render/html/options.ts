import type { Briefing, SourceId } from '../../model/index.js';

/** Options of renderHtml / renderHtmlFragment. */
export interface HtmlOptions {
  /** true (default): a full HTML document with CSP, inline CSS and script; false: the body fragment only. */
  readonly standalone?: boolean;
  /**
   * Cleaned text of each source by source id (the text evidence offsets point into). With it the report
   * shows every source in full with highlighted passages; without it, only the evidence passages.
   */
  readonly sourceTexts?: Readonly<Record<SourceId, string>>;
  /** Most facts drawn in the coverage matrix (default 60); the rest are counted in a note. */
  readonly maxMatrixFacts?: number;
  /** Most sources drawn as columns of the coverage matrix (default 20), in source order; the rest are counted. */
  readonly maxMatrixSources?: number;
  /** Most items of a per-source list that grows with the other sources (what it leaves out, its conflicts; default 10). */
  readonly maxSourceListItems?: number;
  /** Most citation markers after one statement (default 12); the rest are counted ("+30 more"). */
  readonly maxCitations?: number;
}

export const DEFAULT_HTML_OPTIONS = { standalone: true, maxMatrixFacts: 60, maxMatrixSources: 20, maxSourceListItems: 10, maxCitations: 12 } as const;

export interface ResolvedHtmlOptions {
  readonly standalone: boolean;
  readonly sourceTexts: ReadonlyMap<SourceId, string>;
  readonly maxMatrixFacts: number;
  readonly maxMatrixSources: number;
  readonly maxSourceListItems: number;
  readonly maxCitations: number;
}

/** Checks the arguments of a render function; throws TypeError naming it on misuse. */
export function resolveHtmlOptions(fn: string, briefing: unknown, options: HtmlOptions | undefined): ResolvedHtmlOptions {
  if (briefing === null || typeof briefing !== 'object' || !Array.isArray((briefing as Briefing).sources)) {
    throw new TypeError(`${fn}: expected a Briefing object with a sources array, got ${describe(briefing)}`);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError(`${fn}: expected options to be an object, got ${describe(options)}`);
  }
  const texts = new Map<SourceId, string>();
  const given = options?.sourceTexts;
  if (given !== undefined) {
    if (given === null || typeof given !== 'object') {
      throw new TypeError(`${fn}: expected options.sourceTexts to be a record of source id to text, got ${describe(given)}`);
    }
    for (const [id, text] of Object.entries(given)) {
      if (typeof text !== 'string') throw new TypeError(`${fn}: expected options.sourceTexts.${id} to be a string, got ${describe(text)}`);
      texts.set(id, text);
    }
  }
  const positive = (name: 'maxMatrixFacts' | 'maxMatrixSources' | 'maxSourceListItems' | 'maxCitations'): number => {
    const max = options?.[name] ?? DEFAULT_HTML_OPTIONS[name];
    if (!Number.isInteger(max) || max < 1) throw new TypeError(`${fn}: expected options.${name} to be a positive integer, got ${describe(max)}`);
    return max;
  };
  return {
    standalone: options?.standalone ?? DEFAULT_HTML_OPTIONS.standalone,
    sourceTexts: texts,
    maxMatrixFacts: positive('maxMatrixFacts'),
    maxMatrixSources: positive('maxMatrixSources'),
    maxSourceListItems: positive('maxSourceListItems'),
    maxCitations: positive('maxCitations'),
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
