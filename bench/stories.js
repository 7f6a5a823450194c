#!/usr/bin/env node
// The stories stage on a stream: the shared ECB+ articles and UCI headlines replayed several times over a simulated
// clock (each copy 30 days after the last, ids made unique, ECB+ articles given one simulated date every 5 minutes),
// at least 20,000 articles. Prints, measured by CPU time of this process (the machine may be shared):
//   - clustering once articles are analyzed: articles/s for the whole stream in one call, in calls of 100 and of 1,
//     for the full-text articles and the headlines apart (median of 5 runs each), and per quarter of the stream (the
//     cost must stay flat);
//   - the whole path from raw JSON lines to assigned story (ingest, clean, analyze, assign), with peak RSS;
//   - the state at the end: open stories, features counted, JSON size.
// Each phase runs in its own process, so that its peak RSS is its own.
// Usage: npm run bench:stories [-- --copies-uci 3 --copies-ecb 2]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { option } from './common.js';

const ECB = '../shared/data/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz';
const UCI = '../shared/data/uci_news_aggregator_prefix/uci_news_aggregator_prefix.jsonl.gz';
const DAY = 86_400_000;
const copiesUci = Number(option('copies-uci', '3'));
const copiesEcb = Number(option('copies-ecb', '2'));
const REPEAT = 5;

function readLines(path) {
  if (!existsSync(path)) {
    console.error(`bench: ${path} not found (this benchmark replays ../shared/data)`);
    process.exit(2);
  }
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** The replayed stream: JSON-lines records with unique ids and simulated dates, in simulated-time order. */
function buildStream() {
  const uci = readLines(UCI);
  const ecb = readLines(ECB);
  const start = Date.parse(uci[0].date);
  const records = [];
  for (let copy = 0; copy < Math.max(copiesUci, copiesEcb); copy++) {
    const shift = copy * 30 * DAY;
    if (copy < copiesUci) for (const r of uci) records.push({ ...r, id: `uci${copy}:${r.id}`, date: new Date(Date.parse(r.date) + shift).toISOString() });
    if (copy < copiesEcb) ecb.forEach((r, i) => records.push({ ...r, id: `ecb${copy}:${r.id}`, date: new Date(start + shift + i * 5 * 60_000).toISOString() }));
  }
  return records
    .map((r, i) => [r, i])
    .sort((a, b) => Date.parse(a[0].date) - Date.parse(b[0].date) || a[1] - b[1])
    .map(([r]) => r);
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function loadStages() {
  const { ingestInputs } = await import('../dist/src/ingest/index.js');
  const { prepareStoryArticle } = await import('../dist/src/pipeline/index.js');
  const { assignArticles, StoryStream } = await import('../dist/src/stories/index.js');
  return { ingestInputs, prepareStoryArticle, assignArticles, StoryStream };
}

/** Raw JSON line → article → cleaned, analyzed → assigned, in calls of 100, keeping nothing but the state. */
async function runPath(records) {
  const { ingestInputs, prepareStoryArticle, StoryStream } = await loadStages();
  const stream = new StoryStream(null);
  let stories = 0;
  const started = cpu();
  for (let i = 0; i < records.length; i += 100) {
    const bytes = new TextEncoder().encode(
      records
        .slice(i, i + 100)
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const { articles } = ingestInputs([{ name: 'stream.jsonl', bytes }], { keepHeadlines: true });
    const prepared = articles.map((article) => prepareStoryArticle(article, article.recordId ?? article.id).article);
    stories += stream.assign(prepared).assignments.filter((a) => a.opened).length;
  }
  const ms = cpu() - started;
  return { articles: records.length, ms, stories, peakMb: peakMb(), stateBytes: JSON.stringify(stream.snapshot()).length };
}

/** Analyzes every article (not timed), then times the clustering alone. */
async function runClustering(records) {
  const { ingestInputs, prepareStoryArticle, assignArticles, StoryStream } = await loadStages();
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  const { articles } = ingestInputs([{ name: 'stream.jsonl', bytes }], { keepHeadlines: true });
  const prepared = articles.map((article) => prepareStoryArticle(article, article.recordId ?? article.id).article);
  const time = (fn) => {
    const started = cpu();
    const value = fn();
    return { ms: cpu() - started, value };
  };
  assignArticles(null, prepared.slice(0, 2000)); // warm-up
  const rows = [];
  const whole = time(() => assignArticles(null, prepared));
  rows.push({ what: 'whole stream, one call', articles: prepared.length, ms: whole.ms });
  const inCalls = (size, list) =>
    time(() => {
      let state = null;
      for (let i = 0; i < list.length; i += size) state = assignArticles(state, list.slice(i, i + size)).state;
      return state;
    });
  rows.push({ what: 'whole stream, calls of 100', articles: prepared.length, ms: inCalls(100, prepared).ms });
  const stream = time(() => {
    const open = new StoryStream(null);
    for (const article of prepared) open.assign([article]);
    return open.snapshot();
  });
  rows.push({ what: 'whole stream, one at a time through a StoryStream', articles: prepared.length, ms: stream.ms });
  const single = prepared.slice(0, 500);
  rows.push({ what: 'first 500, assignArticles one at a time (state handed in and out)', articles: single.length, ms: inCalls(1, single).ms });
  const full = prepared.filter((a) => a.body !== null);
  const headlines = prepared.filter((a) => a.body === null);
  // These two short runs are timed REPEAT times and the median kept: one run of half a second swings by a third on a shared machine.
  const median = (list) => {
    const runs = Array.from({ length: REPEAT }, () => time(() => assignArticles(null, list)).ms).sort((a, b) => a - b);
    return runs[runs.length >> 1];
  };
  rows.push({ what: `full-text articles only (ECB+ copies), median of ${REPEAT}`, articles: full.length, ms: median(full) });
  rows.push({ what: `headlines only (UCI copies), median of ${REPEAT}`, articles: headlines.length, ms: median(headlines) });
  // Flat cost: each quarter of the stream timed while the state carries everything before it.
  let state = null;
  const quarter = Math.ceil(prepared.length / 4);
  for (let q = 0; q < 4; q++) {
    const part = prepared.slice(q * quarter, (q + 1) * quarter);
    const run = time(() => assignArticles(state, part));
    state = run.value.state;
    rows.push({ what: `quarter ${q + 1} of the stream (state carried)`, articles: part.length, ms: run.ms, open: state.stories.length });
  }
  const features = whole.value.state.termCount ?? Object.keys(whole.value.state.termStories).length;
  return {
    rows,
    peakMb: peakMb(),
    open: whole.value.state.stories.length,
    features,
    closed: whole.value.closed.length,
    stories: whole.value.state.nextStory - 1,
  };
}

const phase = option('phase', null);
if (phase) {
  const records = buildStream();
  const result = phase === 'path' ? await runPath(records) : await runClustering(records);
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const records = buildStream();
const full = records.filter((r) => r.text).length;
console.log(`stream: ${records.length} articles (${copiesUci}× UCI headlines, ${copiesEcb}× ECB+ full texts: ${full} with text), simulated clock, ids unique`);
const self = fileURLToPath(import.meta.url);
const run = (name) => {
  const child = spawnSync(process.execPath, [self, '--phase', name, '--copies-uci', String(copiesUci), '--copies-ecb', String(copiesEcb)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  return JSON.parse(child.stdout);
};
const rate = (articles, ms) => Math.round((articles * 1000) / ms).toLocaleString('en-US');
const clustering = run('cluster');
console.log('\nclustering once analyzed (CPU time)\n');
console.log('| run | articles | CPU s | articles/s | open stories |');
console.log('|---|---|---|---|---|');
for (const row of clustering.rows)
  console.log(`| ${row.what} | ${row.articles} | ${(row.ms / 1000).toFixed(2)} | ${rate(row.articles, row.ms)} | ${row.open ?? ''} |`);
console.log(
  `\nstories opened ${clustering.stories}, closed when quiet ${clustering.closed}, open at the end ${clustering.open}; features counted ${clustering.features}; peak RSS ${clustering.peakMb} MB (all analyses kept in memory)`,
);
const path = run('path');
console.log('\nwhole path: raw JSON line → ingest → clean → analyze → assign (a StoryStream fed 100 at a time, nothing kept but its state)\n');
console.log('| articles | CPU s | articles/s | stories | peak RSS | state JSON |');
console.log('|---|---|---|---|---|---|');
console.log(
  `| ${path.articles} | ${(path.ms / 1000).toFixed(1)} | ${rate(path.articles, path.ms)} | ${path.stories} | ${path.peakMb} MB | ${Math.round(path.stateBytes / 1024)} KB |`,
);
