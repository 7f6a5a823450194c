import { escapeHtml, renderSnippet, renderUrl } from './escape.js';
import { testCases } from '../../../test/support/test-cases.js';

testCases('escapes text and attribute values', escapeHtml, [[`<img src=x onerror="a('1')">&`, '&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;']]);

testCases('links only http(s) URLs; javascript:, data: and junk stay text', renderUrl, [
  ['https://example.com/a?b=<c>', '<a href="https://example.com/a?b=%3Cc%3E" rel="noopener noreferrer nofollow">https://example.com/a?b=&lt;c&gt;</a>'],
  ['javascript:alert(1)', '<span class="app-url">javascript:alert(1)</span>'],
  [' data:text/html,<script>', '<span class="app-url"> data:text/html,&lt;script&gt;</span>'],
]);

testCases('marks snippet matches, escaped and balanced even with stray markers from the article', renderSnippet, [
  ['…a \u0002trilateral\u0003 <b>', '…a <mark>trilateral</mark> &lt;b&gt;'],
  ['x\u0003\u0003y\u0002z\u0002', 'xy<mark>z</mark>'],
  ['\u0002open', '<mark>open</mark>'],
]);
