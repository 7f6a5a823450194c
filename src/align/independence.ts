import type { SourceId, Syndication } from '../model/index.js';

/** Groups sources that share copy (union-find over syndicated pairs); every source is in one group, groups in source order. */
export function groupIndependentSources(sources: readonly SourceId[], syndication: readonly Syndication[]): SourceId[][] {
  const parent = new Map<SourceId, SourceId>(sources.map((source) => [source, source]));
  const find = (source: SourceId): SourceId => {
    let root = source;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root)!;
    parent.set(source, root);
    return root;
  };
  const order = new Map(sources.map((source, index) => [source, index]));
  for (const pair of syndication) {
    const [first, ...rest] = pair.sources;
    if (first === undefined || !parent.has(first)) continue;
    for (const other of rest) {
      if (!parent.has(other)) continue;
      const a = find(first);
      const b = find(other);
      // The earlier source becomes the root so groups come out in a stable order.
      if (a !== b) order.get(a)! < order.get(b)! ? parent.set(b, a) : parent.set(a, b);
    }
  }
  const groups = new Map<SourceId, SourceId[]>();
  for (const source of sources) {
    const root = find(source);
    const group = groups.get(root);
    if (group) group.push(source);
    else groups.set(root, [source]);
  }
  return [...groups.values()];
}

/** Number of independent sources among `sources`: sources in the same syndication group count once. */
export function countIndependent(sources: readonly SourceId[], independence: readonly (readonly SourceId[])[]): number {
  return independenceCounter(independence)(sources);
}

/**
 * `countIndependent` for many lists of sources under one grouping: the map from source to group is built once,
 * not once per list (a story counts independence for every fact group).
 */
export function independenceCounter(independence: readonly (readonly SourceId[])[]): (sources: readonly SourceId[]) => number {
  const groupOf = new Map<SourceId, number>();
  independence.forEach((group, index) => group.forEach((source) => groupOf.set(source, index)));
  return (sources) => {
    const seen = new Set<string>();
    for (const source of sources) seen.add(groupOf.has(source) ? `g${groupOf.get(source)}` : `s${source}`);
    return seen.size;
  };
}
