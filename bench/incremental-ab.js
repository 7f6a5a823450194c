#!/usr/bin/env node
// Incremental re-briefing, this checkout against another built one (A/B) in one process: each side keeps its own store
// of the same N ECB+ articles; the same article is added to both and both re-brief, alternating which goes first, R
// times. Prints each side's median CPU and wall time per add + new briefing and whether the briefings are identical.
// On a machine shared with other work, separate runs of bench:incremental differ by more than a change may gain; here
// both sides see the same load. The other checkout must be built (npx tsc -p .) with its node_modules.
// Usage: node bench/incremental-ab.js --base ../other-checkout [--articles 300] [--reps 20]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { option, readClusterFile, toNewArticle } from './common.js';

const base = option('base', null);
if (!base) {
  console.error('bench: --base DIR (a built checkout to compare with) is required');
  process.exit(2);
}
const DATA = option('data', '../shared/data/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz');
const count = Number(option('articles', '300'));
const reps = Number(option('reps', '20'));
const lines = readClusterFile(DATA, count + reps);
if (lines.length < count + reps) {
  console.error(`bench: ${DATA} holds ${lines.length} articles; ${count + reps} needed`);
  process.exit(2);
}
const articles = lines.map(toNewArticle);

const sides = [];
for (const [name, root] of [
  ['base', resolve(base)],
  ['this', resolve('.')],
]) {
  const load = (path) => import(pathToFileURL(join(root, 'dist/src', path)).href);
  const { addAndAnalyzeArticles } = await load('server/add-articles.js');
  const { loadBriefing } = await load('server/briefing-service.js');
  const { openSqliteStore } = await load('store/index.js');
  const dir = mkdtempSync(join(tmpdir(), `corroborate-bench-ab-${name}-`));
  const store = openSqliteStore(dir);
  const story = await store.createStory('bench: incremental A/B');
  await addAndAnalyzeArticles(store, story.id, articles.slice(0, count));
  await loadBriefing(store, story.id);
  sides.push({ name, root, addAndAnalyzeArticles, loadBriefing, store, story, dir, cpu: [], wall: [], briefings: [] });
}
try {
  for (let rep = 0; rep < reps; rep++) {
    for (const side of rep % 2 === 0 ? sides : [...sides].reverse()) {
      const cpu = process.cpuUsage();
      const begin = performance.now();
      await side.addAndAnalyzeArticles(side.store, side.story.id, [articles[count + rep]]);
      const loaded = await side.loadBriefing(side.store, side.story.id);
      const used = process.cpuUsage(cpu);
      side.wall.push(performance.now() - begin);
      side.cpu.push((used.user + used.system) / 1000);
      if (loaded.cached) throw new Error('bench: the briefing came from the cache; the added article was not counted');
      // The generator's version may differ between the two checkouts; nothing else may.
      side.briefings.push(
        Buffer.from(loaded.json)
          .toString('utf8')
          .replace(/"generator":\{[^}]*\}/, ''),
      );
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`add one article to a stored ${count}-article story + new briefing, ${reps} times each, alternating (ms):`);
  console.table(
    Object.fromEntries(
      sides.map((side) => [side.name, { 'CPU median': Math.round(median(side.cpu)), 'wall median': Math.round(median(side.wall)), checkout: side.root }]),
    ),
  );
  const same = sides[0].briefings.filter((json, i) => json === sides[1].briefings[i]).length;
  console.log(`briefings identical: ${same} of ${reps}`);
} finally {
  for (const side of sides) {
    await side.store.close();
    rmSync(side.dir, { recursive: true, force: true });
  }
}
