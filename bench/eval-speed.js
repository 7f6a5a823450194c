#!/usr/bin/env node
// Summarization speed of every eval system (stories per second, one core, scoring excluded).
// Runs the compiled code: `npx tsc -p .` first.
//   node bench/eval-speed.js [--data FILE] [--limit N] [--systems a,b,c] [--warmup N]
// Default data: the 200 original-text Multi-News test clusters in ../shared/data.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_EVAL_SYSTEM_NAMES, readClusters, resolveEvalSystems } from '../dist/src/eval/index.js';

const DEFAULT_DATA = fileURLToPath(new URL('../../shared/data/multinews_longbench_test200/multinews_longbench_test200.jsonl.gz', import.meta.url));

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    limit: { type: 'string' },
    systems: { type: 'string', default: DEFAULT_EVAL_SYSTEM_NAMES.join(',') },
    warmup: { type: 'string', default: '10' },
  },
});

if (!existsSync(values.data)) {
  console.error(`eval-speed: no data file ${values.data}`);
  process.exit(66);
}

const clusters = [];
for await (const cluster of readClusters(values.data, values.limit ? { limit: Number(values.limit) } : {})) clusters.push(cluster);
const inputWords = clusters.reduce((sum, c) => sum + c.documents.reduce((n, d) => n + d.split(/\s+/).filter(Boolean).length, 0), 0);
console.log(`eval-speed: ${clusters.length} clusters (${(inputWords / clusters.length).toFixed(0)} input words each), node ${process.version}, one process`);
console.log('stories/s by wall clock and by CPU time of this process (the CPU figure is steadier on a shared machine)');
console.log('system       stories/s  stories/s(cpu)  ms/story(cpu)  input words/s(cpu)');

for (const { name, summarize } of resolveEvalSystems(values.systems.split(','))) {
  // Warm up on a few clusters so JIT and lazy model loading are not counted.
  for (const cluster of clusters.slice(0, Number(values.warmup))) summarize(cluster.documents, 300);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const cluster of clusters) summarize(cluster.documents, 300);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = clusters.length / seconds;
  const cpuRate = clusters.length / cpuSeconds;
  console.log(
    `${name.padEnd(12)} ${rate.toFixed(1).padStart(9)} ${cpuRate.toFixed(1).padStart(15)} ${(1000 / cpuRate).toFixed(2).padStart(14)} ${(inputWords / cpuSeconds).toFixed(0).padStart(19)}`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
