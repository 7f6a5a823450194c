// The request log, as JSON lines through pino (the one file that imports it), and the per-request metrics.
import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { pino, type Logger } from 'pino';
import { clientAddress } from './limits.js';
import type { ServerMetrics } from './metrics.js';

export type { Logger } from 'pino';

/** A logger writing JSON lines to stderr (stdout carries the serve command's own messages); level "silent" logs nothing. */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'corroborate' } }, pino.destination({ fd: 2, sync: false }));
}

/**
 * Gives every request an id (X-Request-Id: the client's when it sends a sane one, else a new UUID), then logs one
 * line per answered request (id, method, path, route, status, milliseconds, client, cache) and counts it.
 */
export function logRequests(logger: Logger | null, metrics: ServerMetrics): MiddlewareHandler[] {
  const timed: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    await next();
    const ms = performance.now() - started;
    const route = routePath(c, -1);
    const status = c.res.status;
    metrics.request(route === '*' || route === '/*' ? 'unmatched' : route, c.req.method, status, ms / 1000);
    logger?.info(
      {
        id: c.get('requestId' as never),
        method: c.req.method,
        path: c.req.path.slice(0, 300),
        route,
        status,
        ms: Math.round(ms * 10) / 10,
        client: clientAddress(c),
        cache: c.res.headers.get('x-briefing-cache') ?? undefined,
        aborted: c.req.raw.signal.aborted || undefined,
      },
      'request',
    );
  };
  return [requestId(), timed];
}
