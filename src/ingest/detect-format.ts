import type { InputFormat } from '../model/index.js';

/** File extensions ingest reads when it walks a directory, with the format each one implies. */
export const SUPPORTED_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.src': 'multinews',
};

/** The lower-case extension of a file name or URL path ("" when none). */
export function extensionOf(name: string): string {
  const path = /^https?:\/\//i.test(name) ? name.replace(/[?#].*$/, '') : name;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/i;
const HTML_START = /^<(?:!doctype html|html|head|body|meta|title|div|p|article|section|main|!--)[\s>]/i;

function looksLikeMultiNews(head: string): boolean {
  return head.includes('|||||') || head.includes('NEWLINE_CHAR');
}

function sniffJson(text: string, head: string): InputFormat | null {
  if (!/^[[{]/.test(head)) return null;
  const lines = text.split('\n', 3).filter((line) => line.trim() !== '');
  if (lines.length >= 2 && lines.every((line) => /^\s*\{/.test(line))) {
    try {
      JSON.parse(lines[0]!);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return 'json';
}

function sniffContent(text: string): InputFormat {
  const head = text.slice(0, 4096).replace(/^[\s\ufeff]+/, '');
  if (head.startsWith('<')) {
    if (/^<\?xml/i.test(head) || FEED_ROOT.test(head.slice(0, 300))) return FEED_ROOT.test(head) ? 'feed' : 'html';
    return 'html';
  }
  const json = sniffJson(text, head);
  if (json) return json;
  if (looksLikeMultiNews(head)) return 'multinews';
  if (HTML_START.test(head) || /<\/(?:p|div|body|html)>/i.test(head)) return 'html';
  return 'text';
}

function formatOfContentType(contentType: string | null | undefined): InputFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml' || type === 'application/atom+xml') return 'feed';
  if (type === 'application/json' || type === 'application/feed+json') return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  return null;
}

/**
 * Picks the format of an input: from its HTTP content type, then its extension, then its content
 * (stdin "-", unknown extensions, and plain-text files that are really Multi-News or HTML).
 */
export function detectFormat(name: string, text: string, contentType?: string | null): InputFormat {
  const byType = formatOfContentType(contentType);
  if (byType === 'html' || byType === 'jsonl') return byType;
  if (byType === 'feed' || byType === 'json') return sniffContent(text) === 'feed' ? 'feed' : byType;
  const byExtension = SUPPORTED_EXTENSIONS[extensionOf(name)];
  const sniffed = sniffContent(text);
  if (byExtension === 'text') return sniffed === 'multinews' ? 'multinews' : 'text';
  if (byExtension === 'feed') return sniffed === 'feed' ? 'feed' : sniffed === 'html' ? 'html' : 'feed';
  return byExtension ?? sniffed;
}
