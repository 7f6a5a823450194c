import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputFormat } from '../model/index.js';
import { detectFormat, extensionOf } from './detect-format.js';

/** `[name, text, HTTP content type, the format detectFormat finds]`, one case a line. */
const CASES: readonly (readonly [name: string, text: string, contentType: string | null, expected: InputFormat])[] = [
  // Extensions decide for files.
  ['a/story.txt', 'Talks in Baghdad', null, 'text'],
  ['story.HTML', '<p>x</p>', null, 'html'],
  ['records.jsonl', '{"text":"a"}\n{"text":"b"}', null, 'jsonl'],
  ['records.json', '[{"text":"a"}]', null, 'json'],
  ['news.rss', '<?xml version="1.0"?><rss><channel/></rss>', null, 'feed'],
  ['test.src', 'a NEWLINE_CHAR b ||||| c', null, 'multinews'],
  // A .txt file that is really Multi-News is read as Multi-News.
  ['cluster.txt', 'First story NEWLINE_CHAR NEWLINE_CHAR Body ||||| Second story', null, 'multinews'],
  // Stdin and unknown extensions are sniffed.
  ['-', '<!DOCTYPE html><html><body><p>Hi</p></body></html>', null, 'html'],
  ['-', '  <?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', null, 'feed'],
  ['-', '{"title":"a","text":"b"}\n{"title":"c","text":"d"}\n', null, 'jsonl'],
  ['-', '{\n  "title": "a",\n  "text": "b"\n}', null, 'json'],
  ['-', '[{"text": "b"}]', null, 'json'],
  ['-', 'Doc one NEWLINE_CHAR text ||||| Doc two', null, 'multinews'],
  ['story.dat', 'US-Iran talks focus on Iraq security\n\nUS envoy to Iraq described…', null, 'text'],
  ['page', '<div class="story"><p>Crocker said.</p></div>', null, 'html'],
  // An HTTP content type wins over the URL.
  ['https://example.org/story', '<html>', 'text/html; charset=utf-8', 'html'],
  ['https://example.org/feed', '<?xml version="1.0"?><rss version="2.0"></rss>', 'application/xml', 'feed'],
  ['https://example.org/feed.json', '{"version":"https://jsonfeed.org/version/1.1","items":[]}', 'application/feed+json', 'json'],
];

test('extensions decide for files, stdin and unknown extensions are sniffed, an HTTP content type wins over the URL', () => {
  for (const [name, text, contentType, expected] of CASES) assert.equal(detectFormat(name, text, contentType ?? undefined), expected, `${name}: ${text}`);
});

test('extensionOf ignores URL queries and dotfiles', () => {
  assert.equal(extensionOf('https://example.org/a/story.html?x=1#top'), '.html');
  assert.equal(extensionOf('dir.v2/README'), '');
  assert.equal(extensionOf('.hidden'), '');
});
