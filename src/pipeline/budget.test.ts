import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { Article } from '../model/index.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { cutText, selectBriefedArticles } from './budget.js';
import { runPipeline } from './index.js';

const ecbplus = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');
const skip = !existsSync(ecbplus) && 'needs ../shared/data';
type EcbRecord = { story: string; title: string; text: string };

const asArticle = (record: { title: string; text: string }, i: number, extra: Partial<Article> = {}): Article => ({
  id: `S${i + 1}`,
  title: record.title,
  outlet: null,
  url: null,
  published: null,
  byline: null,
  origin: `record#${i + 1}`,
  format: 'text',
  text: record.text,
  ...extra,
});

// One ECB+ story: its real articles, then copies of its first article run by other outlets under their own dateline.
function storyWithWireCopies(copies: number): Article[] {
  const records = readJsonLines<EcbRecord>(ecbplus).filter((record) => record.story === '12ecb');
  const real = records.map((record, i) => asArticle(record, i, { outlet: `Paper ${i}` }));
  const wire = Array.from({ length: copies }, (_, k) =>
    asArticle({ title: records[0]!.title, text: `NEW DELHI (Outlet ${k}) - ${records[0]!.text}` }, real.length + k, { outlet: `Outlet ${k}` }),
  );
  return [...real, ...wire];
}

test('under the budget every article is briefed, unchanged', { skip }, () => {
  const articles = storyWithWireCopies(3);
  const selected = selectBriefedArticles(articles);
  assert.deepEqual(selected.positions, [...articles.keys()]);
  assert.deepEqual(selected.articles, articles);
  assert.deepEqual(selected.diagnostics, []);
});

test('over the article budget, wire copies give way to independent articles: one version of the wire story stays', { skip }, () => {
  const articles = storyWithWireCopies(30);
  const real = articles.length - 30;
  // ECB+ holds copies of its own (two reports of one wire story): a budget of two thirds of the real articles is
  // filled by articles that copy no other before any copy is taken.
  const maxArticles = Math.floor((real * 2) / 3);
  const selected = selectBriefedArticles(articles, { maxArticles });
  assert.equal(selected.positions.length, maxArticles);
  const family = selected.positions.filter((i) => i === 0 || i >= real);
  assert.equal(family.length, 1, `one of the copied article's 31 versions, not ${family.length}`);
  assert.deepEqual(
    selected.positions,
    [...selected.positions].sort((a, b) => a - b),
    'in input order',
  );
  const [diagnostic] = selected.diagnostics;
  assert.equal(diagnostic?.code, 'briefing-budget');
  assert.match(diagnostic?.message ?? '', new RegExp(`has ${articles.length} articles .* briefed the ${maxArticles} most independent and recent`));
  const all = selectBriefedArticles(articles, { maxArticles: real });
  assert.ok(all.positions.filter((i) => i >= real).length < 5, 'copies only fill what independent articles leave');
});

test('among independent articles the most recent are briefed; the character budget holds', { skip }, () => {
  const records = readJsonLines<EcbRecord>(ecbplus, 40);
  const articles = records.map((record, i) => asArticle(record, i, { published: `2009-01-${String(1 + (i % 28)).padStart(2, '0')}`, outlet: `O${i}` }));
  const selected = selectBriefedArticles(articles, { maxArticles: 5 });
  const dates = selected.articles.map((article) => article.published!);
  const newest = articles
    .map((article) => article.published!)
    .sort()
    .reverse()
    .slice(0, 5);
  assert.deepEqual([...dates].sort().reverse(), newest);
  const maxChars = 3000;
  const small = selectBriefedArticles(articles, { maxChars });
  assert.ok(small.articles.reduce((sum, article) => sum + article.text.length, 0) <= maxChars);
  assert.ok(small.articles.length >= 2);
});

test('a long article is cut at a paragraph end and briefed from its beginning, with a diagnostic', { skip }, () => {
  const records = readJsonLines<EcbRecord>(ecbplus, 60);
  const long = records.map((record) => record.text).join('\n');
  const cut = cutText(long, 5000);
  assert.ok(cut.length <= 5000 && cut.length >= 4500);
  assert.ok(long.startsWith(cut) && long[cut.length] === '\n', 'ends where a paragraph ends');
  const { briefing, briefed } = runPipeline({ records: [{ text: long }, { text: records[0]!.text }] }, { budget: { maxArticleChars: 5000 } });
  assert.deepEqual(briefed, [0, 1]);
  const diagnostic = briefing.diagnostics.find((d) => d.code === 'article-cut');
  assert.equal(diagnostic?.source, 'S1');
  assert.ok(briefing.sources[0]!.words < 1000);
});

test('runPipeline briefs the selected articles with their kept analyses, keeping their source ids', { skip }, () => {
  const articles = storyWithWireCopies(10);
  const full = runPipeline({ articles });
  const analyses = full.story.analyses;
  const budget = { maxArticles: 8 };
  const fresh = runPipeline({ articles }, { budget });
  const reused = runPipeline({ articles, analyses }, { budget });
  assert.equal(fresh.briefed.length, 8);
  assert.deepEqual(reused.briefing, fresh.briefing, 'kept analyses follow their articles into the subset');
  assert.deepEqual(
    fresh.briefing.sources.map((source) => source.id),
    fresh.briefed.map((i) => articles[i]!.id),
  );
  assert.equal(fresh.briefing.diagnostics.filter((d) => d.code === 'briefing-budget').length, 1);
});

test('an aborted run stops between articles and throws the reason', () => {
  const controller = new AbortController();
  const seen: number[] = [];
  const records = [{ text: 'Crocker met Kazemi Qomi in Baghdad on Monday.' }, { text: 'The talks lasted four hours.' }, { text: 'Iran proposed a mechanism.' }];
  assert.throws(
    () =>
      runPipeline(
        { records },
        {},
        {
          signal: controller.signal,
          onArticle: (done) => {
            seen.push(done);
            if (done === 2) controller.abort();
          },
        },
      ),
    (error: Error) => error.name === 'AbortError',
  );
  assert.deepEqual(seen, [1, 2]);
});
