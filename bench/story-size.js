#!/usr/bin/env node
// Briefs one story of growing size (10, 50, 100, 300, 1,000 ECB+ articles) and prints the time per article and
// per stage and the peak memory: the cost of a story should grow linearly with its number of articles.
// Usage: npm run bench:story-size [-- --sizes 10,50,100,300,1000] [--data FILE.jsonl.gz] [--max-articles N]
// The briefing budget is lifted to --max-articles (default: the largest size, so every row briefs all its articles;
// with the default budget of 500 the 1,000 row would brief only 500 and not measure a 1,000-article story).
// Needs the compiled package (npm run build) and ../shared/data beside the repository.
import { performance } from 'node:perf_hooks';
import { runPipeline } from '../dist/src/index.js';
import { option, readClusterFile } from './common.js';

const data = option('data', '../shared/data/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz');
const sizes = option('sizes', '10,50,100,300,1000').split(',').map(Number);
const articles = readClusterFile(data);
const maxArticles = Number(option('max-articles', String(Math.max(...sizes))));
const options = { budget: { maxArticles, maxChars: Infinity } };
const STAGES = ['ingest', 'clean', 'analyze', 'compare', 'summarize'];

const asRecord = (article) => ({ title: article.title, text: article.text, published: article.date ?? null, outlet: article.source ?? null });

// A copy of an article: another title and the last sentence dropped, so it is a near-duplicate, not an identical one.
function copyOf(article) {
  const lines = article.text.split('\n');
  const text = lines.length > 1 ? lines.slice(0, -1).join('\n') : article.text.replace(/[^.!?]+[.!?]*\s*$/, '');
  return { ...article, title: `${article.title} (copy)`, text };
}

/** The first n articles in file order; past the end of the file, copies of the first ones. */
function storyOf(n) {
  const story = articles.slice(0, n);
  for (let i = 0; story.length < n; i++) story.push(copyOf(articles[i % articles.length]));
  return story;
}

// Warm up the NLP models and the JIT on one 50-article story so the figures are the steady state, not the start-up.
runPipeline({ records: storyOf(50).map(asRecord) }, options, {});

const rows = [];
for (const n of sizes) {
  const stages = {};
  const hooks = {
    onStage: (stage, ms) => {
      stages[stage] = (stages[stage] ?? 0) + ms;
    },
  };
  const records = storyOf(n).map(asRecord);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { briefed } = runPipeline({ records }, options, hooks);
  const total = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  const words = records.reduce((sum, record) => sum + record.text.split(/\s+/).filter(Boolean).length, 0);
  rows.push({ n, briefed: briefed.length, total, cpu: (used.user + used.system) / 1000, words, stages, rss: process.resourceUsage().maxRSS / 1024 });
}

const pad = (value, width) => String(value).padStart(width);
console.log(`data: ${data} (${articles.length} articles; one story of the first N in file order); budget: ${maxArticles} articles, no character cap`);
if (sizes.some((n) => n > articles.length)) {
  console.log(`sizes over ${articles.length}: all articles plus copies of the first ones (" (copy)" on the title, last sentence dropped)`);
}
// CPU time as well as wall time: on a shared machine wall time also measures the neighbours (CPU includes GC threads).
// Later articles of the file are longer (about 180 words each in the first 50, 330 over all): ms per 1,000 words
// tells growth in the story's size from growth in its articles' length.
console.log(
  ['articles', 'briefed', 'total ms', 'ms/article', 'ms/1k words', ...STAGES.map((s) => `${s} ms`), 'peak RSS MB', 'CPU ms', 'CPU/article']
    .map((h) => pad(h, 13))
    .join(''),
);
for (const row of rows) {
  const cells = [
    row.n,
    row.briefed,
    row.total.toFixed(0),
    (row.total / row.n).toFixed(2),
    ((row.total / row.words) * 1000).toFixed(2),
    ...STAGES.map((s) => (row.stages[s] ?? 0).toFixed(0)),
    row.rss.toFixed(0),
    row.cpu.toFixed(0),
    (row.cpu / row.n).toFixed(2),
  ];
  console.log(cells.map((c) => pad(c, 13)).join(''));
}
const perArticle = (n, field) => {
  const row = rows.find((r) => r.n === n);
  return row ? row[field] / row.n : undefined;
};
if (perArticle(1000, 'total') !== undefined && perArticle(50, 'total') !== undefined) {
  const ratio = (field) => (perArticle(1000, field) / perArticle(50, field)).toFixed(2);
  const perWord = (n) => perArticle(n, 'total') / perArticle(n, 'words');
  console.log(
    `ratio ms/article(1000) / ms/article(50): ${ratio('total')} (target <= 1.5); in CPU time: ${ratio('cpu')}; per word: ${(perWord(1000) / perWord(50)).toFixed(2)}`,
  );
}
