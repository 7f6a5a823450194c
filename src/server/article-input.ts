import type { ArticleRecord, RawInput } from '../model/index.js';
import { HttpError } from './http-error.js';

/** What a request asks to add, in request order: records with text or HTML, URLs to fetch, and uploaded files. */
export type ArticleInput =
  | { readonly kind: 'record'; readonly record: ArticleRecord }
  | { readonly kind: 'url'; readonly url: string; readonly record: ArticleRecord }
  | { readonly kind: 'file'; readonly input: RawInput };

const FIELDS = ['title', 'text', 'html', 'url', 'outlet', 'published', 'byline'] as const;
/** Most articles in one request. */
export const MAX_ARTICLES_PER_REQUEST = 100;
/** Most URLs fetched for one request. */
export const MAX_URLS_PER_REQUEST = 20;

const bad = (message: string) => new HttpError(400, 'bad-request', message);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readRecord(value: unknown, where: string): ArticleInput {
  if (!isObject(value)) throw bad(`${where} must be an object like {"title", "text" | "html" | "url", "outlet", "published"}`);
  for (const key of Object.keys(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) throw bad(`${where} has an unknown field "${key.slice(0, 40)}"; expected ${FIELDS.join(', ')}`);
    const field = value[key];
    if (field !== null && field !== undefined && typeof field !== 'string')
      throw bad(`${where}.${key} must be a string or null, not ${Array.isArray(field) ? 'an array' : typeof field}`);
  }
  const record = value as ArticleRecord;
  const has = (text: string | null | undefined) => typeof text === 'string' && text.trim() !== '';
  if (has(record.text) && has(record.html)) throw bad(`${where} has both "text" and "html"; give one`);
  if (has(record.text) || has(record.html)) return { kind: 'record', record };
  if (has(record.url)) return { kind: 'url', url: record.url!.trim(), record };
  throw bad(`${where} needs a non-empty "text", "html" or "url"`);
}

function checkCounts(inputs: readonly ArticleInput[]): ArticleInput[] {
  if (inputs.length === 0) throw bad('no article given: send {"text": …}, {"html": …}, {"url": …}, or files');
  if (inputs.length > MAX_ARTICLES_PER_REQUEST) throw bad(`too many articles in one request (${inputs.length}); at most ${MAX_ARTICLES_PER_REQUEST}`);
  const urls = inputs.filter((input) => input.kind === 'url').length;
  if (urls > MAX_URLS_PER_REQUEST) throw bad(`too many URLs in one request (${urls}); at most ${MAX_URLS_PER_REQUEST}`);
  return [...inputs];
}

/** Reads a JSON body: one article object, an array of them, or {"articles": [...]}. Throws HttpError 400 on anything else. */
export function readJsonArticles(body: unknown): ArticleInput[] {
  if (Array.isArray(body)) return checkCounts(body.map((item, i) => readRecord(item, `articles[${i}]`)));
  if (isObject(body) && 'articles' in body) {
    const extra = Object.keys(body).find((key) => key !== 'articles');
    if (extra) throw bad(`unknown field "${extra.slice(0, 40)}" next to "articles"`);
    if (!Array.isArray(body.articles)) throw bad('"articles" must be an array');
    return checkCounts(body.articles.map((item, i) => readRecord(item, `articles[${i}]`)));
  }
  return checkCounts([readRecord(body, 'the article')]);
}

/** Form fields as parsed by the framework: strings and files, repeated keys as arrays. */
export type FormFields = Record<string, string | File | (string | File)[]>;

const valuesOf = (fields: FormFields, key: string): (string | File)[] => {
  const value = fields[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

const firstString = (fields: FormFields, key: string): string | null => {
  const value = valuesOf(fields, key).find((item): item is string => typeof item === 'string' && item.trim() !== '');
  return value ? value.trim() : null;
};

/** Reads a multipart/urlencoded form: `text` (a pasted article), `urls` (one per line) and any uploaded files. */
export async function readFormArticles(fields: FormFields): Promise<ArticleInput[]> {
  const inputs: ArticleInput[] = [];
  for (const text of valuesOf(fields, 'text')) {
    if (typeof text === 'string' && text.trim() !== '')
      inputs.push({ kind: 'file', input: { name: 'pasted text', bytes: new TextEncoder().encode(text), contentType: null } });
  }
  for (const value of Object.values(fields).flat()) {
    if (typeof value === 'string' || value.size === 0) continue;
    inputs.push({ kind: 'file', input: { name: value.name || 'upload', bytes: new Uint8Array(await value.arrayBuffer()), contentType: value.type || null } });
  }
  for (const url of valuesOf(fields, 'urls').concat(valuesOf(fields, 'url'))) {
    if (typeof url !== 'string') continue;
    for (const line of url.split(/\s+/).filter(Boolean)) inputs.push({ kind: 'url', url: line, record: { url: line } });
  }
  return checkCounts(inputs);
}

/** The optional story title of a form ("title" field), trimmed; null when blank. */
export function readFormTitle(fields: FormFields): string | null {
  return firstString(fields, 'title');
}
