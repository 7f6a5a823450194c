#!/usr/bin/env node
// Ingest + clean throughput on real documents: the Multi-News documents as one Multi-News input
// (plain-text path) and the example story's HTML fixture pages (Readability path). Prints MB/s.
// Usage: node bench/ingest-clean.js [--data FILE.jsonl.gz] [--rounds N]
// Needs the compiled package (npm run build) and ../shared/data beside the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestInputs } from '../dist/src/ingest/index.js';
import { cleanArticle } from '../dist/src/clean/index.js';
import { DEFAULT_DATA, option, readClusterFile } from './common.js';

const data = option('data', DEFAULT_DATA);
const rounds = Number(option('rounds', '5'));

function measure(label, inputs) {
  const megabytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0) / 1e6;
  let articles = 0;
  let removed = 0;
  let dropped = 0;
  const times = { ingest: 0, clean: 0 };
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    const result = ingestInputs(inputs);
    const ingested = performance.now();
    for (const article of result.articles) {
      const cleaned = cleanArticle(article);
      if (round === 0) {
        removed += cleaned.article.removed.length;
        if (cleaned.article.text === '') dropped++;
      }
    }
    times.ingest += ingested - start;
    times.clean += performance.now() - ingested;
    articles = result.articles.length;
  }
  const rate = (ms) => (megabytes / (ms / rounds / 1000)).toFixed(1);
  console.log(`${label}: ${megabytes.toFixed(2)} MB, ${articles} articles, ${removed} lines removed, ${dropped} emptied as boilerplate`);
  console.log(
    `  ingest ${rate(times.ingest)} MB/s, clean ${rate(times.clean)} MB/s, ingest+clean ${rate(times.ingest + times.clean)} MB/s (mean of ${rounds} rounds)`,
  );
}

const clusters = readClusterFile(data);
const multiNews = clusters.map((cluster) => cluster.documents.map((d) => d.replace(/\n/g, 'NEWLINE_CHAR')).join(' ||||| ')).join('\n');
measure(`Multi-News (${data.split('/').pop()})`, [{ name: 'longbench.src', bytes: Buffer.from(multiNews) }]);

const pages = join('test', 'fixtures', 'baghdad-2007', 'html');
const html = readdirSync(pages).map((name) => ({ name, bytes: readFileSync(join(pages, name)) }));
measure('HTML pages (test/fixtures/baghdad-2007/html, x20)', Array.from({ length: 20 }, () => html).flat());
const heap = process.memoryUsage();
console.log(`peak-ish memory: rss ${(heap.rss / 1e6).toFixed(0)} MB, heap ${(heap.heapUsed / 1e6).toFixed(0)} MB`);
