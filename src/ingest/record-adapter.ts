import type { ArticleRecord, Diagnostic, InputFormat } from '../model/index.js';
import { decodeCharacterReferences } from './character-references.js';
import { cleanField, makeDiagnostic, makeDraft, normalizeNewlines, type ArticleDraft } from './draft.js';
import { convertHtmlToText } from './html-dom.js';
import { convertHtmlPage } from './html-adapter.js';
import { normalizePublished } from './published-date.js';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

function pick(record: Loose, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (isObject(value) && typeof value.name === 'string') return value.name;
    if (Array.isArray(value)) {
      const names = value.map((item) => (isObject(item) ? item.name : item)).filter((item): item is string => typeof item === 'string');
      if (names.length > 0) return names.join(', ');
    }
  }
  return null;
}

/**
 * Reads an article record from loosely named JSON: `id` (or guid/uuid, a string or a number), `text` (or body/content/article), `html` (or
 * content_html), `title` (or headline), `url` (or link), `outlet` (or source/site/publisher),
 * `published` (or date/pubDate/datePublished/publishedAt), `byline` (or author/authors).
 */
export function toArticleRecord(value: Loose): ArticleRecord {
  const id = ['id', 'guid', 'uuid'].map((key) => value[key]).find((item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)));
  return {
    ...(id !== undefined && String(id).trim() !== '' ? { id: String(id).trim() } : {}),
    title: pick(value, ['title', 'headline']),
    text: pick(value, ['text', 'body', 'content_text', 'article', 'content', 'description', 'summary']),
    html: pick(value, ['html', 'content_html', 'body_html']),
    url: pick(value, ['url', 'link', 'href', 'canonical_url']),
    outlet: pick(value, ['outlet', 'source', 'site', 'site_name', 'publisher', 'domain']),
    published: pick(value, ['published', 'date', 'pubDate', 'datePublished', 'publishedAt', 'published_at', 'date_published', 'time']),
    byline: pick(value, ['byline', 'author', 'authors', 'creator']),
  };
}

const looksLikeMarkup = (text: string): boolean => /^<[a-z!]/i.test(text) || /<\/(?:p|div|li|h[1-6])>/i.test(text.slice(0, 5000));

const isFullPage = (html: string): boolean => /<(?:html|head|body)[\s>]|<!doctype html/i.test(html.slice(0, 2000));

/**
 * Turns an article record into a draft: an `html` field goes through the HTML adapter (a whole page
 * through Readability, a fragment straight to text); the record's own fields win over the page's.
 */
export function convertRecord(record: ArticleRecord, origin: string, format: InputFormat, maxChars: number): ArticleDraft {
  const notes: Diagnostic[] = [];
  let fromHtml: ArticleDraft | null = null;
  let text = typeof record.text === 'string' ? normalizeNewlines(record.text).trim() : '';
  if (!record.html && looksLikeMarkup(text)) text = convertHtmlToText(text.slice(0, maxChars));
  else text = decodeCharacterReferences(text);
  if (typeof record.html === 'string' && record.html.trim() !== '') {
    if (isFullPage(record.html)) fromHtml = convertHtmlPage(record.html, { origin, format, url: record.url ?? null, maxChars });
    else fromHtml = makeDraft({ origin, format, text: convertHtmlToText(record.html.slice(0, maxChars)) });
    if (fromHtml.text.trim() !== '' || text === '') text = fromHtml.text;
    notes.push(...fromHtml.notes);
  }
  const published = cleanField(record.published);
  const normalized = normalizePublished(published);
  if (published && !normalized) notes.push(makeDiagnostic('info', 'unparsed-date', `publication date "${published}" could not be read`, origin));
  return makeDraft({
    title: cleanField(decodeCharacterReferences(typeof record.title === 'string' ? record.title : '')) ?? fromHtml?.title ?? null,
    outlet: cleanField(record.outlet) ?? fromHtml?.outlet ?? null,
    url: cleanField(record.url) ?? fromHtml?.url ?? null,
    published: normalized ?? fromHtml?.published ?? null,
    byline: cleanField(record.byline) ?? fromHtml?.byline ?? null,
    ...(cleanField(record.id) ? { recordId: cleanField(record.id)! } : {}),
    origin,
    format,
    text,
    notes,
  });
}
