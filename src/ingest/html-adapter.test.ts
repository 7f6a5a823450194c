import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../test/fixtures/paths.js';
import { convertHtmlPage } from './html-adapter.js';
import { convertHtmlToText } from './html-dom.js';

const fixture = (...parts: string[]): string => readFileSync(repoPath('test', 'fixtures', ...parts), 'utf8');
const convert = (html: string, origin = 'page.html') => convertHtmlPage(html, { origin, maxChars: 5_000_000 });

test('the NPR fixture page: metadata from og/JSON-LD/time, article text without page chrome', () => {
  const draft = convert(fixture('baghdad-2007', 'html', 'us-envoy-cites-similarity-with-iran.html'));
  assert.equal(draft.title, "U.S. Envoy Cites 'Similarity' with Iran on Iraq");
  assert.equal(draft.outlet, 'NPR');
  assert.equal(draft.byline, 'NPR Staff and Wire Reports');
  assert.equal(draft.published, '2007-05-28');
  assert.equal(draft.url, 'https://www.npr.org/2007/05/28/us-envoy-cites-similarity-with-iran-on-iraq');
  assert.match(draft.text, /\n\nBut Iran did not respond directly to a U\.S\. plea/);
  for (const chrome of [
    'We use cookies',
    'Sign in',
    'Related Stories',
    'Most Popular',
    'Share on Facebook',
    'Morning Briefing',
    'All rights reserved',
    'Terms of Use',
    'Play Live Radio',
    'Disqus',
  ]) {
    assert.ok(!draft.text.includes(chrome), `chrome left: ${chrome}`);
  }
  assert.deepEqual(draft.notes, []);
});

test('outlet falls back to JSON-LD publisher, then application-name, then the canonical host', () => {
  const article = `<article><h1>Talks</h1>${'<p>Crocker said the talks in Baghdad were businesslike and focused on Iraq, and that Iran proposed a mechanism.</p>'.repeat(6)}</article>`;
  const ld = (json: object): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
  const publisher = convert(
    `<html><head>${ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: 'Talks end', datePublished: '2007-05-28T10:00:00Z', author: { name: 'A. Writer' }, publisher: { '@type': 'Organization', name: 'Wire Service' } }] })}</head><body>${article}</body></html>`,
  );
  assert.deepEqual(
    [publisher.outlet, publisher.title, publisher.byline, publisher.published],
    ['Wire Service', 'Talks end', 'A. Writer', '2007-05-28T10:00:00Z'],
  );
  const app = convert(
    `<html><head><meta name="application-name" content="Daily Planet"><link rel="canonical" href="https://www.planet.example/a"></head><body>${article}</body></html>`,
  );
  assert.equal(app.outlet, 'Daily Planet');
  const host = convert(
    `<html><head><link rel="canonical" href="https://www.planet.example/a"><meta property="article:published_time" content="2007-05-28T09:00:00+03:00"></head><body>${article}</body></html>`,
  );
  assert.deepEqual([host.outlet, host.url, host.published], ['planet.example', 'https://www.planet.example/a', '2007-05-28T09:00:00+03:00']);
  const time = convert(
    `<html><body><time datetime="2007-05-27">yesterday</time><time datetime="May 28, 2007" pubdate>today</time>${article}</body></html>`,
    'https://news.example.org/x',
  );
  assert.deepEqual([time.published, time.outlet, time.url], ['2007-05-28', 'news.example.org', 'https://news.example.org/x']);
});

test('broken HTML still yields its text, and a bad JSON-LD block is noted', () => {
  const draft = convert(fixture('bad', 'broken.html'), 'broken.html');
  assert.match(draft.text, /After the most formal, direct talks/);
  assert.match(draft.text, /Unclosed cell bold italic/);
  assert.equal(draft.outlet, 'Broken News');
  assert.ok(draft.notes.some((note) => note.code === 'bad-json-ld'));
});

test('a short page keeps its text without nav/header/footer', () => {
  const draft = convert(
    '<html><body><header>Daily Planet</header><nav>Home World</nav><div>Short note: the talks ended.</div><footer>(c) Site</footer></body></html>',
  );
  assert.equal(draft.text, 'Short note: the talks ended.');
});

test('a page a DOM cannot read (unclosed <title>) falls back to stripping tags', () => {
  const draft = convert(
    '<html><head><title>Talks</titl></head><body><p>Crocker said the talks were businesslike.<p>Iran proposed a mechanism &amp; more.</body></html>',
  );
  assert.equal(draft.text, 'Talks\n\nCrocker said the talks were businesslike.\n\nIran proposed a mechanism & more.');
  assert.equal(draft.notes.at(-1)?.code, 'html-unparsed');
});

test('oversized HTML is cut before parsing, with a warning', () => {
  const draft = convertHtmlPage(`<html><body>${'<p>Crocker said the talks went on.</p>'.repeat(2000)}</body></html>`, { origin: 'big.html', maxChars: 10_000 });
  assert.equal(draft.notes[0]?.code, 'html-truncated');
  assert.ok(draft.text.length < 10_000);
});

test('convertHtmlToText keeps paragraphs and line breaks and decodes entities', () => {
  assert.equal(
    convertHtmlToText('<p>One &amp; two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul><script>x()</script>'),
    'One & two\n\nThree\nfour\n\na\n\nb',
  );
});

test('pathological markup (thousands of unclosed elements) is stripped instead of parsed', () => {
  const draft = convert(`<html><body>${'<div>'.repeat(50_000)}Crocker said the talks ended.</body></html>`);
  assert.equal(draft.text, 'Crocker said the talks ended.');
  assert.equal(draft.notes[0]?.code, 'html-too-complex');
  assert.equal(convertHtmlToText(`${'<span>'.repeat(10_000)}deep`), 'deep');
});

test('a page that renders its article with scripts is read from its schema.org articleBody; a teaser articleBody is not used', () => {
  const body = [
    'The European Space Agency says putting astronauts into a state of suspended animation could make it easier to reach other planets.',
    'The agency said Monday that its researchers examined how hibernation would affect the design of a crewed mission to Mars.',
    'Challenges include designing the spacecraft to operate largely on its own while the crew sleeps through much of the cruise.',
  ].join('\n\n');
  const ld = (articleBody: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Snooze cruise', articleBody })}</script>`;
  const shell = convert(`<html><head>${ld(body)}</head><body><div id="app">Loading…</div><noscript>Enable JavaScript</noscript></body></html>`);
  assert.equal(shell.text, body);
  assert.ok(shell.notes.some((note) => note.code === 'declared-article-body'));
  const html = `<html><head>${ld('<p>The European Space Agency says putting astronauts to sleep could help.</p>')}</head><body><article>${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
  const page = convert(html);
  assert.match(page.text, /crewed mission to Mars/);
  assert.ok(!page.notes.some((note) => note.code === 'declared-article-body'));
});
