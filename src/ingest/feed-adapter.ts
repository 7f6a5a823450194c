import type { ArticleRecord, Diagnostic } from '../model/index.js';
import { cleanField, makeDiagnostic, type AdapterResult, type ArticleDraft } from './draft.js';
import { convertHtmlToText } from './html-dom.js';
import { parseFeedXml, unwrapRawXml } from './feed-xml.js';
import { convertRecord } from './record-adapter.js';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The text of an element that may carry attributes ({ "#text": …, "@_type": … }). */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['#text'] === 'string') return value['#text'];
  return null;
}

/** An Atom text construct (title, content, summary) as plain text, whatever its type. */
function readAtomText(value: unknown, raw: boolean): string | null {
  const text = textOf(value);
  if (text === null) return null;
  const type = isObject(value) && typeof value['@_type'] === 'string' ? value['@_type'].toLowerCase() : 'text';
  const decoded = raw && type !== 'xhtml' ? unwrapRawXml(text) : text;
  return type === 'html' || type === 'xhtml' || type.endsWith('html') ? convertHtmlToText(decoded) : decoded;
}

function atomLink(value: unknown): string | null {
  const links = asList(value).filter(isObject);
  const alternate = links.find((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate') ?? links[0];
  return alternate && typeof alternate['@_href'] === 'string' ? alternate['@_href'] : textOf(value);
}

function names(value: unknown): string | null {
  const list = asList(value)
    .map((item) => (isObject(item) ? (textOf(item.name) ?? textOf(item)) : textOf(item)))
    .filter((name): name is string => !!name);
  return list.length > 0 ? list.join(', ') : null;
}

/** RSS titles may hold escaped markup or entities ("A &amp;amp; B"); plain ones are kept as they are. */
function readHtmlTitle(title: string | null): string | null {
  return title !== null && /[<&]/.test(title) ? convertHtmlToText(title) : title;
}

function rssRecord(item: Loose, outlet: string | null): ArticleRecord {
  const html = textOf(item['content:encoded']) ?? textOf(item.description);
  return {
    id: textOf(item.guid),
    title: readHtmlTitle(textOf(item.title)),
    html: html === null ? null : `<div>${html}</div>`,
    url: textOf(item.link) ?? (isObject(item.guid) || typeof item.guid === 'string' ? textOf(item.guid) : null),
    outlet,
    published: textOf(item.pubDate) ?? textOf(item['dc:date']),
    byline: textOf(item['dc:creator']) ?? textOf(item.author),
  };
}

function atomRecord(entry: Loose, outlet: string | null): ArticleRecord {
  return {
    id: textOf(entry.id),
    title: readAtomText(entry.title, false),
    text: readAtomText(entry.content, true) ?? readAtomText(entry.summary, true),
    url: atomLink(entry.link),
    outlet,
    published: textOf(entry.published) ?? textOf(entry.updated),
    byline: names(entry.author),
  };
}

function convertItems(records: readonly ArticleRecord[], name: string, maxChars: number): AdapterResult {
  const drafts: ArticleDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  records.forEach((record, index) => {
    const origin = `${name}#${index + 1}`;
    if (!cleanField(record.text) && !cleanField(record.html))
      diagnostics.push(makeDiagnostic('info', 'empty-feed-item', `feed item ${index + 1} has no content; skipped`, origin));
    else drafts.push(convertRecord(record, origin, 'feed', maxChars));
  });
  if (records.length === 0) diagnostics.push(makeDiagnostic('warning', 'empty-feed', 'the feed has no items', name));
  return { drafts, diagnostics };
}

/** Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item with content or a description. */
export function convertFeedXml(xml: string, name: string, maxChars: number): AdapterResult {
  let document: Loose;
  try {
    document = parseFeedXml(xml);
  } catch (error) {
    return { drafts: [], diagnostics: [makeDiagnostic('error', 'invalid-feed', `not a readable feed (${(error as Error).message}); skipped`, name)] };
  }
  const rss = isObject(document.rss) ? document.rss : null;
  const channel = rss && isObject(rss.channel) ? rss.channel : null;
  const rdf = isObject(document['rdf:RDF']) ? document['rdf:RDF'] : null;
  const atom = isObject(document.feed) ? document.feed : null;
  if (channel || rdf) {
    const outlet = cleanField(textOf((channel ?? (isObject(rdf!.channel) ? rdf!.channel : {})).title));
    const items = asList(channel?.item ?? rdf?.item).filter(isObject);
    return convertItems(
      items.map((item) => rssRecord(item, outlet)),
      name,
      maxChars,
    );
  }
  if (atom) {
    const outlet = cleanField(readAtomText(atom.title, false));
    return convertItems(
      asList(atom.entry)
        .filter(isObject)
        .map((entry) => atomRecord(entry, outlet)),
      name,
      maxChars,
    );
  }
  return { drafts: [], diagnostics: [makeDiagnostic('error', 'invalid-feed', 'no <rss>, <rdf:RDF> or <feed> element found; skipped', name)] };
}

/** True for a JSON Feed document (https://jsonfeed.org). */
export function isJsonFeed(value: Loose): boolean {
  return typeof value.version === 'string' && value.version.includes('jsonfeed.org') && Array.isArray(value.items);
}

/** Reads a JSON Feed: one article per item with content_html, content_text or summary. */
export function convertJsonFeed(feed: Loose, name: string, maxChars: number): AdapterResult {
  const outlet = cleanField(feed.title);
  const records = asList(feed.items)
    .filter(isObject)
    .map(
      (item): ArticleRecord => ({
        id: typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : null,
        title: cleanField(item.title),
        html: cleanField(item.content_html),
        text: typeof item.content_text === 'string' ? item.content_text : typeof item.summary === 'string' ? item.summary : null,
        url: cleanField(item.url) ?? cleanField(item.external_url),
        outlet,
        published: cleanField(item.date_published),
        byline: names(item.authors ?? item.author),
      }),
    );
  return convertItems(records, name, maxChars);
}
