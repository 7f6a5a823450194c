// Per-client request limits, through hono-rate-limiter (the one file that imports it).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { HttpError } from './http-error.js';

/** A refusal that asks the client to come back later (sent with Retry-After). */
export class RetryLaterError extends HttpError {
  readonly retryAfterSeconds: number;
  constructor(status: 429 | 503, code: string, message: string, retryAfterSeconds: number) {
    super(status, code, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The client's address as the socket saw it ("unknown" when there is no socket, as in app.request tests). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * At most `perMinute` requests a minute from one client address (health checks not counted); past it, 429 with
 * Retry-After and the RateLimit-* headers. Clients behind one proxy share one address, and so one allowance.
 */
export function limitRequestRate(perMinute: number, onRefused: () => void = () => undefined): MiddlewareHandler {
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-6',
    keyGenerator: clientAddress,
    skip: (c) => c.req.path === '/api/health',
    handler: (c) => {
      onRefused();
      const info = c.get('rateLimit' as never) as { resetTime?: Date } | undefined;
      const seconds = info?.resetTime ? Math.max(1, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000)) : 60;
      throw new RetryLaterError(
        429,
        'rate-limited',
        `too many requests from this address (more than ${perMinute} a minute); try again in ${seconds} s`,
        seconds,
      );
    },
  });
}
