import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../analyze/index.js';
import { compressSentence, DEFAULT_COMPRESS_OPTIONS, isDeletionOf } from './compress.js';
import { testCases } from '../../test/support/test-cases.js';

const ALL = { datelines: true, connectives: true, attributions: true, parentheticals: true };

testCases('wire datelines are dropped from a lead, in original and in lower-cased Multi-News form', compressSentence, [
  ['WASHINGTON (AP) — The Senate passed the bill late Tuesday night.', 'The Senate passed the bill late Tuesday night.'],
  ['LONDON (Reuters) - Britain will raise interest rates next month.', 'Britain will raise interest rates next month.'],
  ['(CNN) A powerful earthquake struck off the coast of Japan.', 'A powerful earthquake struck off the coast of Japan.'],
  ['BEIRUT, Lebanon — Rebels shelled the airport for a third day.', 'Rebels shelled the airport for a third day.'],
  ['NASA — the space agency — will launch the probe next spring.', 'NASA — the space agency — will launch the probe next spring.'],
  ['Washington ( ap ) — the senate passed the bill late tuesday night.', 'The senate passed the bill late tuesday night.'],
]);

testCases('a leading connective is dropped and the sentence re-capitalized', compressSentence, [
  ['But the company said it would appeal the ruling.', 'The company said it would appeal the ruling.'],
  ['Meanwhile, rescuers pulled two more survivors from the rubble.', 'Rescuers pulled two more survivors from the rubble.'],
  // "So far" and "Still more" are not connectives here: nothing is dropped.
  ['So far, no group has claimed responsibility for the attack.', 'So far, no group has claimed responsibility for the attack.'],
  ['Still more flights were cancelled on Friday morning.', 'Still more flights were cancelled on Friday morning.'],
]);

testCases('short asides in parentheses go; ones with figures stay', compressSentence, [
  ['Sen. Ted Cruz (R-Texas) voted against the measure on Thursday.', 'Sen. Ted Cruz voted against the measure on Thursday.'],
  ['The fine (about $2.5 million) is the largest the agency has imposed.', 'The fine (about $2.5 million) is the largest the agency has imposed.'],
]);

test('attributions are kept by default and dropped only when asked, never from a quote', () => {
  const attributed = 'The suspect fled the scene in a stolen car, police said.';
  assert.equal(DEFAULT_COMPRESS_OPTIONS.attributions, false);
  assert.equal(compressSentence(attributed), attributed);
  assert.equal(compressSentence(attributed, ALL), 'The suspect fled the scene in a stolen car.');
  assert.equal(compressSentence('Turnout was the highest in decades, according to the election commission.', ALL), 'Turnout was the highest in decades.');
  const quoted = '"We will not back down," the mayor said.';
  assert.equal(compressSentence(quoted, ALL), quoted);
});

test('a sentence with nothing to delete is returned as it is, spacing included', () => {
  const quote = '"You know diplomacy ... You don\'t need a lot of substance to take up a lot of time," NPR\'s Anne Garrels quoted Crocker as saying.';
  assert.equal(compressSentence(quote, ALL), quote);
});

test('a deletion that would leave too little keeps the sentence whole', () => {
  assert.equal(compressSentence('But it failed, he said.', ALL), 'But it failed, he said.');
});

test('compressions only leave words out', () => {
  const sentences = [
    'WASHINGTON (AP) — But the vote (the second this week) failed, officials said on Monday.',
    'NEW YORK — And Mr. Smith (pictured) told reporters the deal was off.',
  ];
  for (const sentence of sentences) {
    const compressed = compressSentence(sentence, ALL);
    assert.ok(compressed.length < sentence.length, compressed);
    assert.ok(isDeletionOf(compressed, sentence), compressed);
  }
  assert.equal(isDeletionOf('The vote passed.', 'The vote failed.'), false);
  assert.equal(isDeletionOf('failed the vote', 'The vote failed.'), false);
  assert.throws(() => compressSentence(42 as unknown as string), /compressSentence: expected a string/);
});

test('on the example story, compression drops leading connectives and one aside, and leaves every other sentence as it is', () => {
  const dir = join(process.cwd(), 'examples', 'baghdad-2007');
  const changed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const article = { id: 'S1', title: null, outlet: null, url: null, published: null, byline: null, origin: name, format: 'text' as const, text };
    for (const sentence of analyzeDocument({ article, text, removed: [], offsets: [] }).sentences) {
      const compressed = compressSentence(sentence.text);
      if (compressed === sentence.text) continue;
      assert.ok(isDeletionOf(compressed, sentence.text), compressed);
      assert.ok(compressed.length < sentence.text.length, `nothing was deleted from: ${sentence.text}`);
      changed.push(compressed.split(' ').slice(0, 4).join(' '));
    }
  }
  assert.deepEqual(changed, [
    'Stated policies and principles',
    'The purpose was "to',
    'For good measure, he',
    'The meeting was hosted,',
    "The dispute over Iran's",
    "If there's big progress",
    'Iran did not respond',
    'The overall situation in',
  ]);
});
