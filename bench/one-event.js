#!/usr/bin/env node
// The one-event check of `brief`: how often an article planted from another story is named, and how often a
// real article of a real story is named by mistake, per threshold. Multi-News test clusters 0-99 are the
// tuning part, 100-199 the held-out part; ECB+ stories get a stranger from the same topic's other event (the
// hard case: another earthquake) and one from another topic.
// Usage: npm run build && node bench/one-event.js [--split tune|test]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_DATA, option, readClusterFile } from './common.js';

const { DEFAULT_ONE_EVENT_OPTIONS, measureNeighbours } = await import('../dist/src/stories/index.js');
const { prepareStory, ingestPipelineInputs } = await import('../dist/src/pipeline/index.js');

const split = option('split', 'test');
const relative = Number(option('relative', String(DEFAULT_ONE_EVENT_OPTIONS.relative ?? 0)));
const analyze = (texts) => prepareStory(ingestPipelineInputs({ records: texts.map((text) => ({ text })) }), {}).docs;

const clusters = readClusterFile(DEFAULT_DATA);
const part = split === 'tune' ? clusters.slice(0, 100) : clusters.slice(100, 200);
const offset = split === 'tune' ? 0 : 100;
const cases = [];
part.forEach((cluster, i) => {
  if (cluster.documents.length < 2) return;
  const stranger = clusters[(offset + i + 37) % clusters.length].documents[0];
  cases.push({ kind: 'multinews', texts: cluster.documents, stranger });
});
const ecb = gunzipSync(readFileSync('../shared/data/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz'))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const byStory = new Map();
for (const article of ecb) byStory.set(article.story, [...(byStory.get(article.story) ?? []), article]);
const stories = [...byStory.entries()].filter((_, index) => (split === 'tune' ? index % 2 === 0 : index % 2 === 1));
for (const [story, articles] of stories) {
  if (articles.length < 3) continue;
  const topic = story.replace(/ecb(?:plus)?$/, '');
  const sibling = byStory.get(story.endsWith('plus') ? `${topic}ecb` : `${topic}ecbplus`)?.[0];
  const other = [...byStory.entries()].find(([name]) => !name.startsWith(topic))?.[1][0];
  const texts = articles.slice(0, 8).map((a) => `${a.title}\n${a.text}`);
  if (sibling) cases.push({ kind: 'ecb same topic', texts, stranger: `${sibling.title}\n${sibling.text}` });
  if (other) cases.push({ kind: 'ecb other topic', texts, stranger: `${other.title}\n${other.text}` });
}

const thresholds = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2];
const rows = new Map();
for (const item of cases) {
  const clean = measureNeighbours(analyze(item.texts));
  const planted = measureNeighbours(analyze([...item.texts, item.stranger]));
  const row = rows.get(item.kind) ?? { stories: 0, articles: 0, found: new Map(), false: new Map() };
  row.stories++;
  row.articles += clean.length;
  const median = (values) => {
    const sorted = [...values].sort((x, y) => x - y);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  const flagged = (list, index, t) => list[index].best < Math.max(t, relative * median(list.filter((_, j) => j !== index).map((n) => n.best)));
  for (const t of thresholds) {
    if (planted.length >= 3 && flagged(planted, planted.length - 1, t)) row.found.set(t, (row.found.get(t) ?? 0) + 1);
    if (clean.length >= 3) row.false.set(t, (row.false.get(t) ?? 0) + clean.filter((_, i) => flagged(clean, i, t)).length);
  }
  rows.set(item.kind, row);
}
console.log(`split ${split}, relative ${relative}: stranger found (share of stories) / real articles named by mistake (share of articles)`);
console.log(`threshold  ${[...rows.keys()].map((k) => k.padEnd(26)).join('')}`);
for (const t of thresholds) {
  const cells = [...rows.values()].map((row) =>
    `${((row.found.get(t) ?? 0) / row.stories).toFixed(2)} / ${((row.false.get(t) ?? 0) / row.articles).toFixed(3)}`.padEnd(26),
  );
  console.log(`${String(t).padEnd(11)}${cells.join('')}`);
}
console.log(`stories: ${[...rows.entries()].map(([k, r]) => `${k} ${r.stories}`).join(', ')}`);
