import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from '../clean/index.js';
import type { AnalyzedDocument } from '../model/index.js';
import { analyzeDocument } from './index.js';
import { makeArticle, readLongbenchDocs } from '../../test/fixtures/analyze/example-docs.js';

// Real news from ../shared/data (Multi-News test clusters, LongBench sample). No article text is copied
// here: documents are found by the names they mention, and checked on what the extractors return.
const texts = readLongbenchDocs(120);
const docs: AnalyzedDocument[] = (texts ?? []).map((text, index) => analyzeDocument(cleanArticle(makeArticle(text, `S${index + 1}`, '2015-06-01')).article));

function findDoc(...names: string[]): AnalyzedDocument | undefined {
  return docs.find((doc) => names.every((name) => doc.text.includes(name)));
}

test('every mention on 120 real documents is an exact slice inside its sentence', (t) => {
  if (!texts) return t.skip('../shared/data not available');
  for (const doc of docs) {
    for (const item of [...doc.entities, ...doc.quotes, ...doc.dates, ...doc.numbers]) {
      assert.equal(doc.text.slice(item.start, item.end), item.text);
      assert.ok(doc.sentences[item.sentence], `sentence ${item.sentence} exists`);
    }
    for (const date of doc.dates) assert.match(date.value ?? '2000', /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
    for (const number of doc.numbers) assert.ok(Number.isFinite(number.value));
    for (const entity of doc.entities) assert.ok(entity.entity && entity.entity.length > 0, `key for ${entity.text}`);
  }
});

test('negative on real documents: no calendar words or lowercase words as entities, no bare years as counts', (t) => {
  if (!texts) return t.skip('../shared/data not available');
  const calendar =
    /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
  for (const doc of docs) {
    for (const entity of doc.entities) {
      assert.doesNotMatch(entity.text, calendar);
      assert.match(entity.text, /^(?:\p{Lu}|\p{N}|(?:al|el)-\p{Lu})/u, `entity starts with a capital: ${entity.text}`);
    }
    for (const number of doc.numbers) assert.doesNotMatch(number.text, /^(?:19|20)\d\d$/, `a year read as a count: ${number.text}`);
    for (const date of doc.dates) assert.doesNotMatch(date.text, /^(?:may|march|sat|sun)$/);
  }
});

test('speakers on real documents: named speakers resolved by "says X", "X said" and pronouns', (t) => {
  if (!texts) return t.skip('../shared/data not available');
  const cases: [string[], string][] = [
    [['Robin Roberts', 'Kevin Messacar'], 'Robin Roberts'],
    [['Kevin Messacar'], 'Kevin Messacar'],
    [['Michael Cohen', 'Brianna Keilar'], 'Michael Cohen'],
    [['Mark McDonald', 'Nutter'], 'Mark McDonald'],
  ];
  let checked = 0;
  for (const [names, speaker] of cases) {
    const doc = findDoc(...names);
    if (!doc) continue;
    checked++;
    assert.ok(
      doc.quotes.some((quote) => quote.speaker === speaker),
      `a quote by ${speaker}`,
    );
  }
  const quotes = docs.flatMap((doc) => doc.quotes.filter((quote) => !quote.fragment));
  const attributed = quotes.filter((quote) => quote.speaker !== null).length;
  t.diagnostic(`${checked} named cases found; ${attributed}/${quotes.length} full quotes have a speaker`);
  assert.ok(attributed / quotes.length >= 0.75);
});
