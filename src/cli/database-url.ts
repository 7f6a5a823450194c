import { CorroborateError } from '../model/index.js';
import { isPostgresUrl, redactUrl } from '../store/index.js';

/** The PostgreSQL URL of --database or $CORROBORATE_DATABASE_URL; a usage error when there is none or it is not one. */
export function databaseUrlFrom(given: string | undefined, command: string): string {
  const url = given ?? process.env.CORROBORATE_DATABASE_URL;
  if (!url) throw new CorroborateError('bad-request', `${command} needs --database postgres://… (or $CORROBORATE_DATABASE_URL)`);
  if (!isPostgresUrl(url))
    throw new CorroborateError('bad-request', `--database must be a postgres:// or postgresql:// URL, not ${JSON.stringify(redactUrl(url).slice(0, 60))}`);
  return url;
}
