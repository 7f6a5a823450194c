import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CorroborateError, type Diagnostic, type FatalCode } from '../model/index.js';

/** A refusal decided by the server itself (not by a stage): status, stable code, message. */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly diagnostics: readonly Diagnostic[];
  constructor(status: ContentfulStatusCode, code: string, message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.diagnostics = diagnostics;
  }
}

const STATUS_BY_CODE: Record<FatalCode, ContentfulStatusCode> = {
  'bad-request': 400,
  unauthorized: 401,
  'not-found': 404,
  'input-not-found': 404,
  'no-usable-input': 422,
  'fetch-refused': 422,
  'fetch-failed': 502,
  'store-failed': 503,
  'output-failed': 500,
};

/** Turns any thrown value into an HttpError: CorroborateError codes map to statuses here, at the edge, and only here. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof CorroborateError) return new HttpError(STATUS_BY_CODE[error.code] ?? 500, error.code, error.message, error.diagnostics);
  return new HttpError(500, 'internal', 'internal error; the server log has the details');
}

/** The JSON error body every API failure uses: {"error": {"code", "message", "diagnostics"?}}. */
export function sendError(c: Context, error: HttpError): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.diagnostics.length ? { diagnostics: error.diagnostics } : {}) } };
  if (error.status === 401) c.header('WWW-Authenticate', 'Bearer realm="corroborate"');
  return c.json(body, error.status);
}
