#!/usr/bin/env node
// Briefs Multi-News clusters end to end and prints stories per second and peak memory.
// Usage: npm run bench [-- --data FILE.jsonl.gz] [--limit N] [--words N] [--summary-only]
// Needs the compiled package (npm install / npm run build) and ../shared/data beside the repository.
import { performance } from 'node:perf_hooks';
import { brief, summarizeCluster } from '../dist/src/index.js';
import { DEFAULT_DATA, flag, option, readClusterFile } from './common.js';

const data = option('data', DEFAULT_DATA);
const words = Number(option('words', '250'));
const summaryOnly = flag('summary-only');
const clusters = readClusterFile(data, Number(option('limit', 'Infinity')));

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
