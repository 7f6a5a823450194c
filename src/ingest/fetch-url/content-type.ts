const ALLOWED_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/json',
  'application/feed+json',
  'application/ld+json',
  'application/x-ndjson',
  'application/jsonl',
  'text/plain',
  'text/markdown',
]);

/** The media type of a Content-Type header, lower-cased, without parameters ("text/html"); null when absent. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** True for the types ingest reads (HTML, XML feeds, JSON, text) and for a missing type (ingest sniffs the content). */
export function isReadableContentType(contentType: string | null | undefined): boolean {
  const type = mediaTypeOf(contentType);
  return type === null || ALLOWED_TYPES.has(type);
}
