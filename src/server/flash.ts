import { randomBytes } from 'node:crypto';

type Message = { readonly severity: string; readonly text: string };

/** Messages carried across one redirect (POST → 303 → GET), read once, forgotten after five minutes. */
export class FlashMessages {
  readonly #entries = new Map<string, { messages: Message[]; expires: number }>();

  /** Stores messages; returns the key to put in the redirect URL. */
  put(messages: Message[]): string {
    const now = Date.now();
    for (const [key, entry] of this.#entries) if (entry.expires < now || this.#entries.size > 1000) this.#entries.delete(key);
    const key = randomBytes(12).toString('hex');
    this.#entries.set(key, { messages, expires: now + 5 * 60_000 });
    return key;
  }

  /** The messages under `key`, once. */
  take(key: string | undefined): Message[] {
    if (!key) return [];
    const entry = this.#entries.get(key);
    this.#entries.delete(key);
    return entry && entry.expires >= Date.now() ? entry.messages : [];
  }
}
