import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One benchmark page: its raw HTML bytes and the article body a person extracted. */
export interface ExtractionPage {
  readonly id: string;
  readonly url: string;
  readonly html: Uint8Array;
  readonly truth: string;
}

/** Which pages to score: all, or one fold of the 2-fold split (fold a = even positions of the sorted ids, b = odd). */
export type ExtractionSplit = 'all' | 'a' | 'b';

/**
 * Reads a folder laid out like the scrapinghub benchmark (`ground-truth.json`, `html/<id>.html.gz`), pages sorted
 * by id; the edge of the extraction evaluation: everything after it is pure.
 */
export function readExtractionPages(folder: string, split: ExtractionSplit = 'all'): ExtractionPage[] {
  const truthPath = join(folder, 'ground-truth.json');
  if (!existsSync(truthPath)) throw new Error(`readExtractionPages: ${truthPath} not found (expected the benchmark's ground-truth.json)`);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: unknown; url?: unknown }>;
  const ids = Object.keys(truth).sort();
  return ids
    .filter((_, index) => split === 'all' || index % 2 === (split === 'a' ? 0 : 1))
    .map((id) => {
      const entry = truth[id]!;
      const path = join(folder, 'html', `${id}.html.gz`);
      return {
        id,
        url: typeof entry.url === 'string' ? entry.url : '',
        html: new Uint8Array(gunzipSync(readFileSync(path))),
        truth: typeof entry.articleBody === 'string' ? entry.articleBody : '',
      };
    });
}
