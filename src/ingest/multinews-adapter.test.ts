import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath, sharedDataPath } from '../../test/fixtures/paths.js';
import { convertMultiNewsText, splitMultiNewsLine } from './multinews-adapter.js';

const longbench = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const words = (text: string): string => text.split(/\s+/).filter(Boolean).join(' ');

test('the example story as one Multi-News line gives the three articles with their headlines', () => {
  const text = readFileSync(repoPath('test', 'fixtures', 'baghdad-2007', 'multinews', 'baghdad-2007.multinews.txt'), 'utf8');
  const { drafts, diagnostics } = convertMultiNewsText(text, 'b.txt');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    drafts.map((d) => `${d.origin} (${d.format}): ${d.title}`),
    [
      'b.txt#1.1 (multinews): Milestone U.S.-Iran Talks Make Minimal Progress',
      "b.txt#1.2 (multinews): U.S. Envoy Cites 'Similarity' with Iran on Iraq",
      'b.txt#1.3 (multinews): US-Iran talks focus on Iraq security',
    ],
  );
  const original = readFileSync(repoPath('examples', 'baghdad-2007', 'us-iran-talks-focus-on-iraq-security.txt'), 'utf8');
  assert.equal(words(`${drafts[2]!.title}\n${drafts[2]!.text}`), words(original));
});

test('splitMultiNewsLine restores newlines and drops nothing', () => {
  assert.deepEqual(splitMultiNewsLine('A NEWLINE_CHAR NEWLINE_CHAR B ||||| C |||||'), ['A \n \n B', 'C', '']);
});

test('real Multi-News clusters written as Multi-News lines come back document by document', (t) => {
  if (!existsSync(longbench)) return t.skip('shared data not present');
  const rows = gunzipSync(readFileSync(longbench))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(0, 40)
    .map((line) => JSON.parse(line) as { documents: string[] });
  const source = rows.map((row) => row.documents.map((d) => d.replace(/\n/g, 'NEWLINE_CHAR')).join(' ||||| ')).join('\n');
  const { drafts } = convertMultiNewsText(source, 'test.src');
  const documents = rows.flatMap((row) => row.documents).filter((d) => d.trim() !== '');
  assert.equal(drafts.length, documents.length);
  drafts.forEach((draft, i) => assert.equal(words(`${draft.title ?? ''}\n${draft.text}`), words(documents[i]!), draft.origin));
});
