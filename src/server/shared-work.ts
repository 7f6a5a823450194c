import { RetryLaterError } from './limits.js';

/** An abort's reason as an Error (the HTTP adapter aborts with a string; the framework handles Errors only). */
export const abortReason = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException(String(signal.reason ?? 'aborted'), 'AbortError');

/** Options of SharedWork. */
export interface SharedWorkOptions {
  /** Most distinct pieces of heavy work in flight; a new one past it is refused with 503 (default 16). */
  readonly maxInFlight: number;
  /** Seconds a refused client is asked to wait (Retry-After, default 5). */
  readonly retryAfterSeconds: number;
}

/** Default options of SharedWork. */
export const DEFAULT_SHARED_WORK_OPTIONS: SharedWorkOptions = { maxInFlight: 16, retryAfterSeconds: 5 };

interface Flight<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  waiting: number;
}

/** Thrown when the server is at its cap of heavy work: 503 with a Retry-After. */
export class BusyError extends RetryLaterError {
  constructor(message: string, retryAfterSeconds: number) {
    super(503, 'busy', message, retryAfterSeconds);
  }
}

/**
 * Heavy work shared between requests: identical requests (same key) in flight share one computation; the
 * computation is aborted when every request waiting for it has gone; past `maxInFlight` computations, new work is
 * refused with BusyError (503). A request that goes stops waiting at once (its promise rejects with its reason).
 */
export class SharedWork {
  readonly #flights = new Map<string, Flight<unknown>>();
  readonly #options: SharedWorkOptions;
  #serial = 0;

  constructor(options: Partial<SharedWorkOptions> = {}) {
    this.#options = { ...DEFAULT_SHARED_WORK_OPTIONS, ...options };
  }

  /** Computations in flight. */
  get size(): number {
    return this.#flights.size;
  }

  /** Runs `work` under `key`, or joins the computation already running under it; a null key shares with nobody. */
  run<T>(key: string | null, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw abortReason(signal);
    if (key === null) key = `#${++this.#serial}`;
    let flight = this.#flights.get(key) as Flight<T> | undefined;
    if (!flight) {
      if (this.#flights.size >= this.#options.maxInFlight) {
        throw new BusyError(
          `the server is busy with ${this.#flights.size} heavy requests; try again in ${this.#options.retryAfterSeconds} s`,
          this.#options.retryAfterSeconds,
        );
      }
      const controller = new AbortController();
      const promise = Promise.resolve()
        .then(() => work(controller.signal))
        .finally(() => {
          if (this.#flights.get(key) === created) this.#flights.delete(key);
        });
      const created: Flight<T> = { promise, controller, waiting: 0 };
      promise.catch(() => undefined);
      this.#flights.set(key, created as Flight<unknown>);
      flight = created;
    }
    return this.#wait(key, flight, signal);
  }

  #wait<T>(key: string, flight: Flight<T>, signal: AbortSignal | undefined): Promise<T> {
    flight.waiting += 1;
    if (!signal) return flight.promise;
    return new Promise<T>((resolve, reject) => {
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        signal.removeEventListener('abort', gone);
        flight.waiting -= 1;
      };
      const gone = () => {
        leave();
        // Nobody waits any more: stop the work and let a later request start afresh.
        if (flight.waiting === 0) {
          if (this.#flights.get(key) === flight) this.#flights.delete(key);
          flight.controller.abort(abortReason(signal));
        }
        reject(abortReason(signal));
      };
      signal.addEventListener('abort', gone, { once: true });
      flight.promise.then(
        (value) => {
          leave();
          resolve(value);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
    });
  }
}
