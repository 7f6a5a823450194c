import { createHmac } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { bearerToken, isWrite, tokenMatches } from './guards.js';
import { HttpError } from './http-error.js';

/** What a request may do: nothing, read, or read and write. */
export type Access = 'none' | 'read' | 'write';

/** The server's tokens: with none, everyone may do everything (loopback use). */
export interface AccessTokens {
  /** Needed for everything but health (and the login page); writes need this one. */
  readonly token: string | null;
  /** When set, a second token that reads only. */
  readonly readToken?: string | null;
}

/** Name of the session cookie the login page sets (HttpOnly, SameSite=Strict). */
export const SESSION_COOKIE = 'corroborate_session';
const SESSION_DAYS = 30;
/** Routes open to everyone: liveness, and the login page itself. */
const OPEN_PATHS = new Set(['/api/health', '/login', '/logout']);

// The cookie holds a keyed hash of the token, never the token: a stolen cookie does not give the bearer token, and
// changing the token ends every session.
const sessionValue = (token: string, access: Access) => createHmac('sha256', token).update(`corroborate-session:${access}`).digest('base64url');

/** What a request's bearer token or session cookie grants. */
export function accessOf(c: Context, tokens: AccessTokens): Access {
  if (!tokens.token) return 'write';
  const bearer = bearerToken(c.req.header('authorization'));
  if (bearer !== null) {
    if (tokenMatches(tokens.token, bearer)) return 'write';
    return tokens.readToken && tokenMatches(tokens.readToken, bearer) ? 'read' : 'none';
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return 'none';
  if (tokenMatches(sessionValue(tokens.token, 'write'), cookie)) return 'write';
  return tokens.readToken && tokenMatches(sessionValue(tokens.readToken, 'read'), cookie) ? 'read' : 'none';
}

/** What a token typed into the login form grants. */
export function accessOfToken(tokens: AccessTokens, given: string | null | undefined): Access {
  if (!tokens.token) return 'write';
  if (tokenMatches(tokens.token, given)) return 'write';
  return tokens.readToken && tokenMatches(tokens.readToken, given) ? 'read' : 'none';
}

/** Starts a session: the cookie for `access`, which must not be 'none'. */
export function startSession(c: Context, tokens: AccessTokens, access: Exclude<Access, 'none'>): void {
  const key = access === 'write' ? tokens.token : tokens.readToken;
  if (!key) return;
  const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  setCookie(c, SESSION_COOKIE, sessionValue(key, access), { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: SESSION_DAYS * 86_400 });
}

/** Ends the session. */
export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

// The API and the metrics answer machines: 401, never a redirect to a page.
const isApi = (path: string) => path === '/api' || path.startsWith('/api/') || path === '/metrics';

/**
 * With a token set, every route but health and the login page needs access (OWASP ASVS level 1): the API answers
 * 401 without it, a page sends the browser to the login page. API writes need the full token (a read-only token or
 * session gets 403); web forms check their own (a session, or a token field). Sets `access` on the context.
 */
export function requireAccess(tokens: AccessTokens): MiddlewareHandler {
  return async (c, next) => {
    const access = accessOf(c, tokens);
    c.set('access' as never, access as never);
    if (OPEN_PATHS.has(c.req.path) || access === 'write') return next();
    const api = isApi(c.req.path);
    if (access === 'none') {
      if (!api && c.req.method === 'GET') return c.redirect(`/login?next=${encodeURIComponent(c.req.path.slice(0, 200))}`, 303);
      if (api || c.req.method !== 'POST') throw new HttpError(401, 'unauthorized', 'this server needs a token: send Authorization: Bearer <token>');
    }
    if (api && isWrite(c.req.method)) throw new HttpError(403, 'forbidden', 'this token may read only; writes need the full token');
    return next();
  };
}

/** The access `requireAccess` found for this request ('write' when the server has no token). */
export const requestAccess = (c: Context): Access => (c.get('access' as never) as Access | undefined) ?? 'write';
