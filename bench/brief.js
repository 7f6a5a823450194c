#!/usr/bin/env node
// Briefs Multi-News clusters end to end and prints stories per second and peak memory.
// Usage: npm run bench [-- --data FILE.jsonl.gz] [--limit N] [--words N] [--summary-only]
// Needs the compiled package (npm install / npm run build) and ../shared/data beside the repository.
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { brief, summarizeCluster } from '../dist/src/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const data = option('data', '../shared/data/multinews_longbench_test200/multinews_longbench_test200.jsonl.gz');
const limit = Number(option('limit', 'Infinity'));
const words = Number(option('words', '250'));
const summaryOnly = args.includes('--summary-only');
if (!existsSync(data)) {
  console.error(`bench: ${data} not found (the benchmark reads Multi-News clusters from ../shared/data)`);
  process.exit(2);
}

const clusters = [];
const lines = createInterface({ input: createReadStream(data).pipe(data.endsWith('.gz') ? createGunzip() : new (await import('node:stream')).PassThrough()) });
for await (const line of lines) {
  if (!line.trim()) continue;
  clusters.push(JSON.parse(line));
  if (clusters.length >= limit) break;
}

// Warm up the NLP models once so the figure is the steady state a server sees.
brief(clusters[0].documents.map((text) => ({ text })), { words });
const before = process.memoryUsage().rss;
let documents = 0;
let characters = 0;
let failures = 0;
let unusable = 0;
const started = performance.now();
for (const cluster of clusters) {
  documents += cluster.documents.length;
  for (const text of cluster.documents) characters += text.length;
  try {
    if (summaryOnly) summarizeCluster(cluster.documents, { words });
    else brief(cluster.documents.map((text) => ({ text })), { words });
  } catch (error) {
    failures++;
    if (error.code === "no-usable-input") { unusable++; failures--; continue; }
    if (failures <= 3) console.error(`bench: ${cluster.id}: ${error.message}`);
  }
}
const seconds = (performance.now() - started) / 1000;
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`data          ${data}`);
console.log(`mode          ${summaryOnly ? 'summary only' : 'full briefing'}`);
console.log(`stories       ${clusters.length} (${documents} articles, ${(characters / 1e6).toFixed(2)} MB of text, ${failures} failed, ${unusable} with no usable article)`);
console.log(`time          ${seconds.toFixed(2)} s`);
console.log(`stories/s     ${(clusters.length / seconds).toFixed(1)}`);
console.log(`ms/story      ${((seconds * 1000) / clusters.length).toFixed(2)}`);
console.log(`MB/s          ${(characters / 1e6 / seconds).toFixed(2)}`);
console.log(`peak RSS      ${peak.toFixed(0)} MB (rss before timing ${(before / 1048576).toFixed(0)} MB)`);
