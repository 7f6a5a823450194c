import assert from 'node:assert/strict';
import { it } from 'node:test';
import { escapeHtml, renderSnippet, renderUrl } from './escape.js';

it('escapes text and attribute values', () => {
  assert.equal(escapeHtml(`<img src=x onerror="a('1')">&`), '&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;');
});

it('links only http(s) URLs; javascript:, data: and junk stay text', () => {
  assert.equal(renderUrl('https://example.com/a?b=<c>'), '<a href="https://example.com/a?b=%3Cc%3E" rel="noopener noreferrer nofollow">https://example.com/a?b=&lt;c&gt;</a>');
  assert.equal(renderUrl('javascript:alert(1)'), '<span class="app-url">javascript:alert(1)</span>');
  assert.equal(renderUrl(' data:text/html,<script>'), '<span class="app-url"> data:text/html,&lt;script&gt;</span>');
});

it('marks snippet matches, escaped and balanced even with stray markers from the article', () => {
  assert.equal(renderSnippet('…a \u0002trilateral\u0003 <b>'), '…a <mark>trilateral</mark> &lt;b&gt;');
  assert.equal(renderSnippet('x\u0003\u0003y\u0002z\u0002'), 'xy<mark>z</mark>');
  assert.equal(renderSnippet('\u0002open'), '<mark>open</mark>');
});
