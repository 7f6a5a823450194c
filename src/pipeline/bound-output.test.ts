import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateBriefingJson } from '../render/index.js';
import { EXAMPLES_DIR, sharedDataPath } from '../../test/fixtures/paths.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { runPipeline } from './index.js';

const ecbplus = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');
const inputs = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLES_DIR, name))) }));

test('the example story is under every output limit: nothing is capped', () => {
  const { briefing } = runPipeline({ inputs });
  assert.deepEqual(
    briefing.diagnostics.filter((d) => d.code === 'briefing-capped'),
    [],
  );
});

test('tight limits cut the lists that grow with pairs, say what was cut, and keep the JSON contract', () => {
  const limits = { maxConflicts: 1, maxSideEvidence: 1, maxSyndicationPairs: 0, maxSyndicationPassages: 1, maxQuoteVariants: 0, maxSourceOmits: 1 };
  const plain = runPipeline({ inputs }).briefing;
  const { briefing } = runPipeline({ inputs }, { limits });
  assert.ok(plain.conflicts.length > 1 && plain.syndication.length > 0, 'the example has conflicts and wire copy to cut');
  assert.equal(briefing.conflicts.length, 1);
  assert.ok(
    plain.conflicts.some((conflict) => conflict.id === briefing.conflicts[0]!.id),
    'a kept conflict keeps its id',
  );
  assert.deepEqual(briefing.syndication, []);
  assert.ok(briefing.quotes.every((quote) => quote.variants.length === 0));
  assert.ok(briefing.perSource.every((view) => view.omits.length <= 1));
  assert.deepEqual(briefing.facts, plain.facts, 'facts grow with the text, not with pairs: never cut');
  assert.deepEqual(briefing.summary, plain.summary);
  const capped = briefing.diagnostics.filter((d) => d.code === 'briefing-capped');
  assert.equal(capped.length, 1);
  assert.match(capped[0]!.message, /conflicts .*syndicated pairs/);
  assert.deepEqual(validateBriefingJson(JSON.parse(JSON.stringify(briefing))), []);
});

// Early reports of one event give different tallies: every pair of them conflicts, and the wire copy they share
// makes every pair syndicated. Before the caps, doubling the articles quadrupled the briefing.
test('a story of reports that all differ grows its briefing linearly', { skip: !existsSync(ecbplus) && 'needs ../shared/data' }, () => {
  const [seed] = readJsonLines<{ story: string; title: string; text: string }>(ecbplus).filter((record) => record.story === '12ecb');
  assert.match(seed!.text, /23 Somalian pirates/);
  const reports = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      title: seed!.title,
      outlet: `Outlet ${i}`,
      text: `Report ${i + 1}. ${seed!.text.replace(/\b23\b/g, String(10 + i))} Officials said ${100 + i} sailors took part.`,
    }));
  const size = (n: number) => JSON.stringify(runPipeline({ records: reports(n) }).briefing).length;
  const small = size(60);
  const large = size(120);
  assert.ok(large / small < 2.5, `60 reports: ${small} bytes, 120 reports: ${large} bytes (×${(large / small).toFixed(2)})`);
});
