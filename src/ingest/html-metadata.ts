import { cleanField } from './draft.js';
import type { HtmlArticle, HtmlPageFacts } from './html-dom.js';

/** Metadata of a page as the article model wants it (published not yet normalized). */
export interface PageMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|WebPage|LiveBlogPosting)$/;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Finds the first article-like object in JSON-LD blocks (top level, arrays, @graph). */
export function findJsonLdArticle(blocks: readonly unknown[]): JsonObject | null {
  const queue: unknown[] = [...blocks];
  let fallback: JsonObject | null = null;
  for (let i = 0; i < queue.length && i < 500; i++) {
    const node = queue[i];
    if (Array.isArray(node)) queue.push(...node);
    else if (isObject(node)) {
      const types = typesOf(node);
      if (types.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) return node;
      if (types.includes('WebPage')) fallback ??= node;
      if (Array.isArray(node['@graph'])) queue.push(...node['@graph']);
    }
  }
  return fallback;
}

/** The name(s) in a JSON-LD person/organization value: "A", {name}, [{name}, …]. */
function namesOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((item) => (isObject(item) ? cleanField(item.name) : cleanField(item))).filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}

const first = (...values: (string | null | undefined)[]): string | null => {
  for (const value of values) {
    const cleaned = cleanField(value);
    if (cleaned) return cleaned;
  }
  return null;
};

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const isUrl = (value: string | null): boolean => value !== null && /^https?:\/\//i.test(value);

/**
 * Picks title, byline, outlet, url and publication date from what a page declares: JSON-LD first,
 * then Open Graph / article / other meta tags, then <time>, then what Readability found.
 */
export function pickPageMetadata(facts: HtmlPageFacts, article: HtmlArticle | null, pageUrl: string | null): PageMetadata {
  const meta = (key: string): string | null => cleanField(facts.meta.get(key));
  const ld = findJsonLdArticle(facts.jsonLd);
  const publisher = ld && isObject(ld.publisher) ? namesOf(ld.publisher) : null;
  const url = first(facts.canonicalUrl && isUrl(facts.canonicalUrl) ? facts.canonicalUrl : null, meta('og:url'), pageUrl);
  const author = meta('author') ?? meta('article:author') ?? meta('byl') ?? meta('dc.creator');
  return {
    title: first(ld ? cleanField(ld.headline) : null, meta('og:title'), meta('twitter:title'), article?.title, facts.firstHeading, facts.documentTitle),
    byline: first(ld ? namesOf(ld.author) : null, author && !isUrl(author) ? author : null, article?.byline?.replace(/^by\s+/i, '')),
    outlet: first(meta('og:site_name'), publisher, meta('application-name'), article?.siteName, hostOf(url)),
    url,
    published: first(
      ld ? cleanField(ld.datePublished) : null,
      meta('article:published_time'),
      meta('og:published_time'),
      meta('datepublished'),
      meta('pubdate'),
      meta('publishdate'),
      meta('parsely-pub-date'),
      meta('sailthru.date'),
      meta('dc.date.issued'),
      meta('dc.date'),
      meta('dcterms.created'),
      meta('date'),
      facts.times[0],
      article?.publishedTime,
    ),
  };
}
