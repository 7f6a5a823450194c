import type { AnalyzedDocument, Entity, EntityMention, EntityType, SourceId } from '../../model/index.js';
import { normalizeEntityKey, skeletonOf } from '../../analyze/index.js';

/** Merged entities and a way to find the entity a name refers to. */
export interface EntityIndex {
  readonly entities: readonly Entity[];
  /** Id of the entity a name ("Crocker", "U.S. Ambassador Ryan Crocker") refers to, or null. */
  resolve(name: string): string | null;
  /** The entity with this id, if any. */
  entity(id: string): Entity | undefined;
}

interface Cluster {
  keys: Set<string>;
  mentions: EntityMention[];
  merged: Cluster | null;
}

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

function root(cluster: Cluster): Cluster {
  let current = cluster;
  while (current.merged) current = current.merged;
  return current;
}

function join(into: Cluster, from: Cluster): void {
  const a = root(into);
  const b = root(from);
  if (a === b) return;
  for (const key of b.keys) a.keys.add(key);
  a.mentions.push(...b.mentions);
  b.mentions = [];
  b.merged = a;
}

function typeOf(cluster: Cluster): EntityType {
  const votes = new Map<EntityType, number>();
  for (const mention of cluster.mentions) votes.set(mention.type, (votes.get(mention.type) ?? 0) + 1);
  return [...TYPE_ORDER].sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0) || TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b))[0]!;
}

function keyOfMention(mention: EntityMention): string {
  return mention.entity ?? normalizeEntityKey(mention.text, mention.type);
}

/** The word-suffixes of a key that a space opens ("tim bird" and "bird" for "constable tim bird"). */
function wordSuffixes(key: string): string[] {
  const suffixes: string[] = [];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) suffixes.push(key.slice(i + 1));
  return suffixes;
}

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (set) set.add(value);
  else index.set(key, new Set([value]));
}

// Surname alone = full name: a person key that ends another person key joins it when only one such key exists.
// The people are found through an index of their keys' word-suffixes, not by scanning every person per cluster.
function mergeSurnames(clusters: readonly Cluster[]): void {
  const people = clusters.filter((cluster) => typeOf(cluster) === 'person');
  const isPerson = new Set(people);
  const endingWith = new Map<string, Set<Cluster>>();
  for (const person of people) for (const key of person.keys) for (const suffix of wordSuffixes(key)) addTo(endingWith, suffix, person);
  for (const cluster of clusters) {
    if (root(cluster) !== cluster || cluster.mentions.length === 0 || typeOf(cluster) === 'place') continue;
    const shortest = [...cluster.keys].sort((a, b) => a.length - b.length)[0]!;
    const fuller = new Set([...(endingWith.get(shortest) ?? [])].filter((other) => other !== cluster).map(root));
    if (fuller.size !== 1) continue;
    const into = root([...fuller][0]!);
    const added = [...cluster.keys];
    join(into, cluster);
    // The keys a person gains count for later clusters, as they would when scanning its keys.
    if (into !== cluster && isPerson.has(into)) for (const key of added) for (const suffix of wordSuffixes(key)) addTo(endingWith, suffix, into);
  }
}

// Older and newer transliterations ("Teheran", "Tehran"): one-word keys of the same type and consonant skeleton.
function mergeTransliterations(clusters: readonly Cluster[]): void {
  const bySkeleton = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (root(cluster) !== cluster) continue;
    for (const key of cluster.keys) {
      if (key.includes(' ') || key.length < 5) continue;
      const skeleton = `${typeOf(cluster)}:${skeletonOf(key)}`;
      const other = bySkeleton.get(skeleton);
      if (other && root(other) !== root(cluster)) join(other, cluster);
      else if (!other) bySkeleton.set(skeleton, cluster);
    }
  }
}

// People go by their fullest name; places and organizations by the spelling that is their own key
// ("Iran", not "Islamic Republic"; "United States", not "U.S."), else by the most frequent form.
function pickName(mentions: readonly EntityMention[], type: EntityType, keys: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const form = (type === 'person' ? (mention.name ?? mention.text) : mention.text).replace(/['’]s$/, '');
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const words = (form: string): number => (type === 'person' ? form.split(/\s+/).length : 0);
  const own = (form: string): number => (type !== 'person' && keys.has(form.toLowerCase()) ? 1 : 0);
  return [...counts.entries()].sort((a, b) => words(b[0]) - words(a[0]) || own(b[0]) - own(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function pickDescription(mentions: readonly EntityMention[]): string | null {
  const counts = new Map<string, number>();
  for (const mention of mentions) if (mention.description) counts.set(mention.description, (counts.get(mention.description) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? null;
}

/**
 * Merges entity mentions across sources: spellings, "al-" particles, "U.S."/"US"/"United States",
 * transliterations and surnames alone. Ids ("E1", …) follow mention count, then first appearance.
 */
export function mergeEntities(docs: readonly AnalyzedDocument[]): EntityIndex {
  const order = new Map<SourceId, number>(docs.map((doc, index) => [doc.source, index]));
  const byKey = new Map<string, Cluster>();
  for (const doc of docs) {
    for (const mention of doc.entities) {
      const key = keyOfMention(mention);
      if (key === '') continue;
      const cluster = byKey.get(key) ?? { keys: new Set([key]), mentions: [], merged: null };
      cluster.mentions.push(mention);
      byKey.set(key, cluster);
    }
  }
  const clusters = [...byKey.values()];
  mergeTransliterations(clusters);
  mergeSurnames(clusters);
  const position = (mention: EntityMention): number => order.get(mention.source)! * 1e9 + mention.start;
  const roots = clusters.filter((cluster) => root(cluster) === cluster && cluster.mentions.length > 0);
  for (const cluster of roots) cluster.mentions.sort((a, b) => position(a) - position(b));
  roots.sort((a, b) => b.mentions.length - a.mentions.length || position(a.mentions[0]!) - position(b.mentions[0]!));
  const idOf = new Map<Cluster, string>(roots.map((cluster, index) => [cluster, `E${index + 1}`]));
  const entities: Entity[] = roots.map((cluster) => {
    const type = typeOf(cluster);
    const name = pickName(cluster.mentions, type, cluster.keys);
    const aliases = [...new Set(cluster.mentions.map((mention) => mention.text.replace(/['’]s$/, '')))].filter((form) => form !== name);
    const sources = [...new Set(cluster.mentions.map((mention) => mention.source))].sort((a, b) => order.get(a)! - order.get(b)!);
    return { id: idOf.get(cluster)!, name, type, aliases, description: pickDescription(cluster.mentions), sources, mentions: cluster.mentions.length };
  });
  const people = roots.filter((cluster) => typeOf(cluster) === 'person');
  // People by their keys, their keys' last words, word-suffixes and first words: resolving a name looks up, never scans.
  const withKey = new Map<string, Set<Cluster>>();
  const withLastWord = new Map<string, Set<Cluster>>();
  const withFirstWord = new Map<string, Set<Cluster>>();
  for (const cluster of people) {
    for (const key of cluster.keys) {
      addTo(withKey, key, cluster);
      addTo(withLastWord, key, cluster);
      if (key.includes(' ')) {
        addTo(withLastWord, key.slice(key.lastIndexOf(' ') + 1), cluster);
        addTo(withFirstWord, key.slice(0, key.indexOf(' ')), cluster);
      }
    }
  }
  const resolve = (name: string): string | null => {
    const key = normalizeEntityKey(name);
    // "constable tim bird" finds "tim bird": leading words (titles) are dropped one by one.
    const words = key.split(' ');
    for (let from = 0; from < words.length; from++) {
      const direct = byKey.get(words.slice(from).join(' '));
      if (direct && (from === 0 || from < words.length - 1 || typeOf(root(direct)) === 'person')) return idOf.get(root(direct)) ?? null;
    }
    const last = key.split(' ').pop() ?? '';
    // A key that is the last word, ends with it, or ends the name.
    const matches = new Set(withLastWord.get(last) ?? []);
    for (const suffix of wordSuffixes(key)) for (const cluster of withKey.get(suffix) ?? []) matches.add(cluster);
    if (matches.size === 1) return idOf.get([...matches][0]!)!;
    // A first name alone ("Clarissa") when one person of the story has it.
    if (matches.size === 0 && !key.includes(' ')) {
      const first = withFirstWord.get(key);
      if (first?.size === 1) return idOf.get([...first][0]!)!;
    }
    return null;
  };
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return { entities, resolve, entity: (id) => byId.get(id) };
}
