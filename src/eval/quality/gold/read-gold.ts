import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleRecord, RawInput } from '../../../model/index.js';
import { readTextLines } from '../../datasets/index.js';
import type { GoldStory } from './gold-types.js';

/** A gold story with its articles, ready to brief: raw files (a folder) or records (a data set). */
export interface LoadedGold {
  readonly gold: GoldStory;
  readonly file: string;
  readonly input: { readonly inputs: RawInput[] } | { readonly records: ArticleRecord[] };
}

/** Reads every `*.json` gold story in a folder (or one file), sorted by name. */
export function readGoldFiles(path: string): { gold: GoldStory; file: string }[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(path, name))
    : [path];
  return files.map((file) => ({ gold: JSON.parse(readFileSync(file, 'utf8')) as GoldStory, file }));
}

async function readDataLines(dataRoot: string, data: string, wanted: (record: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for await (const { line } of readTextLines(join(dataRoot, data, `${data}.jsonl.gz`))) {
    const record = JSON.parse(line) as Record<string, unknown>;
    if (wanted(record)) found.push(record);
  }
  return found;
}

/**
 * Loads the articles of a gold story: a repository folder is read as `corroborate brief FOLDER` reads it (its text
 * files in name order); `{data, ids}` takes those records of `dataRoot/data/data.jsonl.gz` in the order given;
 * `{data, cluster}` takes that cluster's documents. Throws when an article cannot be found.
 */
export async function loadGold(gold: GoldStory, file: string, repositoryRoot: string, dataRoot: string): Promise<LoadedGold> {
  const articles = gold.articles;
  if ('folder' in articles) {
    const folder = join(repositoryRoot, articles.folder);
    const names = readdirSync(folder)
      .filter((name) => /\.(?:txt|html?|md)$/.test(name))
      .sort();
    return { gold, file, input: { inputs: names.map((name) => ({ name: basename(name), bytes: new Uint8Array(readFileSync(join(folder, name))) })) } };
  }
  if ('ids' in articles) {
    const records = await readDataLines(dataRoot, articles.data, (record) => articles.ids.includes(String(record.id)));
    const byId = new Map(records.map((record) => [String(record.id), record]));
    const ordered = articles.ids.map((id) => {
      const record = byId.get(id);
      if (!record || typeof record.text !== 'string') throw new Error(`${file}: no article ${id} in ${articles.data}`);
      return { text: record.text };
    });
    return { gold, file, input: { records: ordered } };
  }
  const [cluster] = await readDataLines(dataRoot, articles.data, (record) => String(record.id) === articles.cluster);
  const documents = cluster?.documents;
  if (!Array.isArray(documents)) throw new Error(`${file}: no cluster ${articles.cluster} in ${articles.data}`);
  const picked = articles.documents ? articles.documents.map((index) => documents[index]) : documents;
  return { gold, file, input: { records: picked.map((text) => ({ text: String(text) })) } };
}
