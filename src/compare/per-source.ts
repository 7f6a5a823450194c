import type { Fact, SourceId, SourceView } from '../model/index.js';

/** For each source: the facts only it reports, and the consensus facts it does not report. */
export function describeSources(sources: readonly SourceId[], facts: readonly Fact[]): SourceView[] {
  return sources.map((source) => ({
    source,
    adds: facts.filter((fact) => fact.sources.length === 1 && fact.sources[0] === source).map((fact) => fact.id),
    omits: facts.filter((fact) => fact.status === 'consensus' && !fact.sources.includes(source)).map((fact) => fact.id),
  }));
}
