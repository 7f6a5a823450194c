import type { SourceId } from './source.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the data: collected in the output, never thrown. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Stable machine-readable code, kebab-case: "empty-input", "binary-input", "no-sentences". */
  readonly code: string;
  readonly message: string;
  readonly source: SourceId | null;
  /** The input name (file, URL) the diagnostic is about, when no source id exists yet. */
  readonly input?: string;
}

/** Codes of fatal failures; mapped to exit codes in cli/ and HTTP statuses in server/. */
export type FatalCode =
  | 'no-usable-input'
  | 'input-not-found'
  | 'fetch-failed'
  | 'fetch-refused'
  | 'bad-request'
  | 'not-found'
  | 'unauthorized'
  | 'store-failed'
  | 'output-failed';

/** The one error class for fatal failures. */
export class CorroborateError extends Error {
  readonly code: FatalCode;
  readonly diagnostics: readonly Diagnostic[];
  constructor(code: FatalCode, message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'CorroborateError';
    this.code = code;
    this.diagnostics = diagnostics;
  }
}
