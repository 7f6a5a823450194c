import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze/index.js';
import { cleanArticle } from '../clean/index.js';
import { compareSources } from '../compare/index.js';
import type { Article, Briefing, SourceView } from '../model/index.js';
import { renderAnalysisSections } from './markdown-analysis.js';

const EXAMPLE = pathToFileURL(`${join(process.cwd(), 'examples', 'baghdad-2007')}/`);

function briefExample(): Briefing & { perSource: readonly SourceView[] } {
  const articles = readdirSync(EXAMPLE)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, index) => {
      const article: Article = {
        id: `S${index + 1}`,
        title: null,
        outlet: ['Newsweek', 'NPR', 'The Jerusalem Post'][index]!,
        url: null,
        published: '2007-05-28',
        byline: null,
        origin: name,
        format: 'text',
        text: readFileSync(new URL(name, EXAMPLE), 'utf8'),
      };
      return cleanArticle(article).article;
    });
  const analysis = compareSources(
    articles.map((article) => analyzeDocument(article)),
    articles,
  );
  const sources = articles.map((clean) => ({
    id: clean.article.id,
    title: null,
    outlet: clean.article.outlet,
    url: null,
    published: clean.article.published,
    words: 0,
    removed: [],
  }));
  return { version: 1, generator: { name: 'corroborate', version: 'test' }, title: 'US-Iran talks', sources, summary: [], diagnostics: [], ...analysis };
}

const markdown = renderAnalysisSections(briefExample());

test('the analysis renders every section an editor scans, in order', () => {
  const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
  assert.deepEqual(headings, [
    '## What the sources agree on',
    '## Reported by one source only',
    '## Where the sources differ',
    '## Who said what',
    '## People, organizations and places',
    '## Timeline',
    '## Shared wire copy',
  ]);
});

test('single-source facts are grouped by outlet; wire-only copy is marked as such', () => {
  assert.match(markdown, /### \[2\] NPR\n\n- He added: "This is about actions not just principles/);
  assert.match(markdown, /### Only in shared wire copy/);
  assert.match(markdown, /\[2\] NPR and \[3\] The Jerusalem Post share \d+ words of copy/);
});

test('conflicts show their note and each side with its sources', () => {
  assert.match(markdown, /\*\*whether Iran responded\*\* \(stated and denied\)/);
  assert.match(markdown, / {2}- \[1\] \*denied\*: He said the Iranians denied the allegations\./);
});

test('text from articles cannot inject Markdown', () => {
  const briefing = briefExample();
  const hostile = { ...briefing, facts: [{ ...briefing.facts[0]!, text: '# [click](http://x) *boom*' }] };
  const rendered = renderAnalysisSections(hostile);
  assert.ok(rendered.includes('\\# \\[click\\](http://x) \\*boom\\*'));
});
