/** A feature's count as a state layer holds it: an own property only (a term may be named "constructor"). */
type Layer = Readonly<Record<string, number>>;

const countIn = (layer: Layer, key: string): number | undefined => {
  const value = layer[key];
  return typeof value === 'number' && Object.hasOwn(layer, key) ? value : undefined;
};

/**
 * `{ ...older, ...newer }` and its number of keys, built as a dictionary from the start (an object literal grown key by
 * key makes a hidden class per key first): the same keys in the same order with the same counts.
 */
function mergeLayers(older: Layer, newer: Layer): [Layer, number] {
  const merged = Object.create(null) as Record<string, number>;
  let size = 0;
  for (const layer of [older, newer]) {
    for (const key of Object.keys(layer)) {
      if (merged[key] === undefined) size += 1;
      merged[key] = layer[key]!;
    }
  }
  return [merged, size];
}

function isEmpty(layer: Layer): boolean {
  for (const key in layer) if (Object.hasOwn(layer, key)) return false;
  return true;
}

/** The story-frequency table as the state keeps it: a base and newer layers over it, with their sizes and the distinct count. */
export interface TermLayers {
  readonly base: Layer;
  readonly layers: readonly Layer[];
  /** Entries of the base, then of each layer. */
  readonly sizes: readonly number[];
  /** Distinct features over all of them. */
  readonly count: number;
}

/**
 * A feature's entry while a call works: its story count (0: none) and whether the table lists it. The stage holds
 * an article's entries from weighing it to counting its story, so each feature is looked up once per article.
 */
export class TermEntry {
  /** Set once this call counted it (it goes to the next state's newest layer). */
  written = false;
  /** The article being read that counted it last (`FeatureCounts`), and its place among that article's features. */
  mark = 0;
  slot = 0;
  constructor(
    readonly key: string,
    public count: number,
    public listed: boolean,
  ) {}
}

/**
 * Raw feature weights of one article, before idf, in the order first seen: table entries and their weights side by
 * side, so that reading an article looks each feature up once and allocates no map.
 */
export class FeatureCounts {
  readonly entries: TermEntry[] = [];
  readonly weights: number[] = [];
  private readonly mark: number;

  constructor(private readonly table: TermTable) {
    this.mark = table.nextMark();
  }

  get size(): number {
    return this.entries.length;
  }

  add(key: string, weight: number): void {
    const entry = this.table.entry(key);
    if (entry.mark === this.mark) {
      this.weights[entry.slot] = this.weights[entry.slot]! + weight;
      return;
    }
    entry.mark = this.mark;
    entry.slot = this.entries.length;
    this.entries.push(entry);
    this.weights.push(weight);
  }
}

/**
 * The story-frequency table while a call works on it, without copying the state's: counts are read through the
 * layers (newest first) and kept, and only the features this call counted become a new layer of the next state. A
 * layer as large as the one below it is merged into it, so there are O(log n) layers and each count is
 * copied O(log n) times over the stream: a call's cost follows what it reads and writes, not the table's size.
 */
export class TermTable {
  private base: Layer;
  private layers: readonly Layer[];
  private sizes: readonly number[];
  /** Counts read (0: absent) or written in this call, in the order first read. */
  private readonly values = new Map<string, TermEntry>();
  /** The entries counted in this call, in the order first counted. */
  private written: TermEntry[] = [];
  /** Entries of features the whole table does not list, until counted (only once pruned: see `whole`). */
  private unlisted = new Map<string, TermEntry>();
  /** Set when the whole table was pruned: `values` holds all of it and becomes the next base. */
  private whole = false;
  private search: readonly Layer[];
  private count: number;
  private marks = 0;

  constructor(given: TermLayers) {
    this.base = given.base;
    this.layers = given.layers;
    // The layers a count is looked for in, newest first: an empty one (the base of a new stream) is not looked in.
    this.search = [given.base, ...given.layers].filter((layer, i) => given.sizes[i] !== 0 || !isEmpty(layer)).reverse();
    this.sizes = given.sizes;
    this.count = given.count;
  }

  /** Distinct features counted. */
  get size(): number {
    return this.count;
  }

  /** A number no `FeatureCounts` of this table had. */
  nextMark(): number {
    this.marks += 1;
    return this.marks;
  }

  /** How many stories a feature appeared in (undefined: none). */
  get(key: string): number | undefined {
    const count = this.entry(key).count;
    return count === 0 ? undefined : count;
  }

  /** The entry of a feature, read through the layers the first time (the same entry until the table is pruned). */
  entry(key: string): TermEntry {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    if (this.whole) {
      let entry = this.unlisted.get(key);
      if (entry === undefined) this.unlisted.set(key, (entry = new TermEntry(key, 0, false)));
      return entry;
    }
    let found: number | undefined;
    for (let i = 0; i < this.search.length && found === undefined; i++) found = countIn(this.search[i]!, key);
    const entry = new TermEntry(key, found ?? 0, true);
    this.values.set(key, entry);
    return entry;
  }

  /** One more story has the feature. */
  increment(entry: TermEntry): void {
    if (entry.count === 0) this.count += 1;
    entry.count += 1;
    if (!entry.listed) {
      entry.listed = true;
      this.unlisted.delete(entry.key);
      this.values.set(entry.key, entry);
    }
    if (!this.whole && !entry.written) {
      entry.written = true;
      this.written.push(entry);
    }
  }

  /** Halves every count, dropping those below one story (what bounds the table); entries held before are stale after. */
  halve(): void {
    if (!this.whole) {
      for (const layer of [this.base, ...this.layers].reverse()) {
        for (const key of Object.keys(layer)) if (!this.values.has(key)) this.values.set(key, new TermEntry(key, layer[key]!, true));
      }
      this.whole = true;
      this.written = [];
      this.base = {};
      this.layers = [];
      this.search = [];
      this.sizes = [0];
    }
    this.unlisted = new Map();
    let count = 0;
    for (const key of this.values.keys()) {
      const entry = this.values.get(key)!;
      if (entry.count >= 2) {
        entry.count /= 2;
        count += 1;
      } else {
        entry.count = 0;
        entry.listed = false;
        this.values.delete(key);
      }
    }
    this.count = count;
  }

  /** The table for the next state (the layers handed in are shared, never modified). */
  close(): TermLayers {
    if (this.whole) {
      const base = Object.create(null) as Record<string, number>;
      for (const entry of this.values.values()) if (entry.count > 0) base[entry.key] = entry.count;
      return { base, layers: [], sizes: [this.count], count: this.count };
    }
    const all: Layer[] = [this.base, ...this.layers];
    const sizes = [...this.sizes];
    if (this.written.length > 0) {
      const layer = Object.create(null) as Record<string, number>;
      for (const entry of this.written) layer[entry.key] = entry.count;
      all.push(layer);
      sizes.push(this.written.length);
    }
    while (all.length >= 2 && sizes[sizes.length - 1]! >= sizes[sizes.length - 2]!) {
      const newer = all.pop()!;
      const older = all.pop()!;
      const newerSize = sizes.pop()!;
      const olderSize = sizes.pop()!;
      // Over an empty layer (the first call of a stream) the newer one is the merge: no copy of every count.
      if (olderSize === 0 && Object.keys(older).length === 0) {
        all.push(newer);
        sizes.push(newerSize);
        continue;
      }
      const [merged, size] = mergeLayers(older, newer);
      all.push(merged);
      sizes.push(size);
    }
    return { base: all[0]!, layers: all.slice(1), sizes, count: this.count };
  }
}

/** The layers of a state's table; a state without sizes (older, or written by hand) has them counted once. */
export function openTermLayers(base: Layer, layers: readonly Layer[] | undefined, sizes: readonly number[] | undefined, count: number | undefined): TermLayers {
  const given = layers ?? [];
  const valid = Array.isArray(sizes) && sizes.length === given.length + 1 && sizes.every((size) => typeof size === 'number') && typeof count === 'number';
  if (valid) return { base, layers: given, sizes, count };
  const all = [base, ...given];
  const distinct = new Set<string>();
  for (const layer of all) for (const key of Object.keys(layer)) distinct.add(key);
  return { base, layers: given, sizes: all.map((layer) => Object.keys(layer).length), count: distinct.size };
}
