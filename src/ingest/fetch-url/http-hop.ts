import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { CorroborateError } from '../../model/index.js';
import { GENERATOR_VERSION } from '../../version.js';

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,' +
  'application/feed+json,application/json;q=0.8,text/plain;q=0.7,*/*;q=0.1';

/** One HTTP exchange: the response head, with the body still unread. */
export function sendRequest(url: URL, lookup: LookupFunction, signal: AbortSignal, extra: Readonly<Record<string, string>> = {}): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      lookup,
      signal,
      headers: { 'user-agent': `corroborate/${GENERATOR_VERSION}`, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', ...extra },
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

function decodedStream(response: IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

/**
 * Reads the (decompressed) body, stopping as soon as it passes `maxBytes`: a cap on what is kept in memory,
 * whatever the Content-Length claims and however well it compresses.
 */
export async function readCappedBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  const tooLarge = () => new CorroborateError('fetch-refused', `${url}: the response is larger than the ${maxBytes}-byte limit`);
  if (!response.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const stream = decodedStream(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } finally {
    response.destroy();
    if (stream !== response) stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}
