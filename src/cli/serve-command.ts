import { InvalidArgumentError, type Command } from 'commander';
import { CorroborateError } from '../model/index.js';
import { DEFAULT_BRIEFING_BUDGET } from '../pipeline/index.js';
import { createLogger } from '../server/request-log.js';
import { startServer } from '../server/start-server.js';
import { databaseUrlFrom, wantsDatabase } from './database-url.js';

interface ServeFlags {
  readonly port: number;
  readonly host: string;
  readonly data?: string;
  readonly database?: string;
  readonly token?: string;
  readonly readToken?: string;
  readonly allowNoToken?: boolean;
  readonly allowPrivateUrls?: boolean;
  readonly allowPrivateUrl: string[];
  readonly workers?: number;
  readonly workerMemory?: number;
  readonly rateLimit: number;
  readonly maxHeavy: number;
  readonly maxArticles: number;
  readonly maxChars: number;
  readonly maxArticleChars: number;
  readonly briefTimeout: number;
  readonly logLevel: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

const whole =
  (min: number) =>
  (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return n;
  };

const collect = (value: string, previous: string[]): string[] => [...previous, value.trim().toLowerCase()];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const logLevel = (value: string): string => {
  if (!LOG_LEVELS.includes(value)) throw new InvalidArgumentError(`expected one of ${LOG_LEVELS.join(', ')}`);
  return value;
};

const HELP = `
Access: with --token (or CORROBORATE_TOKEN) every route but /api/health needs it: the API as
"Authorization: Bearer <token>", the pages through the session /login starts. --read-token gives a second token
that reads only. Listening beyond loopback (--host 0.0.0.0) without a token is refused unless --allow-no-token.

Limits: each client address may send --rate-limit requests a minute (429 + Retry-After past it); at most
--max-heavy briefings, renderings and article additions run at once (503 + Retry-After past it); request bodies
up to 32 MiB; a request must arrive within 120 s, its headers within 15 s. A briefing reads at most --max-articles
articles and --max-chars characters (the most independent and recent, said in its diagnostics), each article cut at
--max-article-chars; one that takes longer than --brief-timeout seconds is made again from an eighth as many.

Observability: one JSON line a request on stderr (request id, route, status, ms); Prometheus metrics at /metrics.

Example: corroborate serve --port 8080 --data ./news-store
         corroborate serve --host 0.0.0.0 --token "$(openssl rand -hex 24)" --allow-private-url intranet.example
Stop with Ctrl-C; every acknowledged article is already on disk.`;

/** Registers `corroborate serve`: the HTTP API and web app over the embedded store. */
export function registerServe(program: Command): void {
  const budget = DEFAULT_BRIEFING_BUDGET;
  program
    .command('serve')
    .description('Serve the web app and HTTP API (under /api, described at /api/openapi.json) over the embedded store.')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--host <address>', 'interface to listen on; 0.0.0.0 exposes the server to the network (needs --token)', '127.0.0.1')
    .option('-d, --data <dir>', 'store folder (default $CORROBORATE_DATA, else $XDG_DATA_HOME/corroborate, else ~/.local/share/corroborate)')
    .option(
      '--database <url>',
      'serve from PostgreSQL (postgres://…) and queue briefing and fetching for `corroborate worker` (default $CORROBORATE_DATABASE_URL)',
    )
    .option('--token <token>', 'require this token for everything but /api/health (default $CORROBORATE_TOKEN)')
    .option('--read-token <token>', 'a second token that may read but not write (default $CORROBORATE_READ_TOKEN)')
    .option('--allow-no-token', 'listen beyond loopback without a token (anyone who reaches it may read and write)')
    .option('--allow-private-url <host>', 'let URL ingestion reach this host at a private address (repeatable)', collect, [])
    .option('--allow-private-urls', 'let URL ingestion reach every loopback, private and link-local address')
    .option('--workers <n>', 'worker threads for briefings and page extraction (default: CPUs less one; 0: in the main thread)', whole(0))
    .option('--worker-memory <MB>', 'heap limit of each worker thread', whole(64), 768)
    .option('--rate-limit <n>', 'requests a minute from one client address (0: no limit)', whole(0), 600)
    .option('--max-heavy <n>', 'heavy requests at once (briefings, renderings, additions)', whole(1), 16)
    .option('--max-articles <n>', 'articles one briefing reads', whole(2), budget.maxArticles)
    .option('--max-chars <n>', 'characters of article text one briefing reads', whole(1000), budget.maxChars)
    .option('--max-article-chars <n>', 'characters of one article a briefing reads', whole(1000), budget.maxArticleChars)
    .option('--brief-timeout <seconds>', 'time one briefing may take before it is made from fewer articles', whole(1), 60)
    .option('--log-level <level>', `request log level (${LOG_LEVELS.join(', ')})`, logLevel, 'info')
    .addHelpText('after', HELP)
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? process.env.CORROBORATE_TOKEN ?? null;
      const readToken = flags.readToken ?? process.env.CORROBORATE_READ_TOKEN ?? null;
      if (readToken && !token) throw new CorroborateError('bad-request', '--read-token needs --token as well');
      const server = await startServer({
        port: flags.port,
        host: flags.host,
        dataDir: flags.data ?? null,
        database: wantsDatabase(flags.database) ? databaseUrlFrom(flags.database, 'serve') : null,
        token,
        readToken,
        allowNoToken: flags.allowNoToken === true,
        allowPrivateUrls: flags.allowPrivateUrls === true,
        allowPrivateHosts: flags.allowPrivateUrl,
        workers: flags.workers,
        workerMemoryMb: flags.workerMemory,
        rateLimit: flags.rateLimit,
        maxHeavy: flags.maxHeavy,
        budget: { maxArticles: flags.maxArticles, maxChars: flags.maxChars, maxArticleChars: flags.maxArticleChars },
        briefTimeBudgetMs: flags.briefTimeout * 1000,
        logger: createLogger(flags.logLevel),
      });
      process.stdout.write(`corroborate serving ${server.url}/ (store: ${server.database ?? server.dataDir}; API: ${server.url}/api/openapi.json)\n`);
      if (!token && !/^(127\.|::1|localhost)/.test(flags.host)) {
        process.stderr.write(
          'corroborate serve: warning: listening beyond localhost without a token; anyone who can reach it can read, add and delete stories\n',
        );
      }
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
