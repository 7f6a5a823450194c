import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * The store's folder: $CORROBORATE_DATA, else $XDG_DATA_HOME/corroborate, else ~/.local/share/corroborate.
 * An explicit `dir` (the --data option) wins over all of them.
 */
export function resolveDataDir(dir?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (dir) return resolve(dir);
  if (env.CORROBORATE_DATA) return resolve(env.CORROBORATE_DATA);
  // The XDG spec says relative values are invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'corroborate');
  return join(homedir(), '.local', 'share', 'corroborate');
}
