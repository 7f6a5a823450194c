import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { briefStory, prepareStory } from '../../src/brief.js';
import { ingestRecords } from '../../src/ingest/index.js';
import { validateBriefingJson } from '../../src/render/index.js';
import { checkFaithfulness } from './faithfulness.js';
import { compressSentence, isDeletionOf } from '../../src/summarize/index.js';
import { EVAL_SYSTEMS, scoreRouge } from '../../src/eval/index.js';

// Real Multi-News clusters from ../shared/data (never copied into the repository): every briefing must satisfy
// the schema and cite exact source text. Cluster val-500 once gave a syndication overlap above 1.
const DATA = join(process.cwd(), '..', 'shared', 'data');
const SAMPLES = [
  { file: 'multinews_longbench_test200/multinews_longbench_test200.jsonl.gz', from: 0, to: 40 },
  { file: 'multinews_plus_val/multinews_plus_val.jsonl.gz', from: 480, to: 520 },
];

for (const sample of SAMPLES) {
  const path = join(DATA, sample.file);
  test(`briefings of real clusters are schema-valid and faithful: ${sample.file} [${sample.from}, ${sample.to})`, {
    skip: !existsSync(path) && `${path} not found`,
  }, () => {
    const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').slice(sample.from, sample.to);
    let briefed = 0;
    for (const line of lines) {
      const cluster = JSON.parse(line) as { id: string; documents: string[] };
      const story = prepareStory(ingestRecords(cluster.documents.map((text) => ({ text }))));
      if (story.docs.length === 0) continue;
      const briefing = briefStory(story);
      briefed++;
      assert.deepEqual(validateBriefingJson(JSON.parse(JSON.stringify(briefing))), [], `${cluster.id}: schema`);
      assert.deepEqual(checkFaithfulness(briefing, story), [], `${cluster.id}: faithfulness`);
      assert.ok(briefing.summary.length > 0, `${cluster.id}: empty summary`);
    }
    assert.ok(briefed >= (sample.to - sample.from) * 0.9, `only ${briefed} clusters briefed`);
  });
}

const LONGBENCH = join(DATA, 'multinews_longbench_test200/multinews_longbench_test200.jsonl.gz');
test('compression on real articles only deletes, and drops the wire datelines', { skip: !existsSync(LONGBENCH) && `${LONGBENCH} not found` }, () => {
  const lines = gunzipSync(readFileSync(LONGBENCH)).toString('utf8').split('\n').slice(0, 40);
  let sentences = 0;
  let compressed = 0;
  let datelines = 0;
  for (const line of lines) {
    const cluster = JSON.parse(line) as { documents: string[] };
    for (const doc of prepareStory(ingestRecords(cluster.documents.map((text) => ({ text }))), { depth: 'sentences' }).docs) {
      for (const sentence of doc.sentences) {
        sentences++;
        const text = compressSentence(sentence.text);
        if (text === sentence.text) continue;
        compressed++;
        assert.ok(isDeletionOf(text, sentence.text) && text.length < sentence.text.length, `${sentence.text}\n=> ${text}`);
        if (/\((?:AP|CNN|Reuters)\)/.test(sentence.text) && !/\((?:AP|CNN|Reuters)\)/.test(text)) datelines++;
      }
    }
  }
  assert.ok(compressed > 0 && compressed < sentences / 5, `${compressed} of ${sentences} sentences compressed`);
  assert.ok(datelines >= 3, `only ${datelines} wire datelines dropped`);
});

// The summarizer's claim on real text, on the tuning split (the test split is for reporting only): on these
// 300 validation clusters, at a 100-word budget (the test inputs' ratio of summary to input), it beats
// LexRank and first-3 on ROUGE-1 and ROUGE-2, and its summaries use the budget.
const VALIDATION = join(DATA, 'multinews_plus_val/multinews_plus_val.jsonl.gz');
test('on real validation clusters the summarizer beats LexRank and first-3 and fills its budget', {
  skip: !existsSync(VALIDATION) && `${VALIDATION} not found`,
}, () => {
  const clusters = gunzipSync(readFileSync(VALIDATION))
    .toString('utf8')
    .split('\n')
    .slice(0, 300)
    .map((line) => JSON.parse(line) as { documents: string[]; summary: string });
  const mean = (system: string): { r1: number; r2: number; words: number } => {
    let r1 = 0;
    let r2 = 0;
    let words = 0;
    for (const cluster of clusters) {
      const text = EVAL_SYSTEMS[system]!(cluster.documents, 100);
      const scores = scoreRouge(text, cluster.summary, { maxWords: 100 });
      r1 += scores['ROUGE-1'].f;
      r2 += scores['ROUGE-2'].f;
      words += Math.min(100, text.split(/\s+/).filter(Boolean).length);
    }
    return { r1: (100 * r1) / clusters.length, r2: (100 * r2) / clusters.length, words: words / clusters.length };
  };
  const ours = mean('corroborate');
  for (const baseline of ['lexrank', 'first-3']) {
    const theirs = mean(baseline);
    assert.ok(
      ours.r1 > theirs.r1 && ours.r2 > theirs.r2,
      `corroborate ${ours.r1.toFixed(2)} / ${ours.r2.toFixed(2)} vs ${baseline} ${theirs.r1.toFixed(2)} / ${theirs.r2.toFixed(2)}`,
    );
  }
  assert.ok(ours.words >= 95, `summaries average ${ours.words.toFixed(1)} of 100 words`);
});
