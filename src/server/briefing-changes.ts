// What changed between two briefings of one story (their JSON renderings): for the story page's "since the previous
// briefing". Facts and conflicts are matched by their text, sources by URL, else outlet and title.

/** New facts, conflicts and sources of `current` that `previous` did not have. */
export interface BriefingChanges {
  readonly previousVersion: number;
  readonly facts: string[];
  readonly conflicts: string[];
  readonly sources: string[];
}

interface Loose {
  readonly facts?: readonly { readonly text?: unknown }[];
  readonly conflicts?: readonly { readonly topic?: unknown; readonly note?: unknown }[];
  readonly sources?: readonly { readonly url?: unknown; readonly outlet?: unknown; readonly title?: unknown }[];
}

const parse = (json: Uint8Array | string): Loose => {
  try {
    const value = JSON.parse(typeof json === 'string' ? json : new TextDecoder().decode(json)) as unknown;
    return typeof value === 'object' && value !== null ? (value as Loose) : {};
  } catch {
    return {};
  }
};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const factKey = (fact: { text?: unknown }) => str(fact.text).toLowerCase().replace(/\s+/g, ' ').trim();
const conflictKey = (conflict: { topic?: unknown; note?: unknown }) => str(conflict.topic) || str(conflict.note);
const sourceKey = (source: { url?: unknown; outlet?: unknown; title?: unknown }) => str(source.url) || `${str(source.outlet)}|${str(source.title)}`;
const sourceName = (source: { url?: unknown; outlet?: unknown; title?: unknown }) =>
  [str(source.outlet), str(source.title)].filter(Boolean).join(': ') || str(source.url) || 'a source';

/** Compares two briefing JSONs; what `current` adds to `previous`. */
export function compareBriefings(previous: Uint8Array | string, current: Uint8Array | string, previousVersion: number): BriefingChanges {
  const before = parse(previous);
  const after = parse(current);
  const had = <T>(list: readonly T[] | undefined, key: (item: T) => string) => new Set((list ?? []).map(key));
  const facts = had(before.facts, factKey);
  const conflicts = had(before.conflicts, conflictKey);
  const sources = had(before.sources, sourceKey);
  return {
    previousVersion,
    facts: (after.facts ?? []).filter((fact) => !facts.has(factKey(fact))).map((fact) => str(fact.text)),
    conflicts: (after.conflicts ?? []).filter((conflict) => !conflicts.has(conflictKey(conflict))).map((conflict) => str(conflict.note) || str(conflict.topic)),
    sources: (after.sources ?? []).filter((source) => !sources.has(sourceKey(source))).map(sourceName),
  };
}
