import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cleanArticle } from '../../clean/index.js';
import type { Article, CleanArticle } from '../../model/index.js';

// The repository root is the first folder up with a package.json (from src/… or dist/src/…).
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = findRoot();
const EXAMPLE_DIR = join(ROOT, 'examples', 'baghdad-2007');
const LONGBENCH = join(ROOT, '..', 'shared', 'data', 'multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');

/** An article record for tests, with the given text and publication date. */
export function makeArticle(text: string, id = 'S1', published: string | null = null): Article {
  return { id, title: null, outlet: null, url: null, published, byline: null, origin: 'test', format: 'text', text };
}

/** A CleanArticle over text used as is (no cleaning), for unit tests on single sentences. */
export function makeClean(text: string, published: string | null = null): CleanArticle {
  return { article: makeArticle(text, 'S1', published), text, removed: [], offsets: [] };
}

/** The three example articles, cleaned by the real cleaner, keyed by file name. */
export function readExampleDocs(): Map<string, CleanArticle> {
  const docs = new Map<string, CleanArticle>();
  readdirSync(EXAMPLE_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .forEach((name, index) => {
      const text = readFileSync(join(EXAMPLE_DIR, name), 'utf8');
      docs.set(name, cleanArticle(makeArticle(text, `S${index + 1}`)).article);
    });
  return docs;
}

/** Documents of the Multi-News LongBench sample (../shared/data), or null when it is not there. */
export function readLongbenchDocs(limit = Infinity): string[] | null {
  if (!existsSync(LONGBENCH)) return null;
  const lines = gunzipSync(readFileSync(LONGBENCH)).toString('utf8').trim().split('\n');
  const docs: string[] = [];
  for (const line of lines) {
    for (const doc of (JSON.parse(line) as { documents: string[] }).documents) if (docs.length < limit) docs.push(doc);
  }
  return docs;
}
