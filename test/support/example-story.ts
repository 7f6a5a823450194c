// The example story (examples/baghdad-2007) as the stages see it, and plain-text articles made the same way,
// for tests of the stages after clean.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument } from '../../src/analyze/index.js';
import { cleanArticle } from '../../src/clean/index.js';
import type { AnalyzedDocument, Article, CleanArticle } from '../../src/model/index.js';
import { makeArticle } from '../fixtures/analyze/example-docs.js';
import { EXAMPLES_DIR } from '../fixtures/paths.js';

/** A plain-text article with the given id, as ingest would make it, published on the example's date. */
export function textArticle(id: string, text: string, origin = 'test'): Article {
  return { id, title: null, outlet: null, url: null, published: '2007-05-28', byline: null, origin, format: 'text', text };
}

/** The example story's three articles, cleaned and analyzed, as S1…S3 in file-name order. */
export function loadExampleStory(): { articles: CleanArticle[]; docs: AnalyzedDocument[] } {
  const names = readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const articles = names.map((name, index) => cleanArticle(textArticle(`S${index + 1}`, readFileSync(join(EXAMPLES_DIR, name), 'utf8'), name)).article);
  return { articles, docs: articles.map((article) => analyzeDocument(article)) };
}

/** A text analyzed as one article, without cleaning; `published` dates relative expressions. */
export function analyzeText(text: string, published: string | null = null): AnalyzedDocument {
  const article = { ...textArticle('S1', text, 'x'), published };
  return analyzeDocument({ article, text, removed: [], offsets: [] });
}

/** The records of a (gzipped) JSON-lines file, at most `limit` of them. */
export function readJsonLines<T>(path: string, limit = Number.POSITIVE_INFINITY): T[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, limit)
    .map((line) => JSON.parse(line) as T);
}

/** Texts cleaned and analyzed as the articles S1, S2, … of one story. */
export function analyzeTexts(texts: readonly string[]): AnalyzedDocument[] {
  return texts.map((text, index) => analyzeDocument(cleanArticle(makeArticle(text, `S${index + 1}`)).article));
}
