import { decodeHTMLStrict } from 'entities';

// Plain text copied out of a web page or a feed often keeps its HTML character references ("&quot;", "&amp;",
// "&#39;", "&rsquo;"): quotes are then invisible to every later stage. Only complete references (with their ";")
// are read, so "AT&T" and "R&D" stay as they are.
const REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** Plain text with HTML character references decoded (`entities`, HTML5 names, strict); text without any as it is. */
export function decodeCharacterReferences(text: string): string {
  return REFERENCE.test(text) ? decodeHTMLStrict(text) : text;
}
