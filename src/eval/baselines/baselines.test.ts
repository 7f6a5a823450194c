import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../../test/fixtures/paths.js';
import { BASELINE_SYSTEMS, fillWordBudget, splitClusterSentences, summarizeFirstK, summarizeLexRank, summarizeMmr, summarizeTextRank } from './index.js';

const EXAMPLE = repoPath('examples', 'baghdad-2007');
const STORY = readdirSync(EXAMPLE)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(EXAMPLE, name), 'utf8'));
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

test('first-k takes the first k sentences of every article, in article order', () => {
  const sentences = splitClusterSentences(STORY);
  assert.equal(sentences.length, 3);
  const firstOne = summarizeFirstK(STORY, 300, 1);
  assert.equal(firstOne, sentences.map((doc) => doc[0]!.text).join(' '));
  // Paragraph breaks are flattened, so the headline runs into the lead sentence, as in the paper's text.
  assert.ok(firstOne.startsWith('Milestone U.S.-Iran Talks Make Minimal Progress After the most formal, direct talks'));
  const firstTwo = summarizeFirstK(STORY, 1000, 2);
  assert.equal(firstTwo, sentences.flatMap((doc) => doc.slice(0, 2).map((sentence) => sentence.text)).join(' '));
  // Sentences past the budget cannot be scored, so they are not added.
  assert.equal(summarizeFirstK(STORY, 5, 3), sentences[0]![0]!.text);
  assert.throws(() => summarizeFirstK(STORY, 300, 0), /summarizeFirstK: expected a positive integer k/);
});

test('every baseline is extractive, fills the budget, and is deterministic', () => {
  const source = STORY.map(flat).join(' ');
  for (const [name, summarize] of Object.entries(BASELINE_SYSTEMS)) {
    const summary = summarize(STORY, 120);
    assert.equal(summarize(STORY, 120), summary, `${name} is deterministic`);
    const parts = splitClusterSentences([summary])[0]!.map((sentence) => sentence.text);
    for (const part of parts) assert.ok(source.includes(part), `${name}: "${part.slice(0, 60)}…" comes from the articles`);
    if (name.startsWith('first-')) continue;
    assert.ok(countWords(summary) >= 120, `${name} uses the whole budget`);
    assert.ok(countWords(summary) < 120 + 80, `${name} overshoots by at most one sentence`);
  }
  for (const summarize of Object.values(BASELINE_SYSTEMS)) assert.equal(summarize([], 300), '');
  for (const summarize of Object.values(BASELINE_SYSTEMS)) assert.equal(summarize(['', '   '], 300), '');
});

const TOY = [
  'Iran and the United States held talks in Baghdad on Monday. The weather in Paris was sunny.',
  'Talks between Iran and the United States in Baghdad lasted four hours. A dog barked at the mailman.',
  'The United States and Iran met for talks in Baghdad. Cats sleep most of the day.',
];

test('LexRank and TextRank put the sentence every article shares first', () => {
  for (const summarize of [summarizeLexRank, summarizeTextRank]) {
    const first = summarize(TOY, 1);
    assert.match(first, /talks/i);
    assert.match(first, /Baghdad/);
  }
});

test('MMR starts from the sentence nearest the centroid, then prefers something new over a repeat', () => {
  const repeated = [...TOY, TOY[0]!];
  const summary = summarizeMmr(repeated, 20);
  assert.match(summary.split('. ')[0]!, /talks/i);
  const sentences = splitClusterSentences([summary])[0]!.map((sentence) => sentence.text);
  assert.equal(new Set(sentences).size, sentences.length, 'no sentence twice');
});

test('fillWordBudget stops once the budget is reached and skips repeated sentences', () => {
  const sentences = splitClusterSentences(['One two three. One two three. Four five six seven. Eight nine.'])[0]!;
  assert.equal(fillWordBudget(sentences, 5), 'One two three. Four five six seven.');
  assert.equal(fillWordBudget(sentences, 3), 'One two three.');
  assert.equal(fillWordBudget([], 3), '');
});
