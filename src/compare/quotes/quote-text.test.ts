import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffInnerWords } from './quote-text.js';

test('diffInnerWords: two quotes with no word in common have no shared stretch, so no inner difference', () => {
  // Quotes grouped through a third one can share nothing; a 1,000-article ECB+ story met such a pair and threw.
  assert.deepEqual(diffInnerWords('we will rebuild the school', 'nobody expected such losses'), [[], []]);
});

test('diffInnerWords: content words inside the stretch both quote, on both sides', () => {
  const [onlyA, onlyB] = diffInnerWords('he was my bodyguard for ten years', 'he was my buddy for ten years');
  assert.deepEqual([onlyA.length, onlyB.length], [1, 1]);
});
