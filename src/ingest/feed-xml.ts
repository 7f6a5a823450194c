// The one adapter over fast-xml-parser: feed XML in, plain objects out.
import { createRequire } from 'node:module';
import type { XMLParser as XmlParserClass } from 'fast-xml-parser';

// Loaded on first use, synchronously: most runs see no feed.
const requireLazily = createRequire(import.meta.url);
let parser: XmlParserClass | null = null;

function createParser(): XmlParserClass {
  const { XMLParser } = requireLazily('fast-xml-parser') as { XMLParser: typeof XmlParserClass };
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    // Atom content and summary may hold XHTML markup: keep it as a raw string instead of a tree.
    stopNodes: ['*.content', '*.summary'],
    isArray: (name: string) => name === 'item' || name === 'entry',
  });
}

// A DOCTYPE can declare entities; feeds never need them, and they are the usual way to blow up a parser.
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/i;

/** Parses feed XML into plain objects; throws on XML the parser cannot read. */
export function parseFeedXml(xml: string): Record<string, unknown> {
  parser ??= createParser();
  return parser.parse(xml.replace(DOCTYPE, '')) as Record<string, unknown>;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Turns the raw text of a stop node into its value: CDATA unwrapped, XML entities decoded elsewhere. */
export function unwrapRawXml(raw: string): string {
  const parts = raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  return parts
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (entity, name: string) => {
            if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? entity;
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
          }),
    )
    .join('');
}
