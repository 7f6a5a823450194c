import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from './line-form.js';

test('words are space-separated runs with a letter or digit', () => {
  assert.equal(countWords('U.S. envoy cites — "similarity" with Iran'), 6);
  assert.equal(countWords('— | —'), 0);
});

test('in scripts written without spaces, two characters count one word', () => {
  // 23 Japanese characters (punctuation aside) are 12 words, not one.
  assert.equal(countWords('特に困ったのが、起動ショートカットキーに関する設定。'), 12);
  assert.equal(countWords('再起動して完了'), 4);
  // Latin words glued to Japanese count once; Thai counts like Japanese.
  assert.equal(countWords('Kindle for PCの起動'), 5);
  assert.equal(countWords('สวัสดีครับ'), 5);
});
