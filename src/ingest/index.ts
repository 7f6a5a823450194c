import type { Article, ArticleRecord, Diagnostic, InputFormat, RawInput } from '../model/index.js';
import { decodeBytes } from './decode-bytes.js';
import { detectFormat } from './detect-format.js';
import { ArticleCollector, makeDiagnostic, type AdapterResult } from './draft.js';
import { convertFeedXml } from './feed-adapter.js';
import { convertHtmlPage } from './html-adapter.js';
import { convertJsonText } from './json-adapter.js';
import { convertMultiNewsText } from './multinews-adapter.js';
import { convertRecord } from './record-adapter.js';
import { convertPlainText } from './text-adapter.js';

export { detectFormat, extensionOf, SUPPORTED_EXTENSIONS } from './detect-format.js';
export { normalizePublished } from './published-date.js';
export { toArticleRecord } from './record-adapter.js';
export { looksLikeHeadline } from './headline.js';
export { readabilityBaselineText } from './html-dom.js';
export { decodeBytes } from './decode-bytes.js';
export { classifyLine, isBoilerplateLine, type BoilerplateKind } from './lines/classify-line.js';
export { countWords, NOT_ABBREVIATION, toLineForm } from './lines/line-form.js';

/** Articles numbered S1, S2, … in input order, and the problems met on the way. */
export interface IngestResult {
  readonly articles: Article[];
  readonly diagnostics: Diagnostic[];
}

/** Options for `ingestInputs` and `ingestRecords`. */
export interface IngestOptions {
  /** Largest input read, in bytes; the rest is dropped with a warning (default 64 MiB). */
  readonly maxInputBytes: number;
  /** Longest article text (and longest HTML page parsed), in characters; cut with a warning (default 5,000,000). */
  readonly maxTextChars: number;
  /**
   * Keep a record that has a title but no text as an article with empty text (default false): the stories stage
   * groups headlines (`corroborate stories`); a briefing needs text.
   */
  readonly keepHeadlines?: boolean;
}

/** Default options for ingest. */
export const DEFAULT_INGEST_OPTIONS: IngestOptions = { maxInputBytes: 64 * 1024 * 1024, maxTextChars: 5_000_000 };

function convertText(text: string, name: string, format: InputFormat, options: IngestOptions): AdapterResult {
  switch (format) {
    case 'html':
      return { drafts: [convertHtmlPage(text, { origin: name, maxChars: options.maxTextChars })], diagnostics: [] };
    case 'json':
    case 'jsonl':
      return convertJsonText(text, name, format, options.maxTextChars, options.keepHeadlines === true);
    case 'multinews':
      return convertMultiNewsText(text, name);
    case 'feed':
      return convertFeedXml(text, name, options.maxTextChars);
    case 'text':
      return { drafts: [convertPlainText(text, name)], diagnostics: [] };
  }
}

function checkInput(input: unknown, index: number): asserts input is RawInput {
  const candidate = input as Partial<RawInput> | null;
  if (!candidate || typeof candidate.name !== 'string' || !(candidate.bytes instanceof Uint8Array)) {
    throw new TypeError(
      `ingestInputs: expected inputs[${index}] to be { name: string, bytes: Uint8Array }, got ${candidate === null ? 'null' : typeof candidate}`,
    );
  }
}

const resolveOptions = (options: Partial<IngestOptions>): IngestOptions => ({ ...DEFAULT_INGEST_OPTIONS, ...options });

/**
 * Reads raw inputs (files, pages, feeds, stdin) into articles. Each input's format is detected from
 * its content type, extension and content; a bad input becomes a diagnostic and never stops the others.
 */
export function ingestInputs(inputs: readonly RawInput[], options: Partial<IngestOptions> = {}): IngestResult {
  if (!Array.isArray(inputs)) throw new TypeError(`ingestInputs: expected an array of RawInput, got ${typeof inputs}`);
  inputs.forEach(checkInput);
  const resolved = resolveOptions(options);
  const collector = new ArticleCollector(resolved.maxTextChars, resolved.keepHeadlines === true);
  for (const input of inputs) {
    const decoded = decodeBytes(input.bytes, input.name, resolved.maxInputBytes);
    decoded.diagnostics.forEach((diagnostic) => collector.report(diagnostic));
    if (decoded.text === null) continue;
    const format = detectFormat(input.name, decoded.text, input.contentType);
    try {
      const result = convertText(decoded.text, input.name, format, resolved);
      collector.add(result);
      if (result.drafts.length === 0 && !result.diagnostics.some((d) => d.severity !== 'info')) {
        collector.report(makeDiagnostic('warning', 'no-articles', `no article found in this ${format} input`, input.name));
      }
    } catch (error) {
      collector.report(makeDiagnostic('error', 'ingest-failed', `could not read this ${format} input (${(error as Error).message})`, input.name));
    }
  }
  return collector.finish();
}

/**
 * Reads article records given by a library user or the API: `{ title?, text | html, url?, outlet?,
 * published?, byline? }`. Records without text or html are skipped with a diagnostic.
 */
export function ingestRecords(records: readonly ArticleRecord[], options: Partial<IngestOptions> = {}): IngestResult {
  if (!Array.isArray(records)) throw new TypeError(`ingestRecords: expected an array of article records, got ${typeof records}`);
  const resolved = resolveOptions(options);
  const collector = new ArticleCollector(resolved.maxTextChars, resolved.keepHeadlines === true);
  records.forEach((record: unknown, index) => {
    const origin = `record#${index + 1}`;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      collector.report(makeDiagnostic('warning', 'invalid-record', `record ${index + 1} is not an object; skipped`, origin));
      return;
    }
    const { text, html, title } = record as ArticleRecord;
    const headline = resolved.keepHeadlines === true && typeof title === 'string' && title.trim() !== '';
    if ((typeof text !== 'string' || text.trim() === '') && (typeof html !== 'string' || html.trim() === '') && !headline) {
      collector.report(makeDiagnostic('warning', 'empty-record', `record ${index + 1} has no text or html; skipped`, origin));
      return;
    }
    try {
      collector.add({ drafts: [convertRecord(record as ArticleRecord, origin, html ? 'html' : 'text', resolved.maxTextChars)], diagnostics: [] });
    } catch (error) {
      collector.report(makeDiagnostic('error', 'ingest-failed', `could not read record ${index + 1} (${(error as Error).message})`, origin));
    }
  });
  return collector.finish();
}
export { normalizeForHash } from './normalize-text.js';
