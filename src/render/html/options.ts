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
}

export const DEFAULT_HTML_OPTIONS = { standalone: true, maxMatrixFacts: 60 } as const;

export interface ResolvedHtmlOptions {
  readonly standalone: boolean;
  readonly sourceTexts: ReadonlyMap<SourceId, string>;
  readonly maxMatrixFacts: number;
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
  const max = options?.maxMatrixFacts ?? DEFAULT_HTML_OPTIONS.maxMatrixFacts;
  if (!Number.isInteger(max) || max < 1) throw new TypeError(`${fn}: expected options.maxMatrixFacts to be a positive integer, got ${describe(max)}`);
  return { standalone: options?.standalone ?? DEFAULT_HTML_OPTIONS.standalone, sourceTexts: texts, maxMatrixFacts: max };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
