#!/usr/bin/env node
// Incremental re-briefing through the store: a story of N real articles (ECB+) is briefed once, then one more article
// is added and the new briefing made, R times (a different article each time). Prints "add + new briefing" (median,
// max), the time per stage, a from-scratch briefing of the same articles for comparison, peak RSS and the size of the
// kept analysis per article. Target (issue "Speed"): add one article to a stored 300-article story and get the new
// briefing in ≤ 300 ms.
// Usage: npm run bench:incremental [-- --articles 300] [--reps 10] [--data FILE.jsonl.gz] [--sync full|normal]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addAndAnalyzeArticles } from '../dist/src/server/add-articles.js';
import { loadBriefing } from '../dist/src/server/briefing-service.js';
import { briefArticles } from '../dist/src/server/pipeline.js';
import { ANALYZER_VERSION, relabelAnalysis } from '../dist/src/pipeline/index.js';
import { openSqliteStore } from '../dist/src/store/index.js';
import { OUTPUT_FORMATS } from '../dist/src/render/index.js';
import { option, readClusterFile, toNewArticle } from './common.js';

const DATA = option('data', '../shared/data/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz');
const count = Number(option('articles', '300'));
const reps = Number(option('reps', '10'));
const synchronous = option('sync', 'full');

const lines = readClusterFile(DATA, count + reps);
if (lines.length < count + reps) {
  console.error(`bench: ${DATA} holds ${lines.length} articles; ${count + reps} needed`);
  process.exit(2);
}
const articles = lines.map(toNewArticle);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms) => Math.round(ms * 10) / 10;
const STAGES = ['ingest', 'clean', 'analyze', 'compare', 'summarize'];
function stageRecorder() {
  const totals = Object.fromEntries(STAGES.map((stage) => [stage, 0]));
  return { totals, hooks: { onStage: (stage, ms) => (totals[stage] += ms) } };
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-incremental-'));
const store = openSqliteStore(dir, { synchronous });
try {
  const story = await store.createStory('bench: incremental re-briefing');
  let started = performance.now();
  await addAndAnalyzeArticles(store, story.id, articles.slice(0, count));
  const addAll = performance.now() - started;
  started = performance.now();
  await loadBriefing(store, story.id);
  const firstBrief = performance.now() - started;
  console.log(
    `store: ${dir} (synchronous=${synchronous}); ${count} ECB+ articles added and analyzed in ${round(addAll)} ms, first briefing ${round(firstBrief)} ms`,
  );

  const rows = [];
  for (let rep = 0; rep < reps; rep++) {
    const { totals, hooks } = stageRecorder();
    const cpu = process.cpuUsage();
    const begin = performance.now();
    await addAndAnalyzeArticles(store, story.id, [articles[count + rep]]);
    const added = performance.now();
    const loaded = await loadBriefing(store, story.id, hooks);
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    if (loaded.cached) throw new Error('bench: the briefing came from the cache; the added article was not counted');
    const stages = STAGES.reduce((sum, stage) => sum + totals[stage], 0);
    rows.push({
      articles: count + rep + 1,
      'add ms': added - begin,
      'brief ms': end - added,
      'total ms': end - begin,
      // CPU time of this process (main thread and GC threads): on a shared machine wall time also measures the neighbours.
      'CPU ms': (used.user + used.system) / 1000,
      ...totals,
      'store+render ms': end - added - stages,
    });
  }
  const columns = Object.keys(rows[0]).filter((key) => key !== 'articles');
  const summary = (pick) =>
    Object.fromEntries([['articles', `${rows[0].articles}…${rows.at(-1).articles}`], ...columns.map((key) => [key, round(pick(rows.map((row) => row[key])))])]);
  console.log(
    `\nadd one article + new briefing, ${reps} repetitions (stage columns: ms; "store+render": reading the snapshot and kept analyses, rendering, caching):`,
  );
  console.table({ median: summary(median), max: summary((values) => Math.max(...values)) });

  let at = performance.now();
  const { articles: stored } = await store.readStory(story.id);
  const readMs = performance.now() - at;
  at = performance.now();
  await store.getAnalyses(story.id, ANALYZER_VERSION);
  // The store decodes a kept analysis once per process (AnalysisDecoder): this reads keys and decodes what changed.
  console.log(
    `of "store+render": readStory ${round(readMs)} ms, getAnalyses (reading the kept analyses, each decoded once per process) ${round(performance.now() - at)} ms`,
  );
  const scratch = stageRecorder();
  started = performance.now();
  const scratchCpu = process.cpuUsage();
  const fromScratch = briefArticles(stored, new Map(), scratch.hooks);
  const scratchUsed = process.cpuUsage(scratchCpu);
  const scratchMs = performance.now() - started;
  const kept = await store.getAnalyses(story.id, ANALYZER_VERSION);
  const incremental = briefArticles(stored, kept);
  const same = OUTPUT_FORMATS.json.render(fromScratch.briefing) === OUTPUT_FORMATS.json.render(incremental.briefing);
  console.log(
    `\nfrom scratch, the same ${stored.length} articles (ingest, clean and analyze every one): ${round(scratchMs)} ms, CPU ${round((scratchUsed.user + scratchUsed.system) / 1000)} ms`,
  );
  console.table({ ms: Object.fromEntries(STAGES.map((stage) => [stage, round(scratch.totals[stage])])) });
  console.log(`briefing from kept analyses identical to the one from scratch: ${same ? 'yes' : 'NO'}`);
  if (!same) {
    // Kept analyses were made earlier in this process; analyze is only sound to keep if that does not matter.
    const drifted = fromScratch.made.filter(
      ({ article, analysis }) => JSON.stringify(analysis.doc) !== JSON.stringify(relabelAnalysis(kept.get(article), analysis.clean.article).doc),
    );
    console.log(
      `  ${drifted.length} of ${kept.size} kept analyses differ from analyzing the same article again now: analyze depends on what the process read before (wink-nlp learns tokens)`,
    );
  }

  const sizes = store.database.prepare('SELECT length(n.data) AS bytes, length(a.text) AS chars FROM analyses n JOIN articles a ON a.id = n.article').all();
  const bytes = sizes.map((row) => row.bytes);
  const chars = sizes.map((row) => row.chars);
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  console.log(
    `\nkept analysis per article (JSON): median ${(median(bytes) / 1024).toFixed(1)} KiB, mean ${(sum(bytes) / bytes.length / 1024).toFixed(1)} KiB, ` +
      `max ${(Math.max(...bytes) / 1024).toFixed(1)} KiB; ${(sum(bytes) / sum(chars)).toFixed(1)}× the article text (median text ${median(chars)} chars); ` +
      `${(sum(bytes) / 1024 / 1024).toFixed(1)} MiB for ${bytes.length} articles`,
  );
  console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
