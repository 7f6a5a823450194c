// The kinds of background job, their payloads (plain JSON), and how each one is queued and retried.
import type { NewArticle } from '../store/index.js';

/**
 * Which story an article goes to: named by id or by title (as `corroborate ingest --story`), or `{ stream: true }`,
 * the story the stream clusterer finds for it (see assign-story.ts).
 */
export type StoryTarget = { readonly story: number } | { readonly storyTitle: string } | { readonly stream: true };

/** An article as a job carries it: NewArticle without the original bytes (HTML is kept as text). */
export type QueuedArticle = Omit<NewArticle, 'raw'>;

/** Payload of each job kind. */
export interface JobPayloads {
  /** Fetch a page, ingest it, store what it holds in the target story (then as `ingest-article`). */
  readonly 'fetch-url': {
    readonly url: string;
    readonly target: StoryTarget;
    /** Fields the requester gave that win over what the page says (title, outlet, published). */
    readonly given?: Readonly<Record<string, string>>;
  };
  /** Store one article in its story (deduplicated), keep its analysis, schedule the story's re-brief. */
  readonly 'ingest-article': { readonly article: QueuedArticle; readonly target: StoryTarget };
  /** Brief a story from its stored articles and kept analyses, and cache the briefing for the current version. */
  readonly 'rebrief-story': { readonly story: number };
}

export type JobKind = keyof JobPayloads;

/** How a kind of job is queued: retries (exponential backoff from `retryDelaySeconds`), expiry, coalescing. */
export interface JobKindSettings {
  /** Retries after the first attempt before the job ends in the failed state (with its last error). */
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
  /**
   * An active job not finished within this time is taken to be lost (its worker died) and retried. A worker killed
   * mid-job therefore delays its jobs by at most this much (plus the maintenance interval); a job that runs longer is
   * run twice, which every handler tolerates (each one is idempotent).
   */
  readonly expireSeconds: number;
  /** At most one job of this kind waits per key (a story's id): a new one with the same key is dropped. */
  readonly coalesce: boolean;
  /** Seconds a coalesced job waits before it may start, so that articles arriving together make one briefing. */
  readonly delaySeconds: number;
  /** Most jobs a worker takes at once. */
  readonly batchSize: number;
}

/** Default settings of every kind. */
export const DEFAULT_JOB_SETTINGS: Readonly<Record<JobKind, JobKindSettings>> = {
  'fetch-url': { retryLimit: 3, retryDelaySeconds: 30, expireSeconds: 120, coalesce: false, delaySeconds: 0, batchSize: 4 },
  'ingest-article': { retryLimit: 5, retryDelaySeconds: 5, expireSeconds: 120, coalesce: false, delaySeconds: 0, batchSize: 8 },
  'rebrief-story': { retryLimit: 5, retryDelaySeconds: 5, expireSeconds: 600, coalesce: true, delaySeconds: 1, batchSize: 1 },
};

/** Every job kind, in the order a worker looks for work: briefings first, so a story's readers wait least. */
export const JOB_KINDS: readonly JobKind[] = ['rebrief-story', 'ingest-article', 'fetch-url'];

/** The kinds whose work is CPU-bound (run one at a time per worker); the others wait on the network. */
export const CPU_JOB_KINDS: readonly JobKind[] = ['rebrief-story', 'ingest-article'];

/** The coalescing key of a re-brief: its story. */
export const rebriefKey = (story: number): string => `story-${story}`;
