import type { Fact, SourceId, SourceView } from '../model/index.js';

/** For each source: the facts only it reports, and the consensus facts it does not report. */
export function describeSources(sources: readonly SourceId[], facts: readonly Fact[]): SourceView[] {
  // Single-source facts by their source, and each consensus fact's sources as a set: one pass over the facts, not one per source.
  const adds = new Map<SourceId, string[]>();
  for (const fact of facts) {
    if (fact.sources.length !== 1) continue;
    const list = adds.get(fact.sources[0]!);
    if (list) list.push(fact.id);
    else adds.set(fact.sources[0]!, [fact.id]);
  }
  const consensus = facts.filter((fact) => fact.status === 'consensus').map((fact) => ({ id: fact.id, sources: new Set(fact.sources) }));
  return sources.map((source) => ({
    source,
    adds: [...(adds.get(source) ?? [])],
    omits: consensus.filter((fact) => !fact.sources.has(source)).map((fact) => fact.id),
  }));
}
