import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../test/support/example-story.js';
import { readCalendarDay } from './06-dates.js';
import { analyzeDocument, monthDayOf } from './index.js';
import { makeClean } from '../../test/fixtures/analyze/example-docs.js';

function datesOf(text: string, published: string | null = null): string[] {
  return analyzeDocument(makeClean(text, published)).dates.map((date) => `${date.text}=${date.value}`);
}

const PUBLISHED = '2007-05-29T10:00:00Z';

test('relative dates resolve against the publication date', () => {
  const text =
    'The United States ambassador in Baghdad said they agreed during four hours of talks on Monday. Officials also sat at a Baghdad conference back in March. U.S. officials were with Iranians a few weeks ago. The envoy said more talks would take place within a month. Ryan Crocker today said little.';
  assert.deepEqual(datesOf(text, PUBLISHED), ['Monday=2007-05-28', 'March=2007-03', 'a few weeks ago=2007-05', 'within a month=2007-06', 'today=2007-05-29']);
});

test('without a publication date relative dates stay unresolved, absolute ones stay partial', () => {
  const text =
    "In the conversation with Iran Monday, the US urged Teheran to act. May 2007 has been one of the bloodiest months of the war. The talks followed a March conference of Iraq's neighbors.";
  assert.deepEqual(datesOf(text), ['Monday=null', 'May 2007=2007-05', 'March=null']);
  const [monday] = analyzeDocument(makeClean(text)).dates;
  assert.equal(monday?.relative, true);
  assert.equal(text.slice(monday!.start, monday!.end), 'Monday');
});

test('a year alone is a date only in date context', () => {
  const text =
    'Rapprochement is possible after estrangement that began with the 1979 Islamic revolution. The US broke off diplomatic relations in 1980. Police counted 2000 protesters.';
  assert.deepEqual(datesOf(text), ['1979=1979', '1980=1980']);
});

test('absolute dates with a day, and the publication date given as options', () => {
  const text = 'The attacks of Sept. 11, 2001 changed the region. The talks were set for May 28.';
  assert.deepEqual(datesOf(text), ['Sept. 11, 2001=2001-09-11', 'May 28=null']);
  const doc = analyzeDocument(makeClean(text), { published: '2007-05-20' });
  assert.deepEqual(
    doc.dates.map((date) => date.value),
    ['2001-09-11', '2007-05-28'],
  );
});

test('negative: "may" and "march" as words, lowercase weekdays, bare times and durations are not dates', () => {
  const text =
    'If the troop escalation does not work, the Iranians may feel they have the upper hand. Protesters will march on Washington. Officials from Washington and Tehran also sat at the same table. Just before 10:30 a.m., Maliki greeted the two ambassadors. It was the first public meeting in about 25 years. March on Washington was planned.';
  assert.deepEqual(datesOf(text, PUBLISHED), []);
});

test('negative: spans, partial numbers, clock offsets and the sun are not dates', () => {
  const text =
    'Flint tools were dropped more than 4,300 years ago. The country has been a democracy for the last 20 years. Probes study the Sun closely. It would be 33 minutes before anyone came. He worked for five months on it.';
  assert.deepEqual(datesOf(text, PUBLISHED), []);
});

test('a bare weekday is the latest such day on or before the publication date', () => {
  // Published on a Tuesday: "Thursday" is five days before, not two days after.
  assert.deepEqual(datesOf('Israel began mobilizing troops Thursday.', PUBLISHED), ['Thursday=2007-05-24']);
  assert.deepEqual(datesOf('The talks were on Tuesday.', PUBLISHED), ['Tuesday=2007-05-29']);
});

test('readCalendarDay reads ISO dates and date-times only', () => {
  assert.deepEqual(readCalendarDay('2007-05-29T10:00:00Z'), { year: 2007, month: 5, day: 29 });
  assert.equal(readCalendarDay('May 29, 2007'), null);
  assert.equal(readCalendarDay(null), null);
});

test('"this year" and "today" stay unresolved without a publication date, resolve with one', () => {
  const text = 'The company said this year that profits rose, and shares fell today.';
  const without = analyzeText(text).dates;
  assert.deepEqual(
    without.map((d) => [d.text, d.value]),
    [
      ['this year', null],
      ['today', null],
    ],
  );
  const withDate = analyzeText(text, '2007-05-28').dates;
  assert.deepEqual(
    withDate.map((d) => d.value),
    ['2007', '2007-05-28'],
  );
});

test('a bare weekday points the way the tense does: forward under "will", back otherwise (real sentences)', () => {
  // Published Thursday 2017-02-16 (Trump's rally), and sentences from ECB+ articles dated the same day for the test.
  const cases: [string, string][] = [
    ['On Saturday, he will hold a rally in Melbourne, Florida.', '2017-02-18'],
    ['DiLeo will coach the Sixers in Saturday’s game at Washington and is expected to remain coach for the rest of the season.', '2017-02-18'],
    ['A private funeral service will be held Tuesday.', '2017-02-21'],
    ['As word got out Friday that Hugh Jackman will be this year’s Oscar host, a clip made the rounds.', '2017-02-10'],
    ['Bettie Page, the 1950s pin-up queen who died on Thursday, will be remembered for her influence on style.', '2017-02-16'],
    ['The Academy announced Monday that Hugh Jackman will be the host of the 81st annual Oscars.', '2017-02-13'],
  ];
  for (const [sentence, expected] of cases) {
    const [date] = analyzeText(sentence, '2017-02-16').dates.filter((d) => /day/.test(d.text));
    assert.equal(date?.value, expected, sentence);
  }
});

test('monthDayOf reads the day of a month a date states, and nothing from a date that needs a reference', () => {
  // Dates of undated ECB+ articles (office shooting, Palin church fire) and of Multi-News clusters.
  assert.equal(monthDayOf('April 26'), '04-26');
  assert.equal(monthDayOf('Nov. 18, 2017'), '11-18');
  assert.equal(monthDayOf('6 December'), '12-06');
  for (const relative of ['today', 'last week', 'Friday', 'May', 'this year']) assert.equal(monthDayOf(relative), null, relative);
});

test('a year alone after a possessive or "for" is a date; a count of a plural noun after "for" is not (Multi-News sentences)', () => {
  const text =
    "In Krystal's 2014 suit against the Jets, she claimed the cheerleaders made only $150 per game. BP faces opposition for handing Bob Dudley a 20 percent increase in his total remuneration package for 2015 to $19.6 million. Fans paid for 2000 tickets.";
  assert.deepEqual(datesOf(text), ['2014=2014', '2015=2015']);
});
