import type { Diagnostic, InputFormat } from '../model/index.js';
import { makeDiagnostic, type AdapterResult, type ArticleDraft } from './draft.js';
import { convertJsonFeed, isJsonFeed } from './feed-adapter.js';
import { convertDocuments } from './multinews-adapter.js';
import { convertRecord, toArticleRecord } from './record-adapter.js';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

const LIST_KEYS = ['articles', 'records', 'items', 'data'] as const;

function convertValue(value: unknown, origin: string, format: InputFormat, maxChars: number, depth = 0, keepHeadlines = false): AdapterResult {
  if (isObject(value) && Array.isArray(value.documents)) return convertDocuments(value.documents, origin);
  if (isObject(value) && isJsonFeed(value)) return convertJsonFeed(value, origin, maxChars);
  const list = Array.isArray(value)
    ? value
    : isObject(value) && !('text' in value) && !('html' in value)
      ? LIST_KEYS.map((key) => value[key]).find(Array.isArray)
      : undefined;
  if (list && depth < 2) {
    const drafts: ArticleDraft[] = [];
    const diagnostics: Diagnostic[] = [];
    list.forEach((item, index) => {
      const result = convertValue(item, `${origin}#${index + 1}`, format, maxChars, depth + 1, keepHeadlines);
      drafts.push(...result.drafts);
      diagnostics.push(...result.diagnostics);
    });
    return { drafts, diagnostics };
  }
  if (typeof value === 'string') return { drafts: [convertRecord({ text: value }, origin, format, maxChars)], diagnostics: [] };
  if (isObject(value)) {
    const record = toArticleRecord(value);
    if (!record.text && !record.html && !(keepHeadlines && record.title))
      return { drafts: [], diagnostics: [makeDiagnostic('warning', 'empty-record', 'record has no text or html field; skipped', origin)] };
    return { drafts: [convertRecord(record, origin, format, maxChars)], diagnostics: [] };
  }
  return {
    drafts: [],
    diagnostics: [makeDiagnostic('warning', 'invalid-record', `expected an article object, got ${value === null ? 'null' : typeof value}; skipped`, origin)],
  };
}

function convertLines(text: string, name: string, maxChars: number, keepHeadlines: boolean): AdapterResult {
  const drafts: ArticleDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const origin = `${name}#${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      diagnostics.push(makeDiagnostic('warning', 'invalid-json-line', `line ${index + 1} is not valid JSON (${(error as Error).message}); skipped`, origin));
      return;
    }
    const result = convertValue(value, origin, 'jsonl', maxChars, 1, keepHeadlines);
    drafts.push(...result.drafts);
    diagnostics.push(...result.diagnostics);
  });
  return { drafts, diagnostics };
}

/**
 * Reads JSON (one record, an array of records, {"documents": [...]}, a JSON Feed) or JSON lines (one
 * of those per line). A malformed line is skipped with a diagnostic; the other lines are kept. With `keepHeadlines`, a
 * record with a title but no text becomes an article with empty text.
 */
export function convertJsonText(text: string, name: string, format: 'json' | 'jsonl', maxChars: number, keepHeadlines = false): AdapterResult {
  let whole: unknown;
  let wholeError: string | null = null;
  try {
    whole = JSON.parse(text);
  } catch (error) {
    wholeError = (error as Error).message;
  }
  if (wholeError === null) return convertValue(whole, name, format, maxChars, 0, keepHeadlines);
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (format === 'jsonl' || (lines.length > 1 && lines.every((line) => /^\s*[{[]/.test(line)))) return convertLines(text, name, maxChars, keepHeadlines);
  return { drafts: [], diagnostics: [makeDiagnostic('error', 'invalid-json', `not valid JSON (${wholeError}); skipped`, name)] };
}
