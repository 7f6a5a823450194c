#!/usr/bin/env node
// Briefs Multi-News clusters end to end and prints stories per second, time per stage and peak memory, next to
// wink-nlp's bare tokenizer on the same text (the floor set by the NLP library).
// Usage: npm run bench [-- --data FILE.jsonl.gz] [--limit N] [--words N] [--summary-only]
// Needs the compiled package (npm install / npm run build) and ../shared/data beside the repository.
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { runPipeline, summarizeCluster } from '../dist/src/index.js';
import { DEFAULT_DATA, flag, option, readClusterFile } from './common.js';

const data = option('data', DEFAULT_DATA);
const words = Number(option('words', '250'));
const summaryOnly = flag('summary-only');
const clusters = readClusterFile(data, Number(option('limit', 'Infinity')));

const stages = {};
const hooks = {
  onStage: (stage, ms) => {
    stages[stage] = (stages[stage] ?? 0) + ms;
  },
};
const briefCluster = (cluster, withHooks) => runPipeline({ records: cluster.documents.map((text) => ({ text })) }, { words }, withHooks ? hooks : {});

// CPU time of this process as well as wall time: on a shared machine wall time also measures the neighbours.
function measure(run) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

// Warm up the NLP models once so the figure is the steady state a server sees.
briefCluster(clusters[0], false);
const before = process.memoryUsage().rss;
let documents = 0;
let characters = 0;
let failures = 0;
let unusable = 0;
const timed = measure(() => {
  for (const cluster of clusters) {
    documents += cluster.documents.length;
    for (const text of cluster.documents) characters += text.length;
    try {
      if (summaryOnly) summarizeCluster(cluster.documents, { words });
      else briefCluster(cluster, false);
    } catch (error) {
      if (error.code === 'no-usable-input') {
        unusable++;
        continue;
      }
      if (++failures <= 3) console.error(`bench: ${cluster.id}: ${error.message}`);
    }
  }
});
const peak = process.resourceUsage().maxRSS / 1024;

// The library floor: wink-nlp's tokenizer alone (a second instance is fine here: no custom entities are used).
const nlp = winkNLP(model, []);
const floor = measure(() => {
  for (const cluster of clusters) for (const text of cluster.documents) nlp.readDoc(text).tokens().out();
});

// Where the time goes, in a second pass with the pipeline's stage hooks.
if (!summaryOnly)
  for (const cluster of clusters)
    try {
      briefCluster(cluster, true);
    } catch {}

const perSecond = (seconds) => (clusters.length / seconds).toFixed(1);
console.log(`data          ${data}`);
console.log(`mode          ${summaryOnly ? 'summary only' : 'full briefing'}`);
console.log(
  `stories       ${clusters.length} (${documents} articles, ${(characters / 1e6).toFixed(2)} MB of text, ${failures} failed, ${unusable} with no usable article)`,
);
console.log(`time          ${timed.wall.toFixed(2)} s wall, ${timed.cpu.toFixed(2)} s CPU`);
console.log(`stories/s     ${perSecond(timed.wall)} (by CPU time ${perSecond(timed.cpu)})`);
console.log(`ms/story      ${((timed.wall * 1000) / clusters.length).toFixed(2)}`);
console.log(`MB/s          ${(characters / 1e6 / timed.wall).toFixed(2)}`);
console.log(`peak RSS      ${peak.toFixed(0)} MB (rss before timing ${(before / 1048576).toFixed(0)} MB)`);
console.log(
  `wink floor    ${perSecond(floor.wall)} stories/s (by CPU ${perSecond(floor.cpu)}): wink-nlp's bare tokenizer on the same text; ratio ${(timed.cpu / floor.cpu).toFixed(1)}x by CPU`,
);
if (!summaryOnly)
  console.log(
    `stages        ${Object.entries(stages)
      .map(([stage, ms]) => `${stage} ${(ms / clusters.length).toFixed(2)}`)
      .join(', ')} ms/story`,
  );
