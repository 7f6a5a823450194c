// Shared by the benchmarks: command-line options and the Multi-News clusters they read from ../shared/data.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The 200 original-text Multi-News test clusters (relative to the repository root, where npm runs). */
export const DEFAULT_DATA = '../shared/data/multinews_longbench_test200/multinews_longbench_test200.jsonl.gz';

const args = process.argv.slice(2);

/** The value after `--name`, or the fallback. */
export function option(name, fallback) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
}

/** True when `--name` is given. */
export function flag(name) {
  return args.includes(`--${name}`);
}

/** Reads a JSON-lines file of clusters (gzipped or not); exits with a clear message when it is missing. */
export function readClusterFile(path, limit = Infinity) {
  if (!existsSync(path)) {
    console.error(`bench: ${path} not found (the benchmarks read Multi-News clusters from ../shared/data)`);
    process.exit(2);
  }
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, limit)
    .map((line) => JSON.parse(line));
}

/** A line of a stories file ({id, title, text, date, source, url}) as an article for the store (`NewArticle`). */
export function toNewArticle(line) {
  return {
    title: line.title ?? null,
    outlet: line.source ?? null,
    url: line.url ?? null,
    published: line.date ?? null,
    byline: null,
    format: 'text',
    origin: `${line.id}.txt`,
    text: line.text,
  };
}
