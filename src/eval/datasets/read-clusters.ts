import type { Diagnostic } from '../../model/index.js';
import { parseClusterLine, type Cluster } from './parse-cluster.js';
import { readTextLines } from './read-json-lines.js';

/** Options for `readClusters`. */
export interface ReadClustersOptions {
  /** Stop after this many clusters (default: all). */
  readonly limit?: number;
  /** Called for every line that is skipped. */
  readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
}

/**
 * Streams clusters from a JSON-lines file (gzipped or not) in file order; the edge of the eval
 * harness: everything after it is pure.
 * @example for await (const cluster of readClusters('test200.jsonl.gz', { limit: 10 })) …
 */
export async function* readClusters(path: string, options: ReadClustersOptions = {}): AsyncGenerator<Cluster> {
  const limit = options.limit ?? Infinity;
  if (!(limit >= 0)) throw new TypeError(`readClusters: expected a non-negative limit, got ${String(options.limit)}`);
  if (limit === 0) return;
  let count = 0;
  for await (const { line, number } of readTextLines(path)) {
    const parsed = parseClusterLine(line, number, path);
    if ('diagnostic' in parsed) {
      options.onDiagnostic?.(parsed.diagnostic);
      continue;
    }
    yield parsed.cluster;
    if (++count >= limit) return;
  }
}
