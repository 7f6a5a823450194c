import type { Diagnostic, InputFormat } from '../model/index.js';
import { capText, makeDiagnostic, makeDraft, type ArticleDraft } from './draft.js';
import { convertHtmlToText, readHtmlPage, type HtmlPageFacts } from './html-dom.js';
import { isPathologicalHtml, stripTags } from './html-text.js';
import { findJsonLdArticle, pickPageMetadata } from './html-metadata.js';
import { countWords } from './lines/line-form.js';
import { normalizePublished } from './published-date.js';

/** Options for reading one HTML page. */
export interface HtmlPageOptions {
  readonly origin: string;
  readonly format?: InputFormat;
  /** The page's own address, when known (a fetched URL). */
  readonly url?: string | null;
  /** Longest HTML parsed, in characters; the rest is cut with a warning. */
  readonly maxChars: number;
}

// Fewer words than this in a declared articleBody is a teaser, not the article.
const MIN_DECLARED_WORDS = 50;

/** The article text a page declares in JSON-LD (`articleBody`, plain or HTML), or null. */
function declaredBody(facts: HtmlPageFacts): string | null {
  const body = findJsonLdArticle(facts.jsonLd)?.articleBody;
  if (typeof body !== 'string' || body.trim() === '') return null;
  return /<\/?[a-z][^>]*>/i.test(body) ? convertHtmlToText(body) : body.replace(/\r\n?/g, '\n').trim();
}

const pageUrlOf = (origin: string): string | null => (/^https?:\/\//i.test(origin) ? origin : null);

/**
 * Reads an HTML page into an article: main text through Readability (the whole body without its
 * nav/header/footer when Readability finds nothing), plus title, byline, outlet, url and date.
 */
export function convertHtmlPage(html: string, options: HtmlPageOptions): ArticleDraft {
  const { origin } = options;
  const notes: Diagnostic[] = [];
  let source = html;
  if (source.length > options.maxChars) {
    source = capText(source, options.maxChars);
    notes.push(makeDiagnostic('warning', 'html-truncated', `page is ${html.length} characters; only the first ${options.maxChars} were parsed`, origin));
  }
  if (isPathologicalHtml(source)) {
    notes.push(
      makeDiagnostic(
        'warning',
        'html-too-complex',
        'the page has too many unclosed or too many elements to parse; using its text with the tags stripped',
        origin,
      ),
    );
    return makeDraft({ origin, format: options.format ?? 'html', text: stripTags(source), url: options.url ?? pageUrlOf(origin), notes });
  }
  const page = readHtmlPage(source, options.url ?? pageUrlOf(origin));
  if (page.readabilityError)
    notes.push(makeDiagnostic('warning', 'readability-failed', `article extraction failed (${page.readabilityError}); using the page text`, origin));
  if (page.facts.badJsonLd > 0) notes.push(makeDiagnostic('info', 'bad-json-ld', `${page.facts.badJsonLd} JSON-LD block(s) could not be parsed`, origin));
  let text = page.article?.text ?? '';
  const declared = declaredBody(page.facts);
  if (declared && countWords(declared) >= MIN_DECLARED_WORDS && countWords(text) * 2 < countWords(declared)) {
    // The page declares its article (schema.org articleBody) and the body shows less than half of it: a page
    // that renders its text with scripts, or one whose markup hides the article.
    text = declared;
    notes.push(makeDiagnostic('info', 'declared-article-body', "the page's text is read from its schema.org articleBody", origin));
  }
  if (text.trim() === '' && page.bodyText.trim() !== '') {
    text = page.bodyText;
    if (!page.readabilityError) notes.push(makeDiagnostic('info', 'no-main-article', 'no main article found in the page; using its whole text', origin));
  }
  if (text.trim() === '') {
    text = stripTags(source);
    if (text !== '')
      notes.push(makeDiagnostic('warning', 'html-unparsed', 'the page could not be parsed as HTML; using its text with the tags stripped', origin));
  }
  const metadata = pickPageMetadata(page.facts, page.article, options.url ?? pageUrlOf(origin));
  const published = normalizePublished(metadata.published);
  if (metadata.published && !published)
    notes.push(makeDiagnostic('info', 'unparsed-date', `publication date "${metadata.published}" could not be read`, origin));
  return makeDraft({ ...metadata, published, origin, format: options.format ?? 'html', text, notes });
}
