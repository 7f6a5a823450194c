import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../test/fixtures/paths.js';
import { convertFeedXml } from './feed-adapter.js';

const MAX = 5_000_000;
const fixture = (name: string): string => readFileSync(repoPath('test', 'fixtures', 'feeds', name), 'utf8');

for (const name of ['baghdad-2007.rss', 'baghdad-2007.atom']) {
  test(`${name}: three items with title, link, date, author and full text`, () => {
    const { drafts, diagnostics } = convertFeedXml(fixture(name), name, MAX);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      drafts.map((d) => d.title),
      ['Milestone U.S.-Iran Talks Make Minimal Progress', "U.S. Envoy Cites 'Similarity' with Iran on Iraq", 'US-Iran talks focus on Iraq security'],
    );
    const npr = drafts[1]!;
    assert.deepEqual(
      [npr.outlet, npr.url, npr.published, npr.byline, npr.format],
      [
        'Baghdad Talks Roundup',
        'https://www.npr.org/2007/05/28/us-envoy-cites-similarity-with-iran-on-iraq',
        '2007-05-28T12:00:00Z',
        'NPR Staff and Wire Reports',
        'feed',
      ],
    );
    assert.match(npr.text, /^The United States ambassador in Baghdad said/);
    assert.match(npr.text, /a "trilateral security mechanism" that would include/);
    assert.ok(npr.text.split('\n\n').length > 10, 'paragraphs survive');
    assert.ok(!/<\/?p>|&quot;|&amp;/.test(npr.text));
  });
}

test('RSS 1.0 (RDF) items and plain descriptions are read', () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Wire</title></channel>
    <item><title>Talks end</title><link>https://w.example/1</link><description>Crocker said the talks &amp;amp; the meeting went well.</description><dc:date>2007-05-28</dc:date></item>
  </rdf:RDF>`;
  const { drafts } = convertFeedXml(rdf, 'wire.rdf', MAX);
  assert.deepEqual(
    [drafts[0]!.title, drafts[0]!.text, drafts[0]!.outlet, drafts[0]!.published],
    ['Talks end', 'Crocker said the talks & the meeting went well.', 'Wire', '2007-05-28'],
  );
});

test('Atom xhtml content and a DOCTYPE with entities are handled safely', () => {
  const atom = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry><title>T</title><link href="https://x.example/t"/><updated>2007-05-28T12:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First &amp; <b>bold</b>.</p><p>Second.</p></div></content></entry></feed>`;
  const { drafts } = convertFeedXml(atom, 'x.atom', MAX);
  assert.equal(drafts[0]!.text, 'First & bold.\n\nSecond.');
});

test('not a feed: a diagnostic, no exception', () => {
  assert.equal(convertFeedXml('<html><body>hi</body></html>', 'x.xml', MAX).diagnostics[0]!.code, 'invalid-feed');
  assert.equal(convertFeedXml('<rss><channel><title>Empty</title></channel></rss>', 'e.rss', MAX).diagnostics[0]!.code, 'empty-feed');
  assert.doesNotThrow(() => convertFeedXml('<rss><channel><item><title>x</ti', 'broken.rss', MAX));
});
