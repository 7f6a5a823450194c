import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, RawInput } from '../model/index.js';
import { CorroborateError } from '../model/index.js';
import { extensionOf, SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import { fetchUrl as defaultFetchUrl, type FetchOptions } from '../ingest/fetch-url.js';

/** Options for `readInputs`. */
export interface ReadInputsOptions {
  /** Allow URLs on loopback, private and link-local addresses. */
  readonly allowPrivate?: boolean;
  /** Timeout for each URL, in milliseconds (default 15,000). */
  readonly timeoutMs?: number;
  /** Most bytes read from one file, URL or stdin (default 64 MiB); the rest is dropped with a warning. */
  readonly maxBytes?: number;
  /** What "-" reads (default process.stdin). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Replaces the URL fetcher (tests). */
  readonly fetchUrl?: (url: string, options?: FetchOptions) => Promise<RawInput>;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const problem = (severity: Diagnostic['severity'], code: string, message: string, input: string): Diagnostic => ({
  severity,
  code,
  message,
  source: null,
  input,
});

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > maxBytes) break;
  }
  const all = Buffer.concat(chunks);
  return { bytes: all.subarray(0, maxBytes), truncated: all.length > maxBytes };
}

async function readFileCapped(path: string, size: number, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(Math.min(size, maxBytes));
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesRead } = await handle.read(bytes, offset, bytes.length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/** Every supported, non-hidden file under a directory, sorted by name at each level; other files are named in `skipped`. */
async function listDirectory(directory: string, skipped: string[]): Promise<string[]> {
  const entries = (await readdir(directory, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await listDirectory(path, skipped)));
    else if (entry.isFile() && extensionOf(entry.name) in SUPPORTED_EXTENSIONS) files.push(path);
    else skipped.push(path);
  }
  return files;
}

interface Collected {
  readonly inputs: RawInput[];
  readonly diagnostics: Diagnostic[];
  /** Real paths already read: a file named twice (or a folder given twice) is read once. */
  readonly seen: Set<string>;
}

async function readFileInput(path: string, size: number, maxBytes: number, into: Collected): Promise<void> {
  const key = await realpath(path).catch(() => path);
  if (into.seen.has(key)) {
    into.diagnostics.push(problem('warning', 'duplicate-input', 'named more than once; read once', path));
    return;
  }
  into.seen.add(key);
  try {
    into.inputs.push({ name: path, bytes: await readFileCapped(path, size, maxBytes) });
    if (size > maxBytes) into.diagnostics.push(problem('warning', 'input-truncated', `file is ${size} bytes; only the first ${maxBytes} were read`, path));
  } catch (error) {
    into.diagnostics.push(problem('error', 'unreadable-input', `cannot read: ${(error as Error).message}`, path));
  }
}

async function readPath(path: string, maxBytes: number, into: Collected): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    into.diagnostics.push(
      problem(
        'error',
        missing ? 'input-not-found' : 'unreadable-input',
        missing ? 'no such file or directory' : `cannot read: ${(error as Error).message}`,
        path,
      ),
    );
    return;
  }
  if (info.isFile()) return readFileInput(path, info.size, maxBytes, into);
  if (!info.isDirectory()) {
    into.diagnostics.push(problem('error', 'unsupported-input', 'not a regular file or directory', path));
    return;
  }
  const directoryKey = await realpath(path).catch(() => path);
  if (into.seen.has(directoryKey)) {
    into.diagnostics.push(problem('warning', 'duplicate-input', 'named more than once; read once', path));
    return;
  }
  into.seen.add(directoryKey);
  const skipped: string[] = [];
  const files = await listDirectory(path, skipped);
  if (skipped.length > 0) {
    const names = skipped.map((file) => file.slice(path.length).replace(/^[\\/]+/, ''));
    const listed = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
    into.diagnostics.push(problem('warning', 'skipped-files', `skipped ${skipped.length} file(s) of unsupported types: ${listed}`, path));
  }
  if (files.length === 0)
    into.diagnostics.push(problem('warning', 'empty-directory', `no supported files (${Object.keys(SUPPORTED_EXTENSIONS).join(' ')}) in this directory`, path));
  for (const file of files) {
    const size = (await stat(file)).size;
    await readFileInput(file, size, maxBytes, into);
  }
}

/**
 * Reads command-line inputs: files, directories (every supported file inside, recursively, sorted by
 * name, hidden files skipped), "-" for stdin and http(s) URLs. Problems become diagnostics; whether
 * having no input at all is fatal is the caller's decision.
 */
export async function readInputs(args: readonly string[], options: ReadInputsOptions = {}): Promise<{ inputs: RawInput[]; diagnostics: Diagnostic[] }> {
  if (!Array.isArray(args)) throw new TypeError(`readInputs: expected an array of paths, got ${typeof args}`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchUrl = options.fetchUrl ?? defaultFetchUrl;
  const fetchOptions: FetchOptions = {
    maxBytes,
    ...(options.allowPrivate !== undefined ? { allowPrivate: options.allowPrivate } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
  // URLs are fetched concurrently; everything is reported in argument order.
  const fetches = args.map((arg) =>
    /^https?:\/\//i.test(arg)
      ? fetchUrl(arg, fetchOptions).then(
          (input) => ({ input }),
          (error: unknown) => ({ error }),
        )
      : null,
  );
  const collected: Collected = { inputs: [], diagnostics: [], seen: new Set() };
  let stdinRead = false;
  for (const [index, arg] of args.entries()) {
    const fetching = fetches[index];
    if (fetching) {
      const outcome = await fetching;
      if ('input' in outcome) collected.inputs.push(outcome.input);
      else {
        const error = outcome.error;
        const code = error instanceof CorroborateError ? error.code : 'fetch-failed';
        collected.diagnostics.push(problem('error', code, error instanceof Error ? error.message : String(error), arg));
      }
    } else if (arg === '-') {
      if (stdinRead) {
        collected.diagnostics.push(problem('warning', 'duplicate-stdin', 'standard input was already read', arg));
        continue;
      }
      stdinRead = true;
      const { bytes, truncated } = await readStream(options.stdin ?? process.stdin, maxBytes);
      collected.inputs.push({ name: '-', bytes });
      if (truncated) collected.diagnostics.push(problem('warning', 'input-truncated', `only the first ${maxBytes} bytes of standard input were read`, arg));
    } else {
      await readPath(arg, maxBytes, collected);
    }
  }
  return collected;
}
