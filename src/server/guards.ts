import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK_NAMES = /^(localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** True for the methods that change something (and so need the token and a same-origin request). */
export const isWrite = (method: string): boolean => UNSAFE.has(method.toUpperCase());

/**
 * Headers on every response: no sniffing, no framing, no referrer. Pages set their own CSP; everything else gets
 * one that forbids all loads, so a JSON body opened in a tab can run nothing.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on our own form posts.
  headers.set('Referrer-Policy', 'same-origin');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
};

/**
 * When the server listens on loopback only, refuses requests whose Host is not a loopback name: a web page on
 * another site cannot reach it through DNS rebinding.
 */
export function loopbackHostGuard(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const name = host.replace(/:\d+$/, '');
    if (!LOOPBACK_NAMES.test(name))
      throw new HttpError(403, 'forbidden', `unexpected Host header ${JSON.stringify(host.slice(0, 100))}; this server answers on localhost only`);
    await next();
  };
}

/** Refuses writes that a browser sent from another origin (cross-site form posts and fetches). */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (isWrite(c.req.method)) {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    let foreign = site === 'cross-site' || site === 'same-site';
    if (origin === 'null') foreign ||= site !== 'same-origin';
    else if (origin) {
      try {
        foreign ||= new URL(origin).host !== c.req.header('host');
      } catch {
        foreign = true;
      }
    }
    if (foreign) throw new HttpError(403, 'forbidden', 'cross-origin writes are refused');
  }
  await next();
};

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Compares a presented token with the expected one in constant time. */
export function tokenMatches(expected: string, presented: string | null | undefined): boolean {
  return typeof presented === 'string' && timingSafeEqual(digest(expected), digest(presented));
}

/** The bearer token of a request, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
