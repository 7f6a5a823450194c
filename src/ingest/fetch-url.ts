import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { CorroborateError, type RawInput } from '../model/index.js';
import { createGuardedLookup, refuseAddress } from './fetch-url/address-guard.js';
import { isReadableContentType, mediaTypeOf } from './fetch-url/content-type.js';
import { readCappedBody, sendRequest } from './fetch-url/http-hop.js';

/** Options for `fetchUrl`. */
export interface FetchOptions {
  /** Allow loopback, private, link-local, CGNAT, multicast and other non-public addresses (default false). */
  readonly allowPrivate?: boolean;
  /** Host names allowed even when they resolve to non-public addresses (a trusted intranet server), lower case. */
  readonly allowHosts?: readonly string[];
  /** Give up after this many milliseconds, redirects and body included (default 15,000). */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this many bytes after decompression (default 16 MiB). */
  readonly maxBytes?: number;
  /** Most redirects followed (default 5). */
  readonly maxRedirects?: number;
  /** A conditional request: the validators of the copy held (a 304 answer then gives `notModified` from fetchChanged). */
  readonly validators?: FeedValidators;
  /** Resolves a host to all its addresses (default: the system resolver, dns.lookup all). */
  readonly resolveHost?: (host: string) => Promise<readonly LookupAddress[]>;
}

/** What a server said identifies a response (ETag, Last-Modified), sent back to ask whether it changed. */
export interface FeedValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** What `fetchChanged` returns: the body with its validators, or that it did not change. */
export type ChangedInput = { readonly notModified: true } | { readonly notModified: false; readonly input: RawInput; readonly validators: FeedValidators };

/** Default options for `fetchUrl`. */
export const DEFAULT_FETCH_OPTIONS = { allowPrivate: false, timeoutMs: 15_000, maxBytes: 16 * 1024 * 1024, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function parseTarget(url: string, from?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, from);
  } catch {
    throw new CorroborateError('fetch-refused', `not a valid URL: ${JSON.stringify(url.slice(0, 200))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CorroborateError('fetch-refused', `only http and https URLs are fetched, not ${parsed.protocol.replace(/:$/, '')}: ${parsed.href.slice(0, 200)}`);
  }
  if (parsed.username || parsed.password) throw new CorroborateError('fetch-refused', `URLs with a user name or password are not fetched: ${parsed.host}`);
  return parsed;
}

function describeFailure(error: unknown, url: URL, timeoutMs: number, signal: AbortSignal): CorroborateError {
  if (error instanceof CorroborateError) return error;
  if (signal.aborted) return new CorroborateError('fetch-failed', `${url.href}: timed out after ${timeoutMs} ms`);
  const code = (error as NodeJS.ErrnoException).code;
  const message = code === 'ENOTFOUND' ? `cannot resolve host ${url.hostname}` : (error as Error).message || String(error);
  return new CorroborateError('fetch-failed', `${url.href}: ${message}`);
}

/**
 * Fetches an http(s) URL into a RawInput, safely: non-public addresses are refused (checked on every address the
 * host resolves to, at connect time, on every redirect hop), redirects are followed by hand (at most 5), the body is
 * capped while streaming, only readable content types are accepted, and one deadline covers the whole exchange.
 * Throws CorroborateError 'fetch-refused' (policy) or 'fetch-failed' (network, HTTP status, timeout).
 * @example const input = await fetchUrl('https://example.com/story.html', { timeoutMs: 5000 })
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<RawInput> {
  const fetched = await fetchChanged(url, { ...options, validators: { etag: null, lastModified: null } });
  if (fetched.notModified) throw new CorroborateError('fetch-failed', `${url}: HTTP 304 to an unconditional request`);
  return fetched.input;
}

/**
 * As `fetchUrl`, with the same guard, sending `options.validators` (If-None-Match, If-Modified-Since): a 304 answer
 * gives `{ notModified: true }`, any other success the body with the response's validators.
 */
export async function fetchChanged(url: string, options: FetchOptions = {}): Promise<ChangedInput> {
  const conditional: Record<string, string> = {};
  if (options.validators?.etag) conditional['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) conditional['if-modified-since'] = options.validators.lastModified;
  if (typeof url !== 'string') throw new TypeError(`fetchUrl: expected a URL string, got ${typeof url}`);
  const { allowPrivate, timeoutMs, maxBytes, maxRedirects } = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const allowHosts = new Set((options.allowHosts ?? []).map((host) => host.toLowerCase()));
  const signal = AbortSignal.timeout(timeoutMs);
  let target = parseTarget(url);
  for (let hop = 0; ; hop += 1) {
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const trusted = allowPrivate || allowHosts.has(host.toLowerCase());
    const literalRefusal = !trusted && isIP(host) ? refuseAddress(host, host) : null;
    if (literalRefusal) throw literalRefusal;
    let response: Awaited<ReturnType<typeof sendRequest>>;
    try {
      response = await sendRequest(target, createGuardedLookup(trusted, options.resolveHost), signal, conditional);
    } catch (error) {
      throw describeFailure(error, target, timeoutMs, signal);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      if (hop >= maxRedirects) throw new CorroborateError('fetch-failed', `${url}: too many redirects (more than ${maxRedirects})`);
      target = parseTarget(location, target);
      continue;
    }
    if (status === 304 && Object.keys(conditional).length > 0) {
      response.destroy();
      return { notModified: true };
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new CorroborateError('fetch-failed', `${target.href}: HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    const contentType = response.headers['content-type'] ?? null;
    if (!isReadableContentType(contentType)) {
      response.destroy();
      throw new CorroborateError('fetch-refused', `${target.href}: content type ${mediaTypeOf(contentType)} is not an article (HTML, XML feed, JSON or text)`);
    }
    try {
      const bytes = await readCappedBody(response, maxBytes, target.href);
      const header = (name: string): string | null => {
        const value = response.headers[name];
        return typeof value === 'string' && value.length <= 1000 ? value : null;
      };
      return {
        notModified: false,
        input: { name: target.href, bytes, contentType },
        validators: { etag: header('etag'), lastModified: header('last-modified') },
      };
    } catch (error) {
      throw describeFailure(error, target, timeoutMs, signal);
    }
  }
}
