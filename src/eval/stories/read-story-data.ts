import type { ArticleRecord, Diagnostic } from '../../model/index.js';
import { toArticleRecord } from '../../ingest/index.js';
import { readTextLines } from '../datasets/read-json-lines.js';
import { splitOfGroup, type StorySplit } from './split.js';

/** One labelled article of a story-clustering data set. */
export interface LabelledArticle {
  /** The record as ingest reads it (`id`, `title`, `text`, `date` → published, `source` → outlet, …). */
  readonly record: ArticleRecord & { readonly id: string };
  /** Gold story label. */
  readonly story: string;
  /** The group deciding the split: the record's `topic` when it has one, else its story. */
  readonly group: string;
  readonly split: StorySplit;
}

/** Options for `readStoryData`. */
export interface ReadStoryDataOptions {
  /** Keep only this part ("all": every article). */
  readonly split?: StorySplit | 'all';
  /** Stop after this many articles of the chosen part. */
  readonly limit?: number;
  /** Called for each line that cannot be used. */
  readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
}

const labelOf = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;

/**
 * Reads a story-clustering data set: JSON lines (gzipped or not) of `{id, story, title, text, date, source, topic?}`,
 * in file order, each record read by ingest's record adapter (`date` → published, `source` → outlet). A line without a story label or an id is skipped with a diagnostic.
 */
export async function readStoryData(path: string, options: ReadStoryDataOptions = {}): Promise<LabelledArticle[]> {
  const wanted = options.split ?? 'all';
  const articles: LabelledArticle[] = [];
  const skip = (number: number, message: string): void =>
    options.onDiagnostic?.({ severity: 'warning', code: 'invalid-story-line', message, source: null, input: `${path}:${number}` });
  for await (const { line, number } of readTextLines(path)) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      skip(number, `not valid JSON (${(error as Error).message})`);
      continue;
    }
    const record = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
    const story = labelOf(record.story);
    const id = labelOf(record.id);
    if (story === null || id === null) {
      skip(number, 'expected an object with "id" and "story"');
      continue;
    }
    const group = labelOf(record.topic) ?? story;
    const split = splitOfGroup(group);
    if (wanted !== 'all' && split !== wanted) continue;
    articles.push({
      record: { ...toArticleRecord(record), id },
      story,
      group,
      split,
    });
    if (options.limit !== undefined && articles.length >= options.limit) break;
  }
  return articles;
}
