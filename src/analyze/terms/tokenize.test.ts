import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadExampleStory } from '../../../test/support/example-story.js';
import { tokenizeWords } from './tokenize.js';

// The word pattern the hand-written scanner reads (its dead "\.(?=\p{L}\.)" branch left out: a dot before a letter
// always continues the word), applied to the span as a slice.
const WORD = /[\p{L}\p{N}]+(?:(?:[.'’:]|,(?=\d{3}\b))[\p{L}\p{N}]+)*(?:(?<=\b\p{L})\.(?=\s|$|[,;:)"”'’]))?/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.)+\p{L}$/u;

function byPattern(text: string, start: number, end: number): { start: number; end: number; lower: string }[] {
  const slice = text.slice(start, end);
  return [...slice.matchAll(WORD)].map((match) => {
    let value = match[0];
    if (value.includes('.') && slice[match.index + value.length] === '.' && ABBREVIATION_DOT.test(value)) value += '.';
    const from = start + match.index;
    return { start: from, end: from + value.length, lower: value.toLowerCase().replace(/’/g, "'") };
  });
}

test('the word scanner reads what the word pattern matches: the example story, sentence by sentence, and edge cases', () => {
  const { docs } = loadExampleStory();
  let words = 0;
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const expected = byPattern(doc.text, sentence.start, sentence.end);
      assert.deepEqual(tokenizeWords(doc.text, sentence.start, sentence.end), expected, sentence.text);
      words += expected.length;
    }
  }
  assert.ok(words > 1000, `only ${words} words read`);
  const cases = [
    'U.S.-Iran talks',
    'J. Smith and A.',
    'x A. y',
    'bA. c',
    'éA. x',
    'aé. b',
    '1,200,000 and 1,2345 and 1,234a',
    "don't 10:30 U.K.'s",
    '𝐀. 𝐁𝐂.',
    'Ryan C.”',
    'a..b',
  ];
  for (const text of cases) {
    assert.deepEqual(tokenizeWords(text), byPattern(text, 0, text.length), text);
    // The span starts after a word character: the letter before an initial's dot is then alone in the span.
    assert.deepEqual(tokenizeWords(text, 1, text.length), byPattern(text, 1, text.length), text.slice(1));
  }
});
