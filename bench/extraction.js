#!/usr/bin/env node
// Article extraction on the tuning half of the scrapinghub benchmark (../shared/data/article_extraction_tune, 91
// pages; the other 90 pages are held out and not in this repository's reach). Prints the benchmark's F1, P and R
// (word 4-grams, see src/eval/extraction/shingle-score.ts), pages/s by wall and CPU time, and the worst pages.
// Usage: node bench/extraction.js [--split all|a|b] [--systems corroborate,readability] [--worst N] [--page ID-PREFIX]
//   --split a|b scores one fold of a 2-fold split of the tuning half (even/odd positions of the sorted ids).
//   --page prints one page's extracted text and its extra and missing 4-grams.
// Needs the compiled package (npm run bench:extraction builds it).
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EXTRACTORS, evaluateExtraction, readExtractionPages, shingleCounts } from '../dist/src/eval/index.js';
import { option } from './common.js';

const folder = option('data', '../shared/data/article_extraction_tune');
const split = option('split', 'all');
const systems = option('systems', 'corroborate,readability').split(',');
const worst = Number(option('worst', '10'));
const pagePrefix = option('page', null);

if (!existsSync(folder)) {
  console.error(`bench: ${folder} not found (the extraction benchmark reads ../shared/data/article_extraction_tune)`);
  process.exit(2);
}
if (!['all', 'a', 'b'].includes(split)) {
  console.error(`bench: --split must be all, a or b, got ${split}`);
  process.exit(64);
}
const pages = readExtractionPages(folder, split);
const fmt = (value) => value.toFixed(3);

if (pagePrefix) {
  const page = pages.find((candidate) => candidate.id.startsWith(pagePrefix));
  if (!page) {
    console.error(`bench: no page id starts with ${pagePrefix} in split ${split}`);
    process.exit(64);
  }
  const report = evaluateExtraction([page], EXTRACTORS[systems[0]]);
  const outcome = report.pages[0];
  console.log(`${page.id} ${page.url}\nP ${fmt(outcome.precision)} R ${fmt(outcome.recall)}\n--- extracted ---\n${outcome.text}\n`);
  const truth = shingleCounts(page.truth);
  const predicted = shingleCounts(outcome.text);
  const show = (a, b) =>
    [...a]
      .filter(([gram, count]) => count > (b.get(gram) ?? 0))
      .map(([gram]) => gram.replaceAll('\u0001', ' '))
      .join(' | ');
  console.log(`--- extra ---\n${show(predicted, truth)}\n\n--- missing ---\n${show(truth, predicted)}`);
  process.exit(0);
}

console.log(`${pages.length} pages of ${folder} (split ${split})`);
console.log('system          F1      P      R   pages/s  CPU pages/s');
const reports = {};
for (const name of systems) {
  const extract = EXTRACTORS[name];
  if (!extract) {
    console.error(`bench: unknown system ${name}; known: ${Object.keys(EXTRACTORS).join(', ')}`);
    process.exit(64);
  }
  extract(pages[0]); // load the libraries before timing
  const cpu = process.cpuUsage();
  const start = performance.now();
  const report = evaluateExtraction(pages, extract);
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  reports[name] = report;
  const { f1, precision, recall } = report.score;
  console.log(
    `${name.padEnd(13)} ${fmt(f1)}  ${fmt(precision)}  ${fmt(recall)}  ${(pages.length / wall).toFixed(1).padStart(7)}  ${(pages.length / cpuSeconds).toFixed(1).padStart(11)}`,
  );
}
for (const name of systems) {
  const report = reports[name];
  const ranked = [...report.pages].sort((a, b) => Math.min(a.precision, a.recall) - Math.min(b.precision, b.recall)).slice(0, worst);
  console.log(`\n${name}: worst ${ranked.length} pages by min(P, R)`);
  for (const outcome of ranked)
    console.log(
      `  ${outcome.id.slice(0, 8)}  P ${fmt(outcome.precision)}  R ${fmt(outcome.recall)}  words ${outcome.text.split(/\s+/).filter(Boolean).length}`,
    );
}
