/** In-process notice board of story versions: writers publish, live pages subscribe. */
export class StoryEvents {
  readonly #listeners = new Map<number, Set<(version: number) => void>>();

  /** Tells every subscriber of `story` its new version. */
  publish(story: number, version: number): void {
    for (const listener of this.#listeners.get(story) ?? []) listener(version);
  }

  /** Calls `listener` on every new version of `story`; returns the unsubscribe function. */
  subscribe(story: number, listener: (version: number) => void): () => void {
    const set = this.#listeners.get(story) ?? new Set();
    set.add(listener);
    this.#listeners.set(story, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(story);
    };
  }

  /** Number of live subscriptions (for tests and shutdown). */
  get size(): number {
    let count = 0;
    for (const set of this.#listeners.values()) count += set.size;
    return count;
  }
}
