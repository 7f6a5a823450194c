// The one adapter over the HTML libraries: linkedom parses, @mozilla/readability finds the article.
// Everything else in ingest works on the plain data returned here.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { pruneArticle, unwrapQuotations, type PruneElement, type PruneListener } from './html-prune.js';
import { CHROME_TAGS, isPathologicalHtml, readBlockText, stripTags, type TextNodeLike } from './html-text.js';

/** What a page says about itself, read before Readability changes the DOM. */
export interface HtmlPageFacts {
  /** meta name/property/itemprop (lower case) → content, first occurrence wins. */
  readonly meta: ReadonlyMap<string, string>;
  /** Parsed JSON-LD blocks; blocks that fail to parse are counted in `badJsonLd`. */
  readonly jsonLd: readonly unknown[];
  readonly badJsonLd: number;
  readonly documentTitle: string | null;
  readonly firstHeading: string | null;
  readonly canonicalUrl: string | null;
  /** datetime attributes of <time> elements, those marked as the publication date first. */
  readonly times: readonly string[];
}

/** The article Readability found, with its body as paragraphs of plain text. */
export interface HtmlArticle {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly text: string;
}

/** A parsed page: its facts, the Readability article (null when none was found), the whole body text when there is no article. */
export interface HtmlPage {
  readonly facts: HtmlPageFacts;
  readonly article: HtmlArticle | null;
  readonly bodyText: string;
  readonly readabilityError: string | null;
}

// Loaded on first use, synchronously: linkedom and Readability take ~0.4 s to load and most runs see no HTML.
const requireLazily = createRequire(import.meta.url);
let libraries: { readonly parseHTML: typeof ParseHtml; readonly Readability: typeof ReadabilityClass } | null = null;

function parseHTML(html: string): ReturnType<typeof ParseHtml> {
  libraries ??= { parseHTML: requireLazily('linkedom').parseHTML, Readability: requireLazily('@mozilla/readability').Readability };
  return libraries.parseHTML(html);
}

type Doc = ReturnType<typeof ParseHtml>['document'];

function readFacts(document: Doc): HtmlPageFacts {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = element.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const jsonLd: unknown[] = [];
  let badJsonLd = 0;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      jsonLd.push(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      badJsonLd++;
    }
  }
  const times = [...document.querySelectorAll('time[datetime]')]
    .sort((a, b) => Number(isPublicationTime(b)) - Number(isPublicationTime(a)))
    .map((element) => element.getAttribute('datetime') ?? '')
    .filter((value) => value.trim() !== '');
  return {
    meta,
    jsonLd,
    badJsonLd,
    documentTitle: document.querySelector('title')?.textContent?.trim() || null,
    firstHeading: document.querySelector('h1')?.textContent?.trim() || null,
    canonicalUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null,
    times,
  };
}

function isPublicationTime(element: { hasAttribute(name: string): boolean; getAttribute(name: string): string | null }): boolean {
  return element.hasAttribute('pubdate') || /datePublished/i.test(element.getAttribute('itemprop') ?? '');
}

// Never article content: navigation, sidebars, hidden elements, page-level header and footer, forms.
const CHROME_SELECTOR = 'nav, aside, [hidden], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="search"]';

type Element = ReturnType<Doc['querySelector']> & {};

// Some frameworks (ASP.NET Web Forms) wrap the whole page in one <form>: a form that holds the page's main
// content (an <article>, <main> or <h1>, or half the body's text) is a page wrapper, not a form.
function isPageWrapper(form: Element, bodyChars: number): boolean {
  if (form.querySelector('article, main, [role="main"], h1')) return true;
  return (form.textContent ?? '').length * 2 > bodyChars;
}

function removeChrome(document: Doc): void {
  for (const element of document.querySelectorAll(CHROME_SELECTOR)) element.remove();
  const forms = document.querySelectorAll('form');
  if (forms.length > 0) {
    const bodyChars = (document.body?.textContent ?? '').length;
    for (const form of forms) if (form.isConnected && !isPageWrapper(form, bodyChars)) form.remove();
  }
  for (const element of document.querySelectorAll('header, footer')) {
    if (!element.closest('article, main, [role="main"]')) element.remove();
  }
}

// Readability slows down steeply on very deep trees (seconds at a few thousand levels); real pages
// nest a few dozen levels, so deeper ones skip it and fall back to the body text.
const MAX_READABILITY_DEPTH = 300;
const MAX_READABILITY_ELEMENTS = 40_000;

function isTooComplex(root: TextNodeLike | null): boolean {
  if (!root) return false;
  const stack: [TextNodeLike, number][] = [[root, 0]];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_READABILITY_DEPTH || ++elements > MAX_READABILITY_ELEMENTS) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === 1) stack.push([children[i]!, depth + 1]);
  }
  return false;
}

function readBodyText(html: string, page: { title: string | null; url: string | null }): string {
  const { document } = parseHTML(html);
  removeChrome(document);
  prunePage(document, page);
  const body = document.body as unknown as TextNodeLike | null;
  const text = body ? readBlockText(body, CHROME_TAGS) : '';
  // linkedom leaves content of pages without <body> beside it, under <html>.
  const root = document.documentElement as unknown as TextNodeLike | null;
  return text === '' && root ? readBlockText(root, CHROME_TAGS) : text;
}

// Where a page names its author in the body (Readability's own test): read before the pruning removes it.
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;

function readBodyByline(document: Doc): string | null {
  for (const element of document.querySelectorAll('body [rel="author"], body [itemprop*="author"], body [class], body [id]')) {
    const rel = element.getAttribute('rel');
    const itemprop = element.getAttribute('itemprop') ?? '';
    if (rel !== 'author' && !itemprop.includes('author') && !BYLINE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`))
      continue;
    const name = element.querySelector('[itemprop*="name"]') ?? element;
    const text = (name.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '' && (element.textContent ?? '').trim().length < 100) return text;
  }
  return null;
}

/** Prunes page furniture from a page's body (see html-prune.ts). */
function prunePage(document: Doc, page: { title: string | null; url: string | null }, listener?: PruneListener): void {
  const body = document.body as unknown as PruneElement | null;
  if (!body) return;
  unwrapQuotations(body);
  pruneArticle(body, page, listener);
}

/** Parses a full HTML page, reads its metadata, prunes its furniture and runs Readability on it. */
export function readHtmlPage(html: string, pageUrl: string | null = null, listener?: PruneListener): HtmlPage {
  const { document } = parseHTML(html);
  const facts = readFacts(document);
  removeChrome(document);
  const bodyByline = readBodyByline(document);
  const page = { title: facts.meta.get('og:title') ?? facts.firstHeading, url: pageUrl ?? facts.canonicalUrl ?? facts.meta.get('og:url') ?? null };
  prunePage(document, page, listener);
  let article: HtmlArticle | null = null;
  let readabilityError: string | null = null;
  if (isTooComplex(document.documentElement as unknown as TextNodeLike | null)) {
    readabilityError = `the page is too deeply nested or too large for article extraction`;
  } else
    try {
      const parsed = new libraries!.Readability(document as unknown as Document, {
        serializer: (node: Node) => node,
        charThreshold: 200,
        keepClasses: true,
      }).parse();
      if (parsed?.content) {
        article = {
          title: parsed.title ?? null,
          byline: parsed.byline || bodyByline,
          siteName: parsed.siteName ?? null,
          publishedTime: parsed.publishedTime ?? null,
          text: readBlockText(parsed.content as unknown as TextNodeLike),
        };
      }
    } catch (error) {
      readabilityError = error instanceof Error ? error.message : String(error);
    }
  // Readability rewrites the DOM, so the whole-body fallback parses the page again (rarely needed).
  const bodyText = article && article.text.trim() !== '' ? '' : readBodyText(html, page);
  return { facts, article, bodyText, readabilityError };
}

/** Converts an HTML fragment (a feed item's content, a record's html) to paragraphs of plain text. */
export function convertHtmlToText(html: string): string {
  if (isPathologicalHtml(html)) return stripTags(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as TextNodeLike | null;
  return body ? readBlockText(body) : '';
}

/**
 * Bare Readability, as the extraction benchmark runs it: `parse().textContent` of the unaltered page (no chrome
 * removal, no paragraph breaks). A baseline for `bench/extraction.js`; the product reads pages with `readHtmlPage`.
 */
export function readabilityBaselineText(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new libraries!.Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}
