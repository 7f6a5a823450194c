// `corroborate watch`: polls feeds, stores each new article through the stream (src/server/stream-articles.ts) and
// re-briefs the stories that changed. What must survive a restart lives in the store: the articles with their keys
// and stories and the clusterer state (one transaction), and each feed's validators, failures and next poll.
import { CorroborateError, type Article, type Diagnostic, type RawInput } from '../model/index.js';
import { ingestInputs } from '../ingest/index.js';
import type { NewArticle, Store } from '../store/index.js';
import { loadBriefing } from './briefing-service.js';
import { addToStream } from './stream-articles.js';

/** What the watcher keeps of a feed between polls (JSON in the store). */
export interface FeedState {
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Failed polls in a row (0 after a success): the next poll waits `every × 2^failures`, at most `maxBackoff`. */
  readonly failures: number;
  /** When the feed is next due (ms since 1970). */
  readonly next: number;
  readonly lastError: string | null;
}

/** The fetcher the watcher uses (fetchChanged with the deployment's guard). */
export type FetchFeed = (
  url: string,
  validators: { etag: string | null; lastModified: string | null },
) => Promise<{ notModified: true } | { notModified: false; input: RawInput; validators: { etag: string | null; lastModified: string | null } }>;

export interface WatchOptions {
  /** Milliseconds between polls of a feed (default 10 minutes). */
  readonly everyMs?: number;
  /** Longest wait after failures (default 6 hours). */
  readonly maxBackoffMs?: number;
  /** Least milliseconds between two requests to one host (default 1,000). */
  readonly hostIntervalMs?: number;
  /** Most items taken from one poll of a feed (default 1,000); the rest wait for the next poll. */
  readonly maxItems?: number;
  /** An item whose text is shorter than this many characters is a teaser: its page is fetched (default 600). */
  readonly teaserChars?: number;
  /** Items stored in one transaction (default 50). */
  readonly batchSize?: number;
  /** Re-brief the stories that changed (default true). */
  readonly brief?: boolean;
  /** How a story that changed is re-briefed (default: briefed here and cached); a queue's re-brief job in database mode. */
  readonly rebrief?: (story: number) => Promise<unknown>;
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Told about every poll and every problem. */
  readonly log?: (line: string) => void;
}

/** What one poll of one feed did. */
export interface PollReport {
  readonly feed: string;
  readonly status: 'new' | 'not-modified' | 'failed';
  readonly added: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly stories: number[];
  readonly diagnostics: Diagnostic[];
}

const INITIAL: FeedState = { etag: null, lastModified: null, failures: 0, next: 0, lastError: null };

function readState(json: string | null): FeedState {
  if (json === null) return INITIAL;
  try {
    const value = JSON.parse(json) as Partial<FeedState>;
    return { ...INITIAL, ...value };
  } catch {
    return INITIAL;
  }
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
};

/** Articles of a feed item, as stored: the item's fields, the page's text when the item had only a teaser. */
function toNewArticle(article: Article, page: Article | null): NewArticle {
  const from = page ?? article;
  return {
    title: article.title ?? page?.title ?? null,
    outlet: article.outlet ?? page?.outlet ?? null,
    url: article.url,
    published: article.published ?? page?.published ?? null,
    byline: article.byline ?? page?.byline ?? null,
    format: from.format,
    origin: article.url ?? article.origin,
    text: from.text,
  };
}

/** Polls feeds until `signal` aborts (or once each with `once`), keeping everything in `store`. */
export class FeedWatcher {
  readonly #store: Store;
  readonly #fetchFeed: FetchFeed;
  readonly #fetchPage: (url: string) => Promise<RawInput>;
  readonly #options: Required<Omit<WatchOptions, 'log' | 'rebrief'>> & Pick<WatchOptions, 'log'>;
  readonly #rebrief: (story: number) => Promise<unknown>;
  readonly #lastRequest = new Map<string, number>();

  constructor(store: Store, fetchFeed: FetchFeed, fetchPage: (url: string) => Promise<RawInput>, options: WatchOptions = {}) {
    this.#store = store;
    this.#fetchFeed = fetchFeed;
    this.#fetchPage = fetchPage;
    this.#options = {
      everyMs: 10 * 60_000,
      maxBackoffMs: 6 * 3_600_000,
      hostIntervalMs: 1000,
      maxItems: 1000,
      teaserChars: 600,
      batchSize: 50,
      brief: true,
      now: Date.now,
      sleep: (ms, signal) =>
        new Promise((resolve) => {
          const timer = setTimeout(resolve, ms);
          const stop = () => {
            clearTimeout(timer);
            resolve();
          };
          signal.addEventListener('abort', stop, { once: true });
        }),
      ...options,
    };
    this.#rebrief = options.rebrief ?? ((story) => loadBriefing(store, story));
  }

  /** Polls each feed when it is due until `signal` aborts; with `once`, polls each feed once and returns. */
  async run(feeds: readonly string[], signal: AbortSignal, once = false): Promise<PollReport[]> {
    const reports: PollReport[] = [];
    for (;;) {
      let soonest = Number.POSITIVE_INFINITY;
      for (const feed of feeds) {
        if (signal.aborted) return reports;
        const state = readState(await this.#store.getFeedState(feed));
        if (!once && state.next > this.#options.now()) {
          soonest = Math.min(soonest, state.next);
          continue;
        }
        const report = await this.poll(feed, signal);
        reports.push(report);
        soonest = Math.min(soonest, readState(await this.#store.getFeedState(feed)).next);
      }
      if (once || signal.aborted) return reports;
      await this.#options.sleep(Math.max(50, Math.min(soonest - this.#options.now(), 60_000)), signal);
    }
  }

  /** One poll of one feed: never throws for the feed's own problems (they are in the report and the feed's state). */
  async poll(feed: string, signal?: AbortSignal): Promise<PollReport> {
    const { log, everyMs, maxBackoffMs } = this.#options;
    const state = readState(await this.#store.getFeedState(feed));
    const keep = async (next: Partial<FeedState>) => {
      const merged = { ...state, ...next };
      await this.#store.putFeedState(feed, JSON.stringify(merged));
    };
    try {
      await this.#waitForHost(feed, signal);
      const fetched = await this.#fetchFeed(feed, { etag: state.etag, lastModified: state.lastModified });
      if (fetched.notModified) {
        await keep({ failures: 0, next: this.#options.now() + everyMs, lastError: null });
        log?.(`${feed}: not modified`);
        return { feed, status: 'not-modified', added: 0, duplicates: 0, skipped: 0, stories: [], diagnostics: [] };
      }
      const report = await this.#storeItems(feed, fetched.input, signal);
      // The validators are kept only once every item is stored: a restart before this fetches the feed again, and
      // the items already stored are found by their keys. A feed cut at maxItems is fetched whole next time.
      const complete = !report.diagnostics.some((d) => d.code === 'feed-cut');
      await keep({
        ...(complete ? fetched.validators : { etag: null, lastModified: null }),
        failures: 0,
        next: this.#options.now() + everyMs,
        lastError: null,
      });
      log?.(
        `${feed}: ${report.added} new, ${report.duplicates} already stored, ${report.skipped} skipped; stories changed: ${report.stories.join(', ') || 'none'}`,
      );
      return report;
    } catch (error) {
      if (error instanceof TypeError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const failures = state.failures + 1;
      const wait = Math.min(maxBackoffMs, everyMs * 2 ** Math.min(failures, 20));
      await keep({ failures, next: this.#options.now() + wait, lastError: message });
      log?.(`${feed}: failed (${message}); next try in ${Math.round(wait / 1000)} s`);
      const code = error instanceof CorroborateError ? error.code : 'feed-failed';
      return {
        feed,
        status: 'failed',
        added: 0,
        duplicates: 0,
        skipped: 0,
        stories: [],
        diagnostics: [{ severity: 'error', code, message, source: null, input: feed }],
      };
    }
  }

  // Reads the feed's items, drops those already stored (by key) before fetching any page, fetches the pages of
  // teasers, and stores the rest in batches through the stream; re-briefs the stories that changed.
  async #storeItems(feed: string, input: RawInput, signal?: AbortSignal): Promise<PollReport> {
    const { maxItems, teaserChars, batchSize, log } = this.#options;
    const ingested = ingestInputs([input]);
    const diagnostics: Diagnostic[] = [...ingested.diagnostics];
    if (ingested.articles.length === 0 && diagnostics.some((d) => d.severity === 'error')) {
      throw new CorroborateError('no-usable-input', diagnostics.find((d) => d.severity === 'error')!.message);
    }
    const items = ingested.articles;
    if (items.length > maxItems) {
      diagnostics.push({
        severity: 'warning',
        code: 'feed-cut',
        message: `the feed has ${items.length} items; ${maxItems} are read on this poll, the rest on the next ones`,
        source: null,
        input: feed,
      });
    }
    const keyOf = (article: Article, index: number) => `feed:${feed}#${article.recordId ?? article.url ?? `item-${index}:${article.title ?? ''}`}`;
    const keyed = items.map((article, index) => ({ article, key: keyOf(article, index) }));
    let added = 0;
    let duplicates = 0;
    let skipped = 0;
    const stories = new Set<number>();
    let taken = 0;
    for (let start = 0; start < keyed.length && taken < maxItems; start += batchSize) {
      if (signal?.aborted) break;
      const batch = keyed.slice(start, start + batchSize);
      const known = await this.#store.findDuplicates(batch.map(({ article, key }) => ({ key, url: null, text: article.text })));
      const fresh = batch.filter((_, i) => known[i]?.reason !== 'key');
      duplicates += batch.length - fresh.length;
      const wanted = fresh.slice(0, maxItems - taken);
      taken += wanted.length;
      const articles = [];
      for (const { article, key } of wanted)
        articles.push({ article: toNewArticle(article, await this.#readPage(article, teaserChars, diagnostics, signal)), key });
      if (articles.length === 0) continue;
      const outcome = await addToStream(this.#store, articles);
      diagnostics.push(...outcome.diagnostics);
      for (const result of outcome.results) {
        if (result.status === 'added') added += 1;
        else if (result.status === 'duplicate') duplicates += 1;
        else skipped += 1;
      }
      for (const story of outcome.changed) stories.add(story);
    }
    if (this.#options.brief) {
      for (const story of stories) {
        try {
          await this.#rebrief(story);
        } catch (error) {
          log?.(`story ${story}: no briefing (${(error as Error).message})`);
        }
      }
    }
    return { feed, status: 'new', added, duplicates, skipped, stories: [...stories], diagnostics };
  }

  // The article page of a teaser (an item with little text and a link), read as the product reads any page; null
  // (the teaser is kept) when it cannot be fetched or says less.
  async #readPage(article: Article, teaserChars: number, diagnostics: Diagnostic[], signal?: AbortSignal): Promise<Article | null> {
    if (article.text.length >= teaserChars || !article.url || !/^https?:/i.test(article.url)) return null;
    try {
      await this.#waitForHost(article.url, signal);
      const page = ingestInputs([await this.#fetchPage(article.url)]).articles[0];
      return page && page.text.length > article.text.length ? page : null;
    } catch (error) {
      diagnostics.push({
        severity: 'warning',
        code: 'page-not-fetched',
        message: `the item has only a teaser and its page could not be read (${(error as Error).message}); the teaser is kept`,
        source: null,
        input: article.url,
      });
      return null;
    }
  }

  // At most one request per host per hostIntervalMs.
  async #waitForHost(url: string, signal?: AbortSignal): Promise<void> {
    const host = hostOf(url);
    const last = this.#lastRequest.get(host);
    const wait = last === undefined ? 0 : last + this.#options.hostIntervalMs - this.#options.now();
    if (wait > 0) await this.#options.sleep(wait, signal ?? new AbortController().signal);
    this.#lastRequest.set(host, this.#options.now());
  }
}
