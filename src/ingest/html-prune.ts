// Structural pruning of an article's DOM: removes what is around the article's prose rather than part of it
// (captions, bylines and date lines, author bios, related-story lists, share and promotion boxes), judged by the
// markup alone (tags, DOM position, link density, class/id/itemprop hints), never by the words of one language.

/** The part of a DOM element the pruning reads and changes (linkedom elements fit). */
export interface PruneElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: PruneElement | null;
  readonly children: ArrayLike<PruneElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PruneElement | null;
  querySelectorAll(selector: string): Iterable<PruneElement> & ArrayLike<PruneElement>;
  closest(selector: string): PruneElement | null;
  remove(): void;
  replaceWith(node: PruneElement): void;
  readonly childNodes: ArrayLike<{ readonly nodeType: number; readonly nodeValue: string | null; readonly tagName?: string }>;
}

/** Why an element was pruned. */
export type PruneRule = 'caption' | 'hint' | 'header' | 'dated-line' | 'byline' | 'link-list' | 'link-cluster' | 'title' | 'contact';

/** Called before each element is removed (for tuning reports and tests); returning false keeps the element. */
export type PruneListener = (rule: PruneRule, element: PruneElement) => boolean | undefined;

const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string | null): number => (text ?? '').match(WORD)?.length ?? 0;
const letters = (text: string | null): number => (text ?? '').replace(/\s+/g, '').length;

// Class and id words that mark page furniture. Class names are the site's developers' vocabulary (mostly
// English whatever the page's language), not the article's.
const FURNITURE_WORDS = new Set([
  'caption',
  'captions',
  'figcaption',
  'credit',
  'credits',
  'byline',
  'bylines',
  'author',
  'authors',
  'bio',
  'related',
  'recirc',
  'recirculation',
  'trending',
  'popular',
  'recommended',
  'recommendations',
  'outbrain',
  'taboola',
  'rail',
  'promo',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'share',
  'sharing',
  'sharebar',
  'social',
  'tags',
  'breadcrumb',
  'breadcrumbs',
  'comments',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsored',
  'cookie',
  'cookies',
  'gdpr',
]);

/** The words of a class or id attribute: split at non-letters and at lower→upper case changes, lower-cased. */
export function attributeWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

// Class and id words of an element that shows a date; a short block holding one is a date line.
const DATE_WORDS = new Set(['date', 'dates', 'dateline', 'timestamp', 'pubdate', 'published', 'updated', 'posted', 'time']);

// Class and id words of an element that frames an image; its short text is the caption.
const IMAGE_WORDS = new Set(['image', 'images', 'img', 'photo', 'photos', 'picture', 'media', 'gallery', 'slideshow']);

function hasHint(element: PruneElement, words: ReadonlySet<string>): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (names.trim() === '') return false;
  return attributeWords(names).some((word) => words.has(word));
}

// Most words of a byline or date line.
const MAX_LINE_WORDS = 16;

// Most words of a contact note.
const MAX_CONTACT_WORDS = 60;

// Most words an image's caption has.
const MAX_CAPTION_WORDS = 60;

// Quotations embedded in the article (a tweet, an Instagram post) sit in boxes named "social" or "embed":
// they are content.
const KEEPS = 'blockquote, table, pre';

// A paragraph of this many words or more is prose: the guard below keeps any element that holds much of it.
const PROSE_WORDS = 15;
// Furniture holds less than this share of the page's prose; an element named like furniture that holds more is
// a wrapper of the article ("post has-share-bar").
const MAX_PROSE_SHARE = 0.4;

/** Letters of the prose paragraphs inside `element` (its own text when the page has no prose paragraphs). */
function proseLetters(element: PruneElement, pageHasProse: boolean): number {
  if (!pageHasProse) return letters(element.textContent);
  let sum = 0;
  const paragraphs = element.tagName === 'P' ? [element] : element.querySelectorAll('p');
  for (const paragraph of paragraphs) if (wordCount(paragraph.textContent) >= PROSE_WORDS) sum += letters(paragraph.textContent);
  return sum;
}

/**
 * Removes page furniture from a page's body before the article is looked for, and again from the article found.
 * `title` is the page's headline (a heading that repeats it is not body text); `url` the page's address (a
 * link to the same site is a link to another of its stories).
 */
export function pruneArticle(root: PruneElement, page: { title: string | null; url: string | null }, listener?: PruneListener): void {
  const { title } = page;
  const host = hostOf(page.url);
  const pageHasProse = proseLetters(root, true) > 0;
  const total = proseLetters(root, pageHasProse);
  const remove = (rule: PruneRule, element: PruneElement): void => {
    if (!isInside(element, root) || listener?.(rule, element) === false) return;
    element.remove();
  };
  const isSmall = (element: PruneElement): boolean => proseLetters(element, pageHasProse) <= total * MAX_PROSE_SHARE;
  // The box of a figure: its caption and credit; a figure holding a quotation or a table is kept.
  for (const element of [...root.querySelectorAll('figcaption')]) remove('caption', element);
  for (const element of [...root.querySelectorAll('figure')]) if (!element.querySelector(KEEPS) && isSmall(element)) remove('caption', element);
  const named = [...root.querySelectorAll('[class], [id]')];
  // Hinted furniture, unless it holds much of the article or a quotation; a box named as an image's with an
  // image and a few words (its caption).
  for (const element of named) {
    if (element === root || !isInside(element, root)) continue;
    const furniture = hasHint(element, FURNITURE_WORDS);
    if (!furniture && !hasHint(element, IMAGE_WORDS)) continue;
    if (element.querySelector(KEEPS) || !isSmall(element)) continue;
    if (furniture) remove('hint', element);
    else if (wordCount(element.textContent) <= MAX_CAPTION_WORDS && (element.querySelector('img, picture') || proseLetters(element, true) === 0))
      remove('caption', element);
  }
  // An article's own header: its headline, standfirst, byline and date (the page's header is gone with the chrome).
  for (const element of [...root.querySelectorAll('header')]) if (!element.querySelector(KEEPS) && isSmall(element)) remove('header', element);
  // Short blocks that carry the author or the date.
  const marks = [
    ...root.querySelectorAll('time, [itemprop~="author"], [rel="author"], [itemprop~="datePublished"], [itemprop~="dateModified"]'),
    ...named.filter((element) => hasHint(element, DATE_WORDS)),
  ];
  for (const element of marks) {
    const rule = /author/i.test(`${element.getAttribute('itemprop')} ${element.getAttribute('rel')}`) ? 'byline' : 'dated-line';
    const block = blockOf(element, root);
    if (block && wordCount(block.textContent) <= MAX_LINE_WORDS) remove(rule, block);
    // An element declared or named as the date (not a <time> inside a sentence) goes even in a longer block.
    else if (element.tagName !== 'TIME' && wordCount(element.textContent) <= MAX_LINE_WORDS) remove(rule, element);
  }
  // A short block with an e-mail link: a contact note ("Have a tip? … may be reached at …") or a share button.
  for (const link of [...root.querySelectorAll('a[href^="mailto:" i]')]) {
    const block = blockOf(link, root);
    if (block && wordCount(block.textContent) <= MAX_CONTACT_WORDS) remove('contact', block);
  }
  // Paragraphs and list items that are nothing but a link to another page of the same site: headlines of its
  // other stories. (A link to another site, such as a shop or a source, is kept.)
  for (const element of [...root.querySelectorAll('p, li, h2, h3, h4, h5, h6')]) {
    const text = letters(element.textContent);
    if (text === 0) continue;
    let linked = 0;
    let external = false;
    for (const link of element.querySelectorAll('a')) {
      linked += letters(link.textContent);
      if (!isSameSite(link.getAttribute('href'), host)) external = true;
    }
    if (linked >= text * 0.9 && !external) remove('link-list', element);
  }
  // Clusters of three or more links with nothing between them inside a sentence: a hidden hover card.
  const isCluster = (element: PruneElement): boolean => {
    const links = element.querySelectorAll('a');
    if (links.length < 3) return false;
    let linked = 0;
    for (const link of links) linked += letters(link.textContent);
    return linked >= letters(element.textContent) * 0.95;
  };
  for (const element of [...root.querySelectorAll('p span')]) {
    if (isCluster(element) && ![...element.querySelectorAll('span')].some(isCluster)) remove('link-cluster', element);
  }
  // The headline repeated in the body.
  if (title) {
    const key = normalizeTitle(title);
    for (const heading of [...root.querySelectorAll('h1, h2, h3')]) {
      if (key !== '' && normalizeTitle(heading.textContent ?? '') === key) remove('title', heading);
    }
  }
}

/** True while `element` is still attached below `root` (an ancestor may have been removed already). */
function isInside(element: PruneElement, root: PruneElement): boolean {
  for (let node: PruneElement | null = element; node; node = node.parentElement) if (node === root) return true;
  return false;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** A link to another page of the page's own site: a relative address (not an anchor), or an absolute one on the page's host. */
function isSameSite(href: string | null, host: string | null): boolean {
  if (href === null) return false;
  const trimmed = href.trim();
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(trimmed)) return trimmed !== '' && !trimmed.startsWith('#');
  if (!/^(?:https?:)?\/\//i.test(trimmed)) return false;
  return host !== null && hostOf(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed) === host;
}

const INERT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when `element` holds nothing but `child` (and scripts, styles and spaces). */
function holdsOnly(element: PruneElement, child: PruneElement): boolean {
  for (let i = 0; i < element.childNodes.length; i++) {
    const node = element.childNodes[i]!;
    if (node === (child as unknown)) continue;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '') continue;
    if (node.nodeType === 1 && INERT.has((node.tagName ?? '').toUpperCase())) continue;
    if (node.nodeType === 8) continue;
    return false;
  }
  return true;
}

/**
 * Replaces the boxes around embedded quotations (a tweet in `<div class="social-embed">`) by the quotation:
 * the box's name says nothing about the quotation, which is part of the article.
 */
export function unwrapQuotations(root: PruneElement): void {
  for (const quote of [...root.querySelectorAll('blockquote')]) {
    let box = quote;
    while (box.parentElement && box.parentElement !== root && holdsOnly(box.parentElement, box)) box = box.parentElement;
    if (box !== quote) box.replaceWith(quote);
  }
}

const normalizeTitle = (text: string): string => (text.match(WORD) ?? []).join(' ').toLowerCase();

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'SECTION', 'HEADER', 'FOOTER', 'DD', 'DT', 'TD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS', 'UL', 'OL']);

/** The nearest block-level ancestor (or self) below `root`. */
function blockOf(element: PruneElement, root: PruneElement): PruneElement | null {
  for (let node: PruneElement | null = element; node && node !== root; node = node.parentElement) {
    if (BLOCK_TAGS.has(node.tagName.toUpperCase())) return node;
  }
  return null;
}
