import type { FatalCode } from '../model/index.js';

const EXIT_CODES: Record<FatalCode, number> = {
  'no-usable-input': 65,
  'input-not-found': 66,
  'fetch-failed': 69,
  'fetch-refused': 77,
  'bad-request': 64,
  'not-found': 66,
  unauthorized: 77,
  'store-failed': 74,
  'output-failed': 73,
};

/** Maps a fatal error code to a sysexits-style process exit code. */
export function exitCodeFor(code: FatalCode): number {
  return EXIT_CODES[code];
}
