import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../test/fixtures/paths.js';
import { convertJsonText } from './json-adapter.js';

const MAX = 5_000_000;
const fixture = (...parts: string[]): string => readFileSync(repoPath('test', 'fixtures', ...parts), 'utf8');

test('JSON lines fixture: three records, the html one through the HTML adapter', () => {
  const { drafts, diagnostics } = convertJsonText(fixture('baghdad-2007', 'jsonl', 'baghdad-2007.jsonl'), 'b.jsonl', 'jsonl', MAX);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    drafts.map((d) => [d.origin, d.outlet, d.published]),
    [
      ['b.jsonl#1', 'Baghdad Dispatch', '2007-05-28'],
      ['b.jsonl#2', 'NPR', '2007-05-28'],
      ['b.jsonl#3', 'The Jerusalem Post', '2007-05-28'],
    ],
  );
  assert.match(drafts[2]!.text, /^US envoy to Iraq described conversation as "businesslike"/);
  assert.ok(!drafts[2]!.text.includes('<p'));
});

test('malformed JSON lines are skipped one by one; the good line is kept', () => {
  const { drafts, diagnostics } = convertJsonText(fixture('bad', 'malformed.jsonl'), 'malformed.jsonl', 'jsonl', MAX);
  assert.equal(drafts.length, 2, 'the good record and the bare string');
  assert.equal(drafts[0]!.title, 'Milestone U.S.-Iran Talks Make Minimal Progress');
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.input]),
    [
      ['invalid-json-line', 'malformed.jsonl#2'],
      ['invalid-json-line', 'malformed.jsonl#3'],
      ['invalid-json-line', 'malformed.jsonl#5'],
    ],
  );
});

test('one JSON record, an array, a wrapper object and loose field names', () => {
  assert.equal(convertJsonText('{"title":"T","text":"Body text here."}', 'one.json', 'json', MAX).drafts[0]!.title, 'T');
  const array = convertJsonText('[{"text":"A."},{"text":"B."},42]', 'arr.json', 'json', MAX);
  assert.deepEqual(
    array.drafts.map((d) => d.origin),
    ['arr.json#1', 'arr.json#2'],
  );
  assert.equal(array.diagnostics[0]!.code, 'invalid-record');
  const loose = convertJsonText(
    JSON.stringify({
      articles: [{ headline: 'H', body: 'B.', link: 'https://x.example/1', source: 'X', date: 'Mon, 28 May 2007 12:00:00 GMT', author: { name: 'Ann' } }],
    }),
    'w.json',
    'json',
    MAX,
  ).drafts[0]!;
  assert.deepEqual(
    [loose.title, loose.text, loose.url, loose.outlet, loose.published, loose.byline],
    ['H', 'B.', 'https://x.example/1', 'X', '2007-05-28T12:00:00Z', 'Ann'],
  );
  assert.equal(convertJsonText('{"title":"no body"}', 'n.json', 'json', MAX).diagnostics[0]!.code, 'empty-record');
  assert.equal(convertJsonText('{"title": ', 'bad.json', 'json', MAX).diagnostics[0]!.code, 'invalid-json');
});

test('a {"documents": [...]} line (the shared Multi-News data form) gives one article per document', () => {
  const line = JSON.stringify({ id: 'x', documents: ['First document text.', '', 'Third document text.'], summary: 'S' });
  const { drafts, diagnostics } = convertJsonText(`${line}\n${line}\n`, 'mn.jsonl', 'jsonl', MAX);
  assert.deepEqual(
    drafts.map((d) => [d.origin, d.format]),
    [
      ['mn.jsonl#1.1', 'multinews'],
      ['mn.jsonl#1.3', 'multinews'],
      ['mn.jsonl#2.1', 'multinews'],
      ['mn.jsonl#2.3', 'multinews'],
    ],
  );
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['empty-document', 'empty-document'],
  );
});

test('a JSON Feed gives one article per item', () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Roundup',
    items: [
      {
        id: '1',
        title: 'A',
        content_html: '<p>One &amp; two.</p><p>Three.</p>',
        url: 'https://x.example/a',
        date_published: '2007-05-28T12:00:00Z',
        authors: [{ name: 'Ann' }],
      },
      { id: '2', content_text: 'Line one.\n\nLine two.' },
      { id: '3' },
    ],
  };
  const { drafts, diagnostics } = convertJsonText(JSON.stringify(feed), 'feed.json', 'json', MAX);
  assert.deepEqual(
    drafts.map((d) => [d.title, d.text, d.outlet, d.format]),
    [
      ['A', 'One & two.\n\nThree.', 'Roundup', 'feed'],
      [null, 'Line one.\n\nLine two.', 'Roundup', 'feed'],
    ],
  );
  assert.equal(drafts[0]!.byline, 'Ann');
  assert.equal(diagnostics[0]!.code, 'empty-feed-item');
});
