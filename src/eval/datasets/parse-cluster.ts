import type { Diagnostic } from '../../model/index.js';

/** One multi-document summarization example: source documents and a reference summary. */
export interface Cluster {
  readonly id: string;
  readonly documents: readonly string[];
  readonly summary: string;
}

/** A parsed line: a cluster, or a diagnostic saying why the line was skipped. */
export type ParsedClusterLine = { readonly cluster: Cluster } | { readonly diagnostic: Diagnostic };

function skip(input: string, message: string): ParsedClusterLine {
  return { diagnostic: { severity: 'warning', code: 'bad-cluster-line', message, source: null, input } };
}

/**
 * Parses one JSON-lines record `{"id", "documents": [...], "summary"}` (extra fields ignored).
 * A missing id becomes "line-N"; non-string documents are dropped; anything unusable is a diagnostic.
 */
export function parseClusterLine(line: string, lineNumber: number, input = 'clusters'): ParsedClusterLine {
  const where = `${input}:${lineNumber}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return skip(where, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return skip(where, 'not a JSON object');
  const { id, documents, summary } = record as Record<string, unknown>;
  if (!Array.isArray(documents)) return skip(where, 'no "documents" array');
  if (typeof summary !== 'string') return skip(where, 'no "summary" string');
  const texts = documents.filter((document): document is string => typeof document === 'string');
  const name = typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${lineNumber}`;
  return { cluster: { id: name, documents: texts, summary } };
}
