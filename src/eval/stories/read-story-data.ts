import type { ArticleRecord, Diagnostic } from '../../model/index.js';
import { toArticleRecord } from '../../ingest/index.js';
import { readTextLines } from '../datasets/read-json-lines.js';
import { hashOf, splitOfGroup, type StorySplit } from './split.js';

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

/** The articles of a cluster file's line (`{id, documents: [text, …]}`, Multi-News): each document an undated, untitled article of story `id`. */
function documentsOf(record: Record<string, unknown>, id: string, wanted: StorySplit | 'all'): LabelledArticle[] {
  const split = splitOfGroup(id);
  if (wanted !== 'all' && split !== wanted) return [];
  const documents = (record.documents as unknown[]).filter((text): text is string => typeof text === 'string' && text.trim() !== '');
  return documents.map((text, index) => ({
    record: { ...toArticleRecord({ text }), id: `${id}#${index + 1}` },
    story: id,
    group: id,
    split,
  }));
}

/**
 * Reads a story-clustering data set: JSON lines (gzipped or not) of `{id, story, title, text, date, source, topic?}`,
 * in file order, each record read by ingest's record adapter (`date` → published, `source` → outlet). A line without a story label or an id is skipped with a diagnostic.
 * A file of clusters (`{id, documents: [...]}`, Multi-News) is read as a stream too: each cluster a story, its
 * documents articles without date or title, shuffled into one stream by the FNV-1a hash of their ids (a fixed order).
 */
export async function readStoryData(path: string, options: ReadStoryDataOptions = {}): Promise<LabelledArticle[]> {
  const wanted = options.split ?? 'all';
  const articles: LabelledArticle[] = [];
  let clusters = false;
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
    if (story === null && id !== null && Array.isArray(record.documents)) {
      clusters = true;
      articles.push(...documentsOf(record, id, wanted));
      if (options.limit !== undefined && articles.length >= options.limit) break;
      continue;
    }
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
  if (!clusters) return articles;
  const shuffled = articles.map((article) => ({ article, key: hashOf(article.record.id) }));
  shuffled.sort((a, b) => a.key - b.key || (a.article.record.id < b.article.record.id ? -1 : 1));
  return shuffled.slice(0, options.limit).map(({ article }) => article);
}
