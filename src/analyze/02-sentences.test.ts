import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTokens, splitSentences } from './index.js';
import { splitLines as splitLinesForTest } from './01-lines.js';
import { readLineTokens } from './wink.js';

const EXAMPLE = join(process.cwd(), 'examples', 'baghdad-2007');
const read = (name: string): string => readFileSync(join(EXAMPLE, name), 'utf8');
const sentencesOf = (text: string): string[] => splitSentences(text).map(({ start, end }) => text.slice(start, end));

test('keeps "U.S.", titles and a quoted ellipsis inside their sentences (example story)', () => {
  const sentences = sentencesOf(read('us-envoy-cites-similarity-with-iran.txt'));
  assert.ok(sentences.includes('But Iran did not respond directly to a U.S. plea that it end its support for militants, U.S. Amabassador Ryan Crocker said.'));
  assert.ok(
    sentences.includes('"You know diplomacy ... You don\'t need a lot of substance to take up a lot of time," NPR\'s Anne Garrels quoted Crocker as saying.'),
  );
  assert.ok(sentences.includes('He said Iran proposed setting up a "trilateral security mechanism" that would include the U.S., Iraq and Iran.'));
  // A quotation that is its own sentence stays apart from the one before it.
  assert.ok(sentences.includes('"The purpose of this meeting was not to arrange other meetings."'));
});

test('splits a paragraph of several sentences at the right places', () => {
  const text = read('milestone-us-iran-talks-minimal-progress.txt');
  const sentences = sentencesOf(text);
  assert.ok(sentences.includes('That is, both sides say they want a stable, democratic Iraq.'));
  assert.ok(sentences.includes('He said the Iranians denied the allegations.'));
  assert.ok(
    sentences.some((s) =>
      s.startsWith('After the most formal, direct talks between the United States and Iran in decades, U.S. Ambassador to Iraq Ryan Crocker today said'),
    ),
  );
});

test('does not split after a.m./p.m., initials or Mr.', () => {
  const text = 'About 100 Occupy Philly protesters sat down at 5 p.m. Sunday and waited. Mr. Nutter said J. R. Smith had left by 9 a.m. on Monday. It rained.';
  assert.deepEqual(sentencesOf(text), [
    'About 100 Occupy Philly protesters sat down at 5 p.m. Sunday and waited.',
    'Mr. Nutter said J. R. Smith had left by 9 a.m. on Monday.',
    'It rained.',
  ]);
});

test('offsets are exact slices and never cross a line break', () => {
  const text = read('us-iran-talks-focus-on-iraq-security.txt');
  for (const { start, end } of splitSentences(text)) {
    const slice = text.slice(start, end);
    assert.equal(slice, slice.trim());
    assert.ok(!slice.includes('\n'), `sentence spans a line break: ${slice}`);
  }
});

test('empty and whitespace-only text give no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n \t'), []);
});

test('splitting is deterministic even for tokens wink sees for the first time (real plus_test text)', () => {
  // From Multi-News test cluster 919, with a made-up name so wink's token cache cannot know it yet.
  const text =
    "After being detained at a cairo protest, hussein was among 14 women, some of qzyxwegypt's... ( associated press ) an egyptian woman holds the national flag during a protest in talaat harb square in cairo, wednesday, nov. 27, 2013.";
  const first = sentencesOf(text);
  const second = sentencesOf(text);
  assert.deepEqual(first, second);
  assert.equal(first.length, 1);
});

test('an analysis does not depend on what the process read before (wink learns "Reid\'s" from "Reid\'s, 33")', () => {
  const text = "Reid's rep told People she had checked into Promises Treatment Center.";
  const tokensOf = (): string[] => readTokens(text).map((token) => token.value);
  const fresh = tokensOf();
  readTokens("Tara Reid's, 33, rep confirmed it. Crocker's, Qomi's, Maliki's, 2007.");
  assert.deepEqual(tokensOf(), fresh);
  assert.deepEqual(fresh.slice(0, 2), ['Reid', "'s"]);
});

test('one wink read of all the lines tokenizes and tags each line as reading it alone does', () => {
  const lines = ['Tara Reid said she was leaving. But the expected', 'Police officers carrying the encampment away said "no" on Monday.', '“Go,” he said.'];
  const text = `${lines[0]}\n\n  ${lines[1]}\n${lines[2]}`;
  const alone = lines.map((line) => readTokens(line).map((token) => [token.value, token.pos, token.lemma, token.sentence]));
  const spans = splitLinesForTest(text);
  const together = readLineTokens(text, spans).map((tokens) => tokens.map((token) => [token.value, token.pos, token.lemma, token.sentence]));
  assert.deepEqual(together, alone);
  assert.deepEqual(
    readTokens(lines[2]!, 100).map((token) => [token.start, token.end]),
    readTokens(lines[2]!).map((token) => [token.start + 100, token.end + 100]),
  );
  for (const [index, tokens] of readLineTokens(text, spans).entries()) {
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.value, `line ${index}`);
  }
});

test('a decimal point set apart from its digits before a unit does not end a sentence ("plunged 5. 4 per cent", ECB+ 8ecbplus)', () => {
  const text = 'But markets reacted to the violence with alarm as Greek stocks plunged 5. 4 per cent. The bank was set alight.';
  assert.deepEqual(sentencesOf(text), ['But markets reacted to the violence with alarm as Greek stocks plunged 5. 4 per cent.', 'The bank was set alight.']);
  // A number that ends a sentence before another that starts with a count stays two sentences.
  assert.equal(sentencesOf('The score was 5. 4 people were hurt in the crush.').length, 2);
});

test('a quote mark set apart after a full stop closes the quotation before it (lower-cased Multi-News+ text)', () => {
  // multinews_plus_val: text tokenized and joined again, its quote marks set apart from the words they enclose.
  const text =
    'jr. decided one would rest for an hour while the other sat on the levee, locally known as the " wall. " then they would switch, hour by hour, charting the water\'s rise. " it was scary, " he said.';
  assert.deepEqual(
    splitSentences(text).map(({ start, end }) => text.slice(start, end)),
    [
      'jr. decided one would rest for an hour while the other sat on the levee, locally known as the " wall. "',
      "then they would switch, hour by hour, charting the water's rise.",
      '" it was scary, " he said.',
    ],
  );
});
