import { InvalidArgumentError, type Command } from 'commander';
import { startServer } from '../server/start-server.js';
import { databaseUrlFrom } from './database-url.js';

interface ServeFlags {
  readonly port: number;
  readonly host: string;
  readonly data?: string;
  readonly database?: string;
  readonly token?: string;
  readonly allowPrivateUrls?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

/** Registers `corroborate serve`: the HTTP API and web app over the embedded store. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and HTTP API (under /api, described at /api/openapi.json) over the embedded store.')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--host <address>', 'interface to listen on; 0.0.0.0 exposes the server to the network (set a token then)', '127.0.0.1')
    .option('-d, --data <dir>', 'store folder (default $CORROBORATE_DATA, else $XDG_DATA_HOME/corroborate, else ~/.local/share/corroborate)')
    .option(
      '--database <url>',
      'serve from PostgreSQL (postgres://…) and queue briefing and fetching for `corroborate worker` (default $CORROBORATE_DATABASE_URL)',
    )
    .option('--token <token>', 'require this bearer token for writes (default $CORROBORATE_TOKEN)')
    .option('--allow-private-urls', 'let URL ingestion reach loopback, private and link-local addresses')
    .addHelpText('after', '\nExample: corroborate serve --port 8080 --data ./news-store\nStop with Ctrl-C; every acknowledged article is already on disk.')
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? process.env.CORROBORATE_TOKEN ?? null;
      const server = await startServer({
        port: flags.port,
        host: flags.host,
        dataDir: flags.data ?? null,
        database: flags.database || process.env.CORROBORATE_DATABASE_URL ? databaseUrlFrom(flags.database, 'serve') : null,
        token,
        allowPrivateUrls: flags.allowPrivateUrls === true,
      });
      process.stdout.write(`corroborate serving ${server.url}/ (store: ${server.database ?? server.dataDir}; API: ${server.url}/api/openapi.json)\n`);
      if (!token && !/^(127\.|::1|localhost)/.test(flags.host)) {
        process.stderr.write('corroborate serve: warning: listening beyond localhost without a token; anyone who can reach it can add and delete stories\n');
      }
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
