// The server's metrics in the Prometheus text format, through prom-client (the one file that imports it).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RunnerStats } from './briefing-runner.js';

/** What the server counts and times; every method is cheap enough for every request. */
export interface ServerMetrics {
  /** A request answered: its route pattern (not its path, so ids do not explode the series), method, status, duration. */
  request(route: string, method: string, status: number, seconds: number): void;
  /** A briefing computed (or failed): outcome "ok", "smaller" (made again from fewer articles), "aborted" or "failed". */
  brief(outcome: string, seconds: number): void;
  /** A cache looked up: "briefing" (the store's), "render" (a rendered format or page). */
  cache(kind: string, hit: boolean): void;
  /** A request refused by a limit: "rate-limit", "busy", "body-size". */
  rejected(reason: string): void;
  /** The text served at /metrics. */
  render(): Promise<string>;
  readonly contentType: string;
}

/** Metrics that count nothing (tests, embedding). */
export const NO_METRICS: ServerMetrics = {
  request: () => undefined,
  brief: () => undefined,
  cache: () => undefined,
  rejected: () => undefined,
  render: async () => '',
  contentType: 'text/plain; version=0.0.4; charset=utf-8',
};

/** Prometheus metrics of one server, in a registry of its own; `work` reports the heavy-work queue when scraped. */
export function createMetrics(work: () => RunnerStats & { inFlight: number }): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'corroborate_' });
  const requests = new Counter({
    name: 'corroborate_http_requests_total',
    help: 'HTTP requests answered',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'corroborate_http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames: ['route', 'method'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const briefs = new Histogram({
    name: 'corroborate_brief_duration_seconds',
    help: 'Time to compute a briefing (cache misses only)',
    labelNames: ['outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const caches = new Counter({
    name: 'corroborate_cache_lookups_total',
    help: 'Cache lookups by cache and result',
    labelNames: ['cache', 'result'],
    registers: [registry],
  });
  const rejections = new Counter({
    name: 'corroborate_rejected_requests_total',
    help: 'Requests refused by a limit',
    labelNames: ['reason'],
    registers: [registry],
  });
  const gauge = (name: string, help: string, read: (stats: ReturnType<typeof work>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(work()));
      },
    });
  gauge('corroborate_work_queue_depth', 'Heavy tasks waiting for a worker', (stats) => stats.queued);
  gauge('corroborate_work_running', 'Heavy tasks running', (stats) => stats.running);
  gauge('corroborate_work_threads', 'Worker threads', (stats) => stats.threads);
  gauge('corroborate_work_in_flight', 'Distinct heavy computations requests wait for', (stats) => stats.inFlight);
  return {
    request: (route, method, status, seconds) => {
      requests.inc({ route, method, status: String(status) });
      durations.observe({ route, method }, seconds);
    },
    brief: (outcome, seconds) => briefs.observe({ outcome }, seconds),
    cache: (kind, hit) => caches.inc({ cache: kind, result: hit ? 'hit' : 'miss' }),
    rejected: (reason) => rejections.inc({ reason }),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
