#!/usr/bin/env node
// Times the summarize stage alone (CPU time) on stories already analyzed, as the full briefing hands them over:
// the 200 original-text Multi-News test clusters by default, each summarized `--repeat` times.
// Usage: node bench/summarize.js [--data FILE.jsonl.gz] [--limit N] [--repeat N] [--words N]
// Needs the compiled package (npm run build) and ../shared/data beside the repository.
import { ingestPipelineInputs, prepareStory, selectSummaryDocuments } from '../dist/src/pipeline/index.js';
import { summarize } from '../dist/src/summarize/index.js';
import { DEFAULT_DATA, option, readClusterFile } from './common.js';

const data = option('data', DEFAULT_DATA);
const words = Number(option('words', '250'));
const repeat = Number(option('repeat', '3'));
const clusters = readClusterFile(data, Number(option('limit', 'Infinity')));

const stories = [];
for (const cluster of clusters) {
  try {
    const records = cluster.documents.map((text) => ({ text }));
    const story = prepareStory(ingestPipelineInputs({ records }, {}, {}, 'bench'), {});
    if (story.docs.length > 0) stories.push(selectSummaryDocuments(story));
  } catch {}
}
const run = () => {
  for (const docs of stories) summarize(docs, { words });
};
run();
const cpu = process.cpuUsage();
for (let i = 0; i < repeat; i++) run();
const used = process.cpuUsage(cpu);
const ms = (used.user + used.system) / 1000 / (repeat * stories.length);
console.log(`data          ${data}`);
console.log(`stories       ${stories.length}, each summarized ${repeat} times after one warm-up pass`);
console.log(`summarize     ${ms.toFixed(2)} ms/story by CPU time`);
