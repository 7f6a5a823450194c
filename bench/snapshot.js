#!/usr/bin/env node
// Writes the full JSON briefing of many real stories, one per line, so a change meant to keep outputs can be checked
// byte for byte (`cmp` two runs): the 200 original-text Multi-News test clusters, every ECB+ story (its articles in
// file order) and the first 100 lower-cased Multi-News validation clusters, all briefed in one process.
// Usage: npm run bench:snapshot -- --out FILE [--limit N per data set]
// Needs the compiled package (npm run build) and ../shared/data beside the repository.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { runPipeline, summarizeCluster } from '../dist/src/index.js';
import { OUTPUT_FORMATS } from '../dist/src/render/index.js';
import { DEFAULT_DATA, option, readClusterFile } from './common.js';

const out = option('out', null);
const limit = Number(option('limit', 'Infinity'));
const ECB = '../shared/data/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz';
const PLUS_VAL = '../shared/data/multinews_plus_val/multinews_plus_val.jsonl.gz';

const stories = [];
for (const cluster of readClusterFile(DEFAULT_DATA, limit))
  stories.push({ id: `multinews:${cluster.id}`, records: cluster.documents.map((text) => ({ text })) });
const ecb = new Map();
for (const line of readClusterFile(ECB)) {
  const record = { title: line.title ?? null, text: line.text, published: line.date ?? null, outlet: line.source ?? null };
  if (!ecb.has(line.story)) ecb.set(line.story, []);
  ecb.get(line.story).push(record);
}
for (const [story, records] of [...ecb].slice(0, limit)) stories.push({ id: `ecbplus:${story}`, records });
for (const cluster of readClusterFile(PLUS_VAL, Math.min(limit, 100)))
  stories.push({ id: `plusval:${cluster.id}`, records: cluster.documents.map((text) => ({ text })) });

const lines = [];
for (const story of stories) {
  let json;
  try {
    json = OUTPUT_FORMATS.json.render(runPipeline({ records: story.records }).briefing);
  } catch (error) {
    json = JSON.stringify({ error: error.code ?? error.message });
  }
  lines.push(`${JSON.stringify(story.id)}\t${json.replace(/\n/g, ' ')}`);
}
for (const cluster of readClusterFile(DEFAULT_DATA, limit))
  lines.push(`"summary:${cluster.id}"\t${JSON.stringify(summarizeCluster(cluster.documents, { words: 250 }))}`);
const text = `${lines.join('\n')}\n`;
if (out) writeFileSync(out, text);
console.log(`${stories.length} briefings, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}${out ? ` -> ${out}` : ''}`);
