/** A feature's count as a state layer holds it: an own property only (a term may be named "constructor"). */
type Layer = Readonly<Record<string, number>>;

const countIn = (layer: Layer, key: string): number | undefined => {
  const value = layer[key];
  return typeof value === 'number' && Object.hasOwn(layer, key) ? value : undefined;
};

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
 * The story-frequency table while a call works on it, without copying the state's: counts are read through the
 * layers (newest first) and kept, and only the features this call counted become a new layer of the next state. A
 * layer as large as the one below it is merged into it, so there are O(log n) layers and each count is
 * copied O(log n) times over the stream: a call's cost follows what it reads and writes, not the table's size.
 */
export class TermTable {
  private base: Layer;
  private layers: readonly Layer[];
  private sizes: readonly number[];
  /** Counts read (0: absent) or written in this call. */
  private readonly values = new Map<string, number>();
  private readonly written = new Set<string>();
  /** Set when the whole table was pruned: `values` holds all of it and becomes the next base. */
  private whole = false;
  private count: number;

  constructor(given: TermLayers) {
    this.base = given.base;
    this.layers = given.layers;
    this.sizes = given.sizes;
    this.count = given.count;
  }

  /** Distinct features counted. */
  get size(): number {
    return this.count;
  }

  /** How many stories a feature appeared in (undefined: none). */
  get(key: string): number | undefined {
    const known = this.values.get(key);
    if (known !== undefined) return known === 0 ? undefined : known;
    if (this.whole) return undefined;
    let found: number | undefined;
    for (let i = this.layers.length - 1; i >= 0 && found === undefined; i--) found = countIn(this.layers[i]!, key);
    if (found === undefined) found = countIn(this.base, key);
    this.values.set(key, found ?? 0);
    return found;
  }

  /** One more story has the feature. */
  increment(key: string): void {
    const known = this.get(key);
    if (known === undefined) this.count += 1;
    this.values.set(key, (known ?? 0) + 1);
    if (!this.whole) this.written.add(key);
  }

  /** Halves every count, dropping those below one story (what bounds the table). */
  halve(): void {
    if (!this.whole) {
      for (const layer of [this.base, ...this.layers].reverse()) {
        for (const key of Object.keys(layer)) if (!this.values.has(key)) this.values.set(key, layer[key]!);
      }
      this.whole = true;
      this.written.clear();
      this.base = {};
      this.layers = [];
      this.sizes = [0];
    }
    let count = 0;
    for (const [key, value] of this.values) {
      if (value >= 2) {
        this.values.set(key, value / 2);
        count += 1;
      } else this.values.delete(key);
    }
    this.count = count;
  }

  /** The table for the next state (the layers handed in are shared, never modified). */
  close(): TermLayers {
    if (this.whole) {
      const base = Object.create(null) as Record<string, number>;
      for (const [key, value] of this.values) if (value > 0) base[key] = value;
      return { base, layers: [], sizes: [this.count], count: this.count };
    }
    const all: Layer[] = [this.base, ...this.layers];
    const sizes = [...this.sizes];
    if (this.written.size > 0) {
      const layer = Object.create(null) as Record<string, number>;
      for (const key of this.written) layer[key] = this.values.get(key)!;
      all.push(layer);
      sizes.push(this.written.size);
    }
    while (all.length >= 2 && sizes[sizes.length - 1]! >= sizes[sizes.length - 2]!) {
      const newer = all.pop()!;
      const older = all.pop()!;
      sizes.pop();
      sizes.pop();
      const merged: Record<string, number> = { ...older, ...newer };
      all.push(merged);
      sizes.push(Object.keys(merged).length);
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
