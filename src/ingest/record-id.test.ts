import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestInputs, ingestRecords } from './index.js';

const line = (value: unknown): string => JSON.stringify(value);
const LINES = [
  line({
    id: '1_10ecb',
    title: 'Tara Reid checks into rehab',
    text: 'Tara Reid has checked into rehab, her representative said.',
    date: '2008-12-12T10:00:00Z',
    source: 'People',
  }),
  line({ id: 2, title: 'Fed official says weak data caused by weather', text: '', date: '2014-03-10T16:52:50.698000Z', source: 'Los Angeles Times' }),
  line({ title: 'No id here', text: 'A text without an id.' }),
].join('\n');

test('JSON lines with id, title, text, date and source: the id is kept, date is the publication date, source the outlet', () => {
  const { articles, diagnostics } = ingestInputs([{ name: 'stream.jsonl', bytes: new TextEncoder().encode(LINES) }]);
  assert.equal(articles.length, 2, 'the headline-only line is skipped for a briefing');
  assert.equal(articles[0]!.recordId, '1_10ecb');
  assert.equal(articles[0]!.published, '2008-12-12T10:00:00Z');
  assert.equal(articles[0]!.outlet, 'People');
  assert.equal(articles[1]!.recordId, undefined);
  assert.ok(diagnostics.some((d) => d.code === 'empty-record' && d.input === 'stream.jsonl#2'));
});

test('keepHeadlines keeps a record with a title and no text, with a note; a record with neither is still skipped', () => {
  const { articles, diagnostics } = ingestInputs([{ name: 'stream.jsonl', bytes: new TextEncoder().encode(`${LINES}\n${line({ id: 'x', text: '' })}`) }], {
    keepHeadlines: true,
  });
  assert.deepEqual(
    articles.map((article) => [article.recordId ?? null, article.text === '']),
    [
      ['1_10ecb', false],
      ['2', true],
      [null, false],
    ],
  );
  assert.equal(articles[1]!.title, 'Fed official says weak data caused by weather');
  assert.equal(articles[1]!.outlet, 'Los Angeles Times');
  assert.ok(diagnostics.some((d) => d.code === 'headline-only' && d.source === articles[1]!.id));
  assert.ok(diagnostics.some((d) => d.code === 'empty-record' && d.input === 'stream.jsonl#4'));
  const records = ingestRecords([{ id: 'r1', title: 'Only a title' }, { text: 'Only a text' }], { keepHeadlines: true });
  assert.deepEqual(
    records.articles.map((article) => article.recordId ?? null),
    ['r1', null],
  );
});
