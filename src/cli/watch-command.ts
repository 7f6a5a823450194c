import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CorroborateError } from '../model/index.js';
import { fetchChanged, fetchUrl } from '../ingest/fetch-url.js';
import { FeedWatcher } from '../server/feed-watcher.js';
import { scheduleRebrief } from '../jobs/index.js';
import { openCommandStore } from './database-url.js';

interface WatchFlags {
  readonly data?: string;
  readonly database?: string;
  readonly every: number;
  readonly hostInterval: number;
  readonly maxItems: number;
  readonly once?: boolean;
  readonly brief: boolean;
  readonly allowPrivateUrl: string[];
  readonly allowPrivateUrls?: boolean;
  readonly quiet?: boolean;
}

/** "10m", "30s", "2h", "1500ms" or plain seconds, as milliseconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a duration such as 10m, 30s, 2h or 1500ms');
  const ms = Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (ms < 100) throw new InvalidArgumentError('expected at least 100ms');
  return ms;
}

function parseInterval(value: string): number {
  return value.trim() === '0' ? 0 : parseDuration(value);
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('expected a positive whole number');
  return count;
}

const decodeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return named[name.toLowerCase()] ?? all;
  });

/** The feeds named: URLs as they are, OPML files read for their outlines' xmlUrl. */
export async function expandFeeds(args: readonly string[]): Promise<string[]> {
  const feeds: string[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      feeds.push(arg);
      continue;
    }
    let text: string;
    try {
      text = await readFile(arg, 'utf8');
    } catch (error) {
      throw new CorroborateError('input-not-found', `${arg}: not a feed URL and not a readable OPML file (${(error as Error).message})`);
    }
    const urls = [...text.matchAll(/\bxmlUrl\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)]
      .map((m) => decodeXml((m[1] ?? m[2] ?? '').trim()))
      .filter((url) => /^https?:\/\//i.test(url));
    if (urls.length === 0) throw new CorroborateError('no-usable-input', `${arg}: an OPML file with no outline carrying an http(s) xmlUrl`);
    feeds.push(...urls);
  }
  return [...new Set(feeds)];
}

/** Registers `corroborate watch <feeds…> --data DIR [--every 10m]`. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('Poll RSS, Atom and JSON feeds; store each new article, assign it to a story and re-brief the stories that changed.')
    .argument('<feeds...>', 'feed URLs, or OPML files listing them')
    .option('-d, --data <dir>', 'store folder (default as for ingest)')
    .option(
      '--database <url>',
      'store in the PostgreSQL database shared with `serve --database`, and queue re-briefs for `corroborate worker` (default $CORROBORATE_DATABASE_URL)',
    )
    .addOption(new Option('--every <duration>', 'time between polls of a feed: 10m, 30s, 2h').argParser(parseDuration).default(10 * 60_000, '10m'))
    .addOption(new Option('--host-interval <duration>', 'least time between two requests to one host (0: none)').argParser(parseInterval).default(1000, '1s'))
    .option('--max-items <n>', 'most items read from one poll of a feed (the rest on the next polls)', parseCount, 1000)
    .option('--once', 'poll each feed once, then exit')
    .option('--no-brief', 'do not re-brief the stories that changed')
    .option(
      '--allow-private-url <host>',
      'allow fetching from this host even on a private or loopback address (repeatable)',
      (v: string, p: string[]) => [...p, v.toLowerCase()],
      [],
    )
    .option('--allow-private-urls', 'allow fetching from any loopback, private or link-local address')
    .option('-q, --quiet', 'print only the summary')
    .addHelpText(
      'after',
      '\nConditional requests (ETag, Last-Modified); failed feeds back off (every × 2^failures, at most 6 h). Items are\nkeyed by feed and guid: a restarted watcher stores none twice. Items with only a teaser get their page fetched.\nWith --database, the stories that changed are queued for re-briefing by `corroborate worker` processes.\n\nExample: corroborate watch https://example.com/rss.xml feeds.opml --data ~/news --every 10m',
    )
    .action(async (args: string[], flags: WatchFlags) => {
      const feeds = await expandFeeds(args);
      const guard = { allowPrivate: flags.allowPrivateUrls === true, allowHosts: flags.allowPrivateUrl, timeoutMs: 20_000 };
      const opened = await openCommandStore(flags, 'watch', { queue: true });
      const { store, queue, where: dataDir } = opened;
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const log = flags.quiet ? undefined : (line: string) => process.stderr.write(`corroborate: ${line}\n`);
      try {
        const watcher = new FeedWatcher(
          store,
          (url, validators) => fetchChanged(url, { ...guard, validators }),
          (url) => fetchUrl(url, guard),
          {
            everyMs: flags.every,
            hostIntervalMs: flags.hostInterval,
            maxItems: flags.maxItems,
            brief: flags.brief,
            ...(queue ? { rebrief: (story: number) => scheduleRebrief(queue, story) } : {}),
            ...(log ? { log } : {}),
          },
        );
        log?.(`watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} (store: ${dataDir})`);
        const reports = await watcher.run(feeds, stop.signal, flags.once === true);
        const shown = new Map<string, number>();
        for (const report of reports) {
          for (const d of report.diagnostics) {
            const count = (shown.get(d.code) ?? 0) + 1;
            shown.set(d.code, count);
            if (count <= 5 && !flags.quiet) process.stderr.write(`corroborate: ${d.severity}: ${d.input ? `${d.input}: ` : ''}${d.message}\n`);
          }
        }
        const added = reports.reduce((sum, report) => sum + report.added, 0);
        const failed = reports.filter((report) => report.status === 'failed').length;
        process.stdout.write(`${reports.length} polls, ${added} articles added, ${failed} failed polls (store: ${dataDir})\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await opened.close();
      }
    });
}
