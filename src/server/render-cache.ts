/** Rendered pages and reports kept in memory, least recently used first out, up to a total size. */
export class RenderCache {
  readonly #entries = new Map<string, string>();
  readonly #maxChars: number;
  #chars = 0;
  hits = 0;
  misses = 0;

  /** @param maxChars total characters kept (default 64 M: about 64 MB of ASCII HTML). */
  constructor(maxChars = 64 * 1024 * 1024) {
    this.#maxChars = maxChars;
  }

  /** The entry under `key`, now the most recently used. */
  get(key: string): string | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Keeps `value` under `key` (a value larger than a quarter of the cache is not kept). */
  set(key: string, value: string): void {
    if (value.length > this.#maxChars / 4) return;
    this.delete(key);
    this.#entries.set(key, value);
    this.#chars += value.length;
    for (const [oldest, old] of this.#entries) {
      if (this.#chars <= this.#maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= old.length;
    }
  }

  /** Forgets the entry under `key`. */
  delete(key: string): void {
    const old = this.#entries.get(key);
    if (old === undefined) return;
    this.#entries.delete(key);
    this.#chars -= old.length;
  }

  /** Forgets every entry whose key starts with `prefix` (a story's pages when it changes). */
  deletePrefix(prefix: string): void {
    for (const key of [...this.#entries.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
