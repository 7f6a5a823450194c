#!/usr/bin/env node
// Sweeps the stories clusterer's settings on the tuning parts of story data sets (articles analyzed once per data set):
//   npx tsc -p . && node scripts/tune-stories.js --data A.jsonl.gz --data B.jsonl.gz --set '{"threshold":0.25}' --set '{"threshold":0.3}'
// Prints B³ and pairwise F1 per data set and their mean for each setting. Use --split test only to report, never to choose.
// --cache DIR keeps the analyzed articles of each data set and part (JSON, gzipped) so the next sweep skips analysis.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { clusterSinglePass, readStoryData, scoreClustering } from '../dist/src/eval/index.js';
import { ingestRecords } from '../dist/src/ingest/index.js';
import { prepareStoryArticle } from '../dist/src/pipeline/index.js';
import * as stories from '../dist/src/stories/index.js';

const { assignArticles, orderArticles } = stories;
// Moves of earlier articles (the split check), applied when this build reports them.
const storiesOf = (result) =>
  (stories.applyStoryMoves && result.moved ? stories.applyStoryMoves(result.assignments, result.moved) : result.assignments).map((a) => a.story);

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    split: { type: 'string', default: 'tune' },
    baseline: { type: 'string' },
    cache: { type: 'string' },
    limit: { type: 'string' },
  },
});
const settings = (values.set ?? ['{}']).map((text) => JSON.parse(text));
const sets = [];
async function prepareSet(path) {
  const labelled = await readStoryData(path, { split: values.split, ...(values.limit ? { limit: Number(values.limit) } : {}) });
  const gold = new Map(labelled.map((entry) => [entry.record.id, entry.story]));
  const { articles } = ingestRecords(
    labelled.map((entry) => entry.record),
    { keepHeadlines: true },
  );
  const prepared = articles.map((article) => prepareStoryArticle(article, article.recordId ?? article.id).article);
  const ordered = orderArticles(prepared).articles;
  return { ordered, gold: ordered.map((a) => gold.get(a.id)) };
}
for (const path of values.data ?? []) {
  const name = path.replace(/^.*\//, '').replace(/\..*$/, '');
  const cached = values.cache ? join(values.cache, `${name}.${values.split}${values.limit ? `.${values.limit}` : ''}.json.gz`) : null;
  let set;
  if (cached && existsSync(cached)) set = JSON.parse(gunzipSync(readFileSync(cached)).toString('utf8'));
  else {
    set = await prepareSet(path);
    if (cached) {
      mkdirSync(values.cache, { recursive: true });
      writeFileSync(cached, gzipSync(JSON.stringify(set)));
    }
  }
  sets.push({ name, ...set });
}
const show = (s) =>
  `B³ ${(100 * s.bcubed.precision).toFixed(1)}/${(100 * s.bcubed.recall).toFixed(1)}/${(100 * s.bcubed.f1).toFixed(1)} pair ${(100 * s.pairwise.f1).toFixed(1)} k${s.stories}`;
for (const setting of settings) {
  const parts = [];
  let sum = 0;
  for (const set of sets) {
    const labels =
      values.baseline !== undefined
        ? clusterSinglePass(set.ordered, setting.threshold ?? 0.2, values.baseline === 'title-only')
        : storiesOf(assignArticles(null, set.ordered, setting));
    const scores = scoreClustering(set.gold, labels);
    sum += scores.bcubed.f1;
    parts.push(`${set.name}: ${show(scores)}`);
  }
  console.log(`${JSON.stringify(setting)}  mean B³-F1 ${((100 * sum) / sets.length).toFixed(1)} | ${parts.join(' | ')}`);
}
