import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../test/support/example-story.js';
import { analyzeDocument } from './index.js';
import { readNumberWords } from './number-words.js';
import { makeClean } from '../../test/fixtures/analyze/example-docs.js';

function numbersOf(text: string): string[] {
  return analyzeDocument(makeClean(text)).numbers.map((n) => `${n.text}|${n.value}|${n.unit}${n.approximate ? '|~' : ''}`);
}

test('counts with their nouns, approximations included in the text', () => {
  const text =
    'May 2007 has been one of the bloodiest months of the war for U.S. forces, with at least 103 American soldiers killed. More than a dozen people were kidnapped while traveling in buses. Not even the issue of seven Iranians held by U.S. forces in Iraq was raised.';
  assert.deepEqual(numbersOf(text), ['at least 103 American soldiers|103|soldier|~', 'More than a dozen people|12|person|~', 'seven Iranians|7|iranian']);
});

test('hyphenated units, durations and a quarter-century', () => {
  const text =
    'Crocker, who gave a 15-minute news conference after the four hours of talks, spoke. They met throughout the four-hour gathering after more than a quarter-century of estrangement and almost three decades of silence.';
  assert.deepEqual(numbersOf(text), [
    '15-minute|15|minute',
    'four hours|4|hour',
    'four-hour|4|hour',
    'more than a quarter-century|25|year|~',
    'almost three decades|3|decade|~',
  ]);
});

test('money, scale words and percentages', () => {
  const text = 'The U.S. training effort has cost $1.2 billion so far. Turnout was 12% in the north and about 40 percent in Baghdad, where 2,500 people voted.';
  const numbers = analyzeDocument(makeClean(text)).numbers;
  assert.deepEqual(
    numbers.map((n) => [n.value, n.unit, n.approximate]),
    [
      [1.2e9, '$', false],
      [12, '%', false],
      [40, '%', true],
      [2500, 'person', false],
    ],
  );
  assert.equal(numbers[0]!.text, '$1.2 billion');
});

test('negative: years, dates, times, ordinals, multipliers and "one of" are not counts', () => {
  const text =
    'The talks went on about twice as long as expected. Just before 10:30 a.m. on May 28, the second session began. Diplomatic relations broke off in 1980, after the 1979 Islamic revolution. It was one of the bloodiest months. Flight 370 vanished.';
  assert.deepEqual(numbersOf(text), []);
});

test('number words through ninety-nine with hundred, thousand, million', () => {
  assert.equal(readNumberWords(['twenty-five']), 25);
  assert.equal(readNumberWords(['two', 'hundred', 'and', 'fifty']), 250);
  assert.equal(readNumberWords(['four', 'million']), 4e6);
  assert.equal(readNumberWords(['ninety-nine', 'thousand']), 99000);
  assert.equal(readNumberWords(['banana']), null);
  assert.deepEqual(numbersOf('Some two hundred and fifty troops and ninety-nine Iraqis were there.'), [
    'Some two hundred and fifty troops|250|troop|~',
    'ninety-nine Iraqis|99|iraqi',
  ]);
});

test('a money amount with a glued scale: "$2.5bn" is 2.5 billion dollars', () => {
  const text = 'Shares lost $2.5bn on Monday.';
  const numbers = analyzeText(text).numbers;
  assert.deepEqual(
    numbers.map((n) => [n.text, n.value, n.unit]),
    [['$2.5bn', 2.5e9, '$']],
  );
});

test('a glued scale at the end of a sentence still counts: "$3m." is 3 million dollars', () => {
  const text = 'The club paid £199m for the site. It then spent $3m.';
  const numbers = analyzeText(text).numbers;
  assert.deepEqual(
    numbers.map((n) => [n.value, n.unit]),
    [
      [199e6, '£'],
      [3e6, '$'],
    ],
  );
});

test('thousands written with a space after the comma, as in re-joined tokens of ECB+ articles', () => {
  // 23_10ecbplus (ECB+, CC BY 3.0) and the same figures with the comma set apart.
  assert.deepEqual(numbersOf('Robert Buckley, 32, fell about 2, 000 feet while climbing to a small hut on Mount Sefton.'), [
    '32|32|year-old',
    'about 2, 000 feet|2000|foot|~',
  ]);
  assert.deepEqual(numbersOf('They counted 12 , 300 more.'), ['12|12|null', '300|300|null']);
});

test('an age reads as "year-old" however it is written: "aged 94", "at the age of 91", "Sementilli, 49,", "when he was only 14"', () => {
  // Sentences of Multi-News test clusters (Kalashnikov's letter, Sementilli's death, Rapp's account).
  assert.deepEqual(numbersOf('Mikhail Kalashnikov, who died in December aged 94, wrote a long emotional letter.'), ['94|94|year-old']);
  assert.deepEqual(numbersOf('Kalashnikov wrote that he first went into a church at the age of 91 and was later baptised.'), ['91|91|year-old']);
  assert.deepEqual(numbersOf('Canadian-born Fabio Sementilli, 49, died at the scene.'), ['49|49|year-old']);
  assert.deepEqual(numbersOf('Rapp alleged that Spacey made advances toward him when he was only 14.'), ['14|14|year-old']);
  assert.deepEqual(numbersOf('He is 94 years old.'), ['94 years|94|year-old']);
  // ECB+ (8ecb, 8ecbplus): two people's common age; the hyphens of "61-year-old" set apart.
  assert.deepEqual(numbersOf('Police Capt. Tom Tennant and Senior Trooper William Hakim, both 51, died at the scene.'), ['51|51|year-old']);
  assert.deepEqual(numbersOf('"I don\'t know how I\'m going to get by," said 61 - year - old Anargyros Bizianis.'), ['61|61|year-old']);
  // Not ages: a count after a name, a count after "was".
  assert.deepEqual(numbersOf('Police said 14 people were hurt when it was 14 degrees.'), ['14 people|14|person', '14 degrees|14|degree']);
});

test('"5. 4 per cent" is 5.4 percent (a decimal point set apart, as in re-joined tokens of ECB+ articles)', () => {
  assert.deepEqual(numbersOf('Greek stocks plunged 5. 4 per cent, then closed down 3. 9 percent.'), ['5. 4 per cent|5.4|%', '3. 9 percent|3.9|%']);
});

test('a plural noun the tagger reads as a verb after a number is still what it counts (Multi-News sentence)', () => {
  assert.deepEqual(numbersOf('Lambach pleaded not guilty to four counts of human trafficking.'), ['four counts|4|count']);
  assert.deepEqual(numbersOf('Lambach pleaded not guilty to 8 counts of human trafficking.'), ['8 counts|8|count']);
});
