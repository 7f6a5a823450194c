/** A rendered text, or a page encoded once to be served as bytes. */
export type Rendered = string | Uint8Array;

const sizeOf = (value: Rendered) => (typeof value === 'string' ? value.length : value.byteLength);

/** Rendered pages and reports kept in memory, least recently used first out, up to a total size. */
export class RenderCache {
  readonly #entries = new Map<string, Rendered>();
  readonly #maxChars: number;
  #chars = 0;
  hits = 0;
  misses = 0;

  /** @param maxChars total characters (of a string) and bytes (of bytes) kept (default 64 M). */
  constructor(maxChars = 64 * 1024 * 1024) {
    this.#maxChars = maxChars;
  }

  /** The entry under `key`, now the most recently used. */
  get(key: string): Rendered | undefined {
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
  set(key: string, value: Rendered): void {
    if (sizeOf(value) > this.#maxChars / 4) return;
    this.delete(key);
    this.#entries.set(key, value);
    this.#chars += sizeOf(value);
    for (const [oldest, old] of this.#entries) {
      if (this.#chars <= this.#maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= sizeOf(old);
    }
  }

  /** Forgets the entry under `key`. */
  delete(key: string): void {
    const old = this.#entries.get(key);
    if (old === undefined) return;
    this.#entries.delete(key);
    this.#chars -= sizeOf(old);
  }

  /** Forgets every entry whose key starts with `prefix` (a story's pages when it changes). */
  deletePrefix(prefix: string): void {
    for (const key of [...this.#entries.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
