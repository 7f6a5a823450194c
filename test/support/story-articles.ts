// Labelled articles of the shared story data sets (ECB+, the UCI headlines) and the example story, made ready for
// the stories stage as the product makes them: ingest's record adapter, clean, analyze, the headline analyzed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestInputs, ingestRecords } from '../../src/ingest/index.js';
import type { ArticleRecord, StoryArticle } from '../../src/model/index.js';
import { prepareStoryArticle } from '../../src/pipeline/index.js';
import { EXAMPLES_DIR, sharedDataPath } from '../fixtures/paths.js';
import { readJsonLines } from './example-story.js';

export const ECBPLUS = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');
export const UCI = sharedDataPath('uci_news_aggregator_prefix', 'uci_news_aggregator_prefix.jsonl.gz');

/** Records made ready for `assignArticles`, each with its gold story, in the order given. */
export function prepareLabelled(records: readonly (ArticleRecord & { id: string; story?: string })[]): { articles: StoryArticle[]; gold: Map<string, string> } {
  const { articles } = ingestRecords(records, { keepHeadlines: true });
  const gold = new Map(records.map((record) => [record.id, record.story ?? record.id]));
  return { articles: articles.map((article) => prepareStoryArticle(article, article.recordId ?? article.id).article), gold };
}

interface DataLine {
  id: string;
  story: string;
  title: string;
  text: string;
  date: string | null;
  source: string | null;
  topic?: number;
}

/** The ECB+ articles of some topics, in file order. */
export function loadEcbTopics(topics: readonly number[]): { articles: StoryArticle[]; gold: Map<string, string> } {
  const lines = readJsonLines<DataLine>(ECBPLUS).filter((line) => topics.includes(line.topic!));
  return prepareLabelled(lines.map((line) => ({ id: line.id, story: line.story, title: line.title, text: line.text, outlet: line.source })));
}

/** The first `count` UCI headlines (no text), in file order, with their dates and outlets. */
export function loadUciHeadlines(count: number): { articles: StoryArticle[]; gold: Map<string, string> } {
  const lines = readJsonLines<DataLine>(UCI, count);
  return prepareLabelled(
    lines.map((line) => ({ id: line.id, story: line.story, title: line.title, text: line.text, published: line.date, outlet: line.source })),
  );
}

/** The example story's three files (examples/baghdad-2007) read as the CLI reads them, ids their file names. */
export function loadExampleStoryArticles(): StoryArticle[] {
  const names = readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const { articles } = ingestInputs(names.map((name) => ({ name, bytes: readFileSync(join(EXAMPLES_DIR, name)) })));
  return articles.map((article) => prepareStoryArticle(article, article.origin).article);
}
