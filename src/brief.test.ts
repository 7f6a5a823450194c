import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brief } from './brief.js';

const french = readFileSync(join(process.cwd(), 'test', 'fixtures', 'bad', 'non-english.txt'), 'utf8');
const english = readFileSync(join(process.cwd(), 'examples', 'baghdad-2007', 'us-envoy-cites-similarity-with-iran.txt'), 'utf8');

test('an article flagged as not English stays out of an English summary but keeps its place in the briefing', () => {
  const briefing = brief([{ text: english }, { text: french }]);
  assert.ok(
    briefing.diagnostics.some((d) => d.code === 'not-english' && d.source === 'S2'),
    'expected the French article to be flagged',
  );
  assert.equal(briefing.sources.length, 2);
  assert.ok(briefing.summary.length > 0);
  assert.ok(
    briefing.summary.every((sentence) => sentence.evidence[0]!.source === 'S1'),
    briefing.summary.map((s) => s.text).join('\n'),
  );
});

test('a story whose articles are all not English still gets a summary', () => {
  const briefing = brief([{ text: french }]);
  assert.ok(briefing.summary.length > 0);
  assert.deepEqual([...new Set(briefing.summary.flatMap((sentence) => sentence.sources))], ['S1']);
});
