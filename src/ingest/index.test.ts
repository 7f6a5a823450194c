import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawInput } from '../model/index.js';
import { cleanArticle } from '../clean/index.js';
import { repoPath } from '../../test/fixtures/paths.js';
import { ingestInputs, ingestRecords } from './index.js';

const STORY = ['milestone-us-iran-talks-minimal-progress', 'us-envoy-cites-similarity-with-iran', 'us-iran-talks-focus-on-iraq-security'];

const readDirectory = (...parts: string[]): RawInput[] => {
  const directory = repoPath(...parts);
  return readdirSync(directory)
    .sort()
    .map((name) => ({ name: join(...parts, name), bytes: readFileSync(join(directory, name)) }));
};

const cleanTexts = (inputs: RawInput[]): string[] => ingestInputs(inputs).articles.map((article) => cleanArticle(article).article.text);

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Share of the words of `reference` found in `candidate` (multiset), and the other way round. */
function overlap(reference: string, candidate: string): { recall: number; precision: number } {
  const counts = new Map<string, number>();
  const a = wordsOf(reference);
  const b = wordsOf(candidate);
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return { recall: shared / a.length, precision: shared / b.length };
}

const CHROME = [
  'Play Live Radio',
  'Watch Live',
  'Advertisement',
  'We use cookies',
  'Sign in',
  'Subscribe',
  'Related Stories',
  'Most Popular',
  'Share on Facebook',
  'Morning Briefing',
  'All rights reserved',
  'Copyright',
  'Terms of Use',
  'photo credit',
  'contributed to this report',
  'Disqus',
];

test('the example story reads the same from HTML pages, JSON lines, a Multi-News line and feeds as from plain text', () => {
  const reference = cleanTexts(readDirectory('examples', 'baghdad-2007'));
  const variants: Record<string, string[]> = {
    html: cleanTexts(readDirectory('test', 'fixtures', 'baghdad-2007', 'html')),
    jsonl: cleanTexts(readDirectory('test', 'fixtures', 'baghdad-2007', 'jsonl')),
    multinews: cleanTexts(readDirectory('test', 'fixtures', 'baghdad-2007', 'multinews')),
    feeds: cleanTexts(readDirectory('test', 'fixtures', 'feeds')).slice(0, 3),
  };
  for (const [format, texts] of Object.entries(variants)) {
    assert.equal(texts.length, 3, format);
    texts.forEach((text, i) => {
      const { recall, precision } = overlap(reference[i]!, text);
      assert.ok(recall > 0.95 && precision > 0.95, `${format} ${STORY[i]}: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
      for (const chrome of CHROME) assert.ok(!text.includes(chrome), `${format} ${STORY[i]}: "${chrome}" left in`);
    });
  }
});

test('HTML pages carry title, outlet, url and publication date; ids follow input order', () => {
  const { articles, diagnostics } = ingestInputs(readDirectory('test', 'fixtures', 'baghdad-2007', 'html'));
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    articles.map((a) => [a.id, a.outlet, a.published, a.format]),
    [
      ['S1', 'Baghdad Dispatch', '2007-05-28', 'html'],
      ['S2', 'NPR', '2007-05-28', 'html'],
      ['S3', 'The Jerusalem Post', '2007-05-28', 'html'],
    ],
  );
});

test('bad inputs become diagnostics naming the input, and never lose the good ones', () => {
  const inputs = [
    ...readDirectory('test', 'fixtures', 'bad'),
    { name: 'examples/x.txt', bytes: readFileSync(repoPath('examples', 'baghdad-2007', `${STORY[0]}.txt`)) },
  ];
  const { articles, diagnostics } = ingestInputs(inputs);
  const by = (input: string): string[] => diagnostics.filter((d) => d.input?.startsWith(`test/fixtures/bad/${input}`)).map((d) => d.code);
  assert.deepEqual(by('empty.txt'), ['empty-input']);
  assert.deepEqual(by('binary-junk.txt'), ['binary-input']);
  assert.deepEqual(by('latin1.txt'), ['decoded-windows-1252']);
  assert.deepEqual(by('utf16.txt'), ['decoded-utf16']);
  assert.deepEqual(by('malformed.jsonl'), ['invalid-json-line', 'invalid-json-line', 'invalid-json-line']);
  assert.ok(by('broken.html').includes('bad-json-ld'));
  assert.deepEqual(
    articles.map((a) => a.origin),
    [
      'test/fixtures/bad/broken.html',
      'test/fixtures/bad/latin1.txt',
      'test/fixtures/bad/malformed.jsonl#1',
      'test/fixtures/bad/malformed.jsonl#6',
      'test/fixtures/bad/non-english.txt',
      'test/fixtures/bad/utf16.txt',
      'examples/x.txt',
    ],
  );
  assert.deepEqual(
    articles.map((a) => a.id),
    ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'],
  );
  const french = articles.find((a) => a.origin.endsWith('non-english.txt'))!;
  assert.equal(french.title, 'Pourparlers inédits entre Washington et Téhéran à Bagdad');
  assert.match(cleanArticle(french).article.text, /« mécanisme de sécurité trilatéral »/);
  assert.equal(articles.find((a) => a.origin.endsWith('latin1.txt'))!.title, 'Envoy\u2019s caf\u00e9 diplomacy in Baghdad');
});

test('huge inputs are capped with a warning carrying the source id', () => {
  const paragraph = 'Crocker said the talks in Baghdad were businesslike and lasted four hours. ';
  const bytes = Buffer.from(paragraph.repeat(20_000));
  const capped = ingestInputs([{ name: 'huge.txt', bytes }], { maxInputBytes: 500_000, maxTextChars: 100_000 });
  assert.equal(capped.articles.length, 1);
  assert.ok(capped.articles[0]!.text.length <= 100_000);
  assert.deepEqual(
    capped.diagnostics.map((d) => [d.code, d.source]),
    [
      ['input-truncated', null],
      ['text-truncated', 'S1'],
    ],
  );
});

test('stdin is sniffed: HTML, JSON lines and plain text', () => {
  const html = readFileSync(repoPath('test', 'fixtures', 'baghdad-2007', 'html', `${STORY[1]}.html`));
  const jsonl = readFileSync(repoPath('test', 'fixtures', 'baghdad-2007', 'jsonl', 'baghdad-2007.jsonl'));
  assert.equal(ingestInputs([{ name: '-', bytes: html }]).articles[0]!.outlet, 'NPR');
  assert.equal(ingestInputs([{ name: '-', bytes: jsonl }]).articles.length, 3);
  assert.equal(ingestInputs([{ name: '-', bytes: Buffer.from('Talks end in Baghdad\n\nThe talks ended.') }]).articles[0]!.title, 'Talks end in Baghdad');
});

test('ingestRecords: text and html records, skipped empties, ids in order', () => {
  const html = readFileSync(repoPath('test', 'fixtures', 'baghdad-2007', 'html', `${STORY[2]}.html`), 'utf8');
  const { articles, diagnostics } = ingestRecords([
    { text: 'The talks ended.', title: 'Talks', published: 'May 28, 2007' },
    { title: 'nothing' },
    { html, outlet: 'JPost (record)' },
  ]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.title, a.outlet, a.published, a.format]),
    [
      ['S1', 'Talks', null, '2007-05-28', 'text'],
      ['S2', 'US-Iran talks focus on Iraq security', 'JPost (record)', '2007-05-28', 'html'],
    ],
  );
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.input]),
    [['empty-record', 'record#2']],
  );
});

test('misuse throws a TypeError naming the function', () => {
  assert.throws(() => ingestInputs('x' as unknown as RawInput[]), /ingestInputs: expected an array/);
  assert.throws(() => ingestInputs([{ name: 'a', bytes: 'text' } as unknown as RawInput]), /ingestInputs: expected inputs\[0\]/);
  assert.throws(() => ingestRecords({} as unknown as []), /ingestRecords: expected an array/);
});
