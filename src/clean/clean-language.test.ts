import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article } from '../model/index.js';
import { repoPath } from '../../test/fixtures/paths.js';
import { cleanArticle } from './index.js';

const articleOf = (text: string): Article => ({
  id: 'S1',
  title: null,
  outlet: null,
  url: null,
  published: null,
  byline: null,
  origin: 'test',
  format: 'text',
  text,
});

test('cleaning records the language on the article, and still reports a text not in English', () => {
  const english = cleanArticle(articleOf(readFileSync(repoPath('examples', 'baghdad-2007', 'us-envoy-cites-similarity-with-iran.txt'), 'utf8')));
  assert.equal(english.article.language, 'en');
  assert.ok(!english.diagnostics.some((d) => d.code === 'not-english'));
  const french = cleanArticle(articleOf(readFileSync(repoPath('test', 'fixtures', 'bad', 'non-english.txt'), 'utf8')));
  assert.equal(french.article.language, 'other');
  assert.deepEqual(
    french.diagnostics.map((d) => d.code),
    ['not-english'],
  );
  assert.equal(cleanArticle(articleOf('Hola mundo, dijo el embajador.')).article.language, null);
});
