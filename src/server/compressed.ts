import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';
import type { RenderCache } from './render-cache.js';

const gzipAsync = promisify(gzip);

/** True when the request accepts gzip (and does not refuse it with q=0). */
export function acceptsGzip(c: Context): boolean {
  const header = c.req.header('accept-encoding') ?? '';
  return /(?:^|,)\s*(?:gzip|\*)\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/i.test(header);
}

/**
 * Serves bytes that are the same for every request of one story version (a cached page, a briefing's JSON): gzipped
 * once per version (in the thread pool, off the event loop) and kept under `key` when the client accepts gzip.
 */
export async function sendVersioned(c: Context, cache: RenderCache, key: string, bytes: Uint8Array, contentType: string): Promise<Response> {
  c.header('Vary', 'Accept-Encoding');
  if (!acceptsGzip(c) || bytes.byteLength < 1024) return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': contentType });
  let packed = cache.get(`${key}:gzip`);
  if (!(packed instanceof Uint8Array)) {
    packed = new Uint8Array(await gzipAsync(bytes, { level: 6 }));
    cache.set(`${key}:gzip`, packed);
  }
  return c.body(packed as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': contentType, 'Content-Encoding': 'gzip' });
}
