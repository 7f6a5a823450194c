import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, extensionOf } from './detect-format.js';

test('extensions decide for files', () => {
  assert.equal(detectFormat('a/story.txt', 'Talks in Baghdad'), 'text');
  assert.equal(detectFormat('story.HTML', '<p>x</p>'), 'html');
  assert.equal(detectFormat('records.jsonl', '{"text":"a"}\n{"text":"b"}'), 'jsonl');
  assert.equal(detectFormat('records.json', '[{"text":"a"}]'), 'json');
  assert.equal(detectFormat('news.rss', '<?xml version="1.0"?><rss><channel/></rss>'), 'feed');
  assert.equal(detectFormat('test.src', 'a NEWLINE_CHAR b ||||| c'), 'multinews');
});

test('a .txt file that is really Multi-News is read as Multi-News', () => {
  assert.equal(detectFormat('cluster.txt', 'First story NEWLINE_CHAR NEWLINE_CHAR Body ||||| Second story'), 'multinews');
});

test('stdin and unknown extensions are sniffed', () => {
  assert.equal(detectFormat('-', '<!DOCTYPE html><html><body><p>Hi</p></body></html>'), 'html');
  assert.equal(detectFormat('-', '  <?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(detectFormat('-', '{"title":"a","text":"b"}\n{"title":"c","text":"d"}\n'), 'jsonl');
  assert.equal(detectFormat('-', '{\n  "title": "a",\n  "text": "b"\n}'), 'json');
  assert.equal(detectFormat('-', '[{"text": "b"}]'), 'json');
  assert.equal(detectFormat('-', 'Doc one NEWLINE_CHAR text ||||| Doc two'), 'multinews');
  assert.equal(detectFormat('story.dat', 'US-Iran talks focus on Iraq security\n\nUS envoy to Iraq described…'), 'text');
  assert.equal(detectFormat('page', '<div class="story"><p>Crocker said.</p></div>'), 'html');
});

test('an HTTP content type wins over the URL', () => {
  assert.equal(detectFormat('https://example.org/story', '<html>', 'text/html; charset=utf-8'), 'html');
  assert.equal(detectFormat('https://example.org/feed', '<?xml version="1.0"?><rss version="2.0"></rss>', 'application/xml'), 'feed');
  assert.equal(detectFormat('https://example.org/feed.json', '{"version":"https://jsonfeed.org/version/1.1","items":[]}', 'application/feed+json'), 'json');
});

test('extensionOf ignores URL queries and dotfiles', () => {
  assert.equal(extensionOf('https://example.org/a/story.html?x=1#top'), '.html');
  assert.equal(extensionOf('dir.v2/README'), '');
  assert.equal(extensionOf('.hidden'), '');
});
