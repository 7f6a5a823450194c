/** The part of a DOM node the text walker reads (linkedom and browser nodes both fit). */
export interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'body',
  'html',
  'center',
]);

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'button',
  'input',
  'textarea',
  'head',
  'title',
]);

/** Tags left out when reading a whole page body (no Readability): the page chrome. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form']);

/**
 * Reads the text of a DOM subtree as paragraphs separated by blank lines: block elements start
 * new paragraphs, <br> starts a new line, runs of spaces collapse.
 */
export function readBlockText(root: TextNodeLike, skip: ReadonlySet<string> = new Set()): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const lines = current
      .join('')
      .split('\n')
      .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = [];
  };
  // An explicit stack instead of recursion: broken pages can nest thousands of unclosed elements.
  const stack: (TextNodeLike | 'end-block')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current.push((node.nodeValue ?? '').replace(/\n/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED.has(tag) || skip.has(tag)) continue;
    if (tag === 'br') {
      current.push('\n');
      continue;
    }
    if (BLOCKS.has(tag)) {
      flush();
      stack.push('end-block');
    } else if (tag === 'td' || tag === 'th') current.push(' ');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Last resort for pages a DOM cannot make sense of (an unclosed <title> swallows the whole page):
 * drops scripts and styles, turns block tags into paragraph breaks and removes every other tag.
 */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|title)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

const VOID_OR_SELF_CLOSING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'option',
  'td',
  'tr',
  'th',
  'dt',
  'dd',
]);

/**
 * True for markup an HTML parser handles in quadratic time: thousands of elements left open (the
 * parser re-scans its stack of open elements at every tag) or an enormous number of tags.
 */
export function isPathologicalHtml(html: string, maxOpen = 3000, maxTags = 250_000): boolean {
  let open = 0;
  let tags = 0;
  const pattern = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    if (++tags > maxTags) return true;
    const name = m[2]!.toLowerCase();
    if (m[3] === '/' || VOID_OR_SELF_CLOSING.has(name)) continue;
    open += m[1] === '/' ? -1 : 1;
    if (open > maxOpen) return true;
  }
  return false;
}
