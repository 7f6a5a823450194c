#!/usr/bin/env node
// Sweeps summarizer options on a file of clusters and prints mean ROUGE F (×100) for each setting.
// Stories are analyzed once and summarized once per setting, so a grid of settings is cheap.
// Runs the compiled code: `npx tsc -p .` first. Tune on the validation split only.
//   node scripts/tune-summarizer.js --data FILE [--limit N] [--words 300] [--grid GRID.json | --set JSON ...]
// GRID.json is a JSON array of SummarizeOptions (partial; merged over the defaults); each --set adds one.
// A setting may carry "label", and "budget": the summarizer's word budget for that setting (the scorer
// always cuts at --words). A smaller --words on the truncated validation inputs mimics the test inputs' ratio.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareStory } from '../dist/src/brief.js';
import { ingestRecords } from '../dist/src/ingest/index.js';
import { summarize } from '../dist/src/summarize/index.js';
import { readClusters } from '../dist/src/eval/index.js';
import { countNgramOverlaps, countSkipBigramOverlap, combineRouge, prepareRougeText } from '../dist/src/eval/rouge/index.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    limit: { type: 'string' },
    skip: { type: 'string', default: '0' },
    words: { type: 'string', default: '300' },
    grid: { type: 'string' },
    set: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.data) {
  console.error('tune-summarizer: --data FILE is required');
  process.exit(64);
}
const settings = [{ label: 'default' }];
if (values.grid) settings.push(...JSON.parse(readFileSync(values.grid, 'utf8')));
for (const text of values.set) settings.push(JSON.parse(text));
const words = Number(values.words);
const skip = Number(values.skip);

const stories = [];
let index = 0;
const limit = values.limit ? Number(values.limit) + skip : undefined;
for await (const cluster of readClusters(values.data, limit ? { limit } : {})) {
  if (index++ < skip) continue;
  const story = prepareStory(ingestRecords(cluster.documents.map((text) => ({ text }))), { depth: 'sentences' });
  stories.push({ docs: story.docs, reference: prepareRougeText(cluster.summary, 'reference') });
}
console.error(`tune-summarizer: ${stories.length} clusters analyzed`);

function score(setting) {
  const { label, budget, ...options } = setting;
  const cut = budget ?? words;
  let r1 = 0,
    r2 = 0,
    su4 = 0,
    length = 0;
  for (const story of stories) {
    const text =
      story.docs.length === 0
        ? ''
        : summarize(story.docs, { ...options, words: cut, select: { overflow: Number.POSITIVE_INFINITY, ...options.select } })
            .map((s) => s.text)
            .join(' ');
    const system = prepareRougeText(text, 'system', { maxWords: words });
    const [one, two] = countNgramOverlaps(story.reference.tokens, system.tokens, 2);
    r1 += combineRouge(one.hits, one.referenceTotal, one.peerTotal, 0.5).f;
    r2 += combineRouge(two.hits, two.referenceTotal, two.peerTotal, 0.5).f;
    const su = countSkipBigramOverlap(story.reference.tokens, system.tokens, 4, true);
    su4 += combineRouge(su.hits, su.referenceTotal, su.peerTotal, 0.5).f;
    length += system.tokens.length;
  }
  const n = Math.max(1, stories.length);
  return { label: label ?? JSON.stringify(options), r1: (100 * r1) / n, r2: (100 * r2) / n, su4: (100 * su4) / n, words: length / n };
}

for (const setting of settings) {
  const result = score(setting);
  console.log(`${result.r1.toFixed(2)}\t${result.r2.toFixed(2)}\t${result.su4.toFixed(2)}\t${result.words.toFixed(0)}\t${result.label}`);
}
