import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadExampleStory } from '../../test/support/example-story.js';
import { isKeptDocument, keptWithDocument } from './index.js';

test('what is derived from a kept (frozen) document is kept with it; a document briefed once is derived afresh', () => {
  const doc = loadExampleStory().docs[0]!;
  let derived = 0;
  const sentencesOf = keptWithDocument((document) => {
    derived++;
    return document.sentences.map((sentence) => sentence.text);
  });
  assert.equal(isKeptDocument(doc), false);
  assert.notEqual(sentencesOf(doc), sentencesOf(doc));
  assert.equal(derived, 2);
  const kept = Object.freeze({ ...doc });
  assert.equal(isKeptDocument(kept), true);
  assert.equal(sentencesOf(kept), sentencesOf(kept));
  assert.deepEqual(sentencesOf(kept), sentencesOf(doc));
  assert.equal(derived, 4);
});
