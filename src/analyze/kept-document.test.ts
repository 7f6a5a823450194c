import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadExampleStory } from '../../test/support/example-story.js';
import { isKeptDocument, keptPairMemo, keptWithDocument, keptWithSpan } from './index.js';

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

test('what is derived from a span of a kept document, or a pair of kept documents in order, is kept; nothing for a fresh one', () => {
  const doc = loadExampleStory().docs[0]!;
  const other = loadExampleStory().docs[1]!;
  let derived = 0;
  const textOf = keptWithSpan((document, start, end) => {
    derived++;
    return { text: document.text.slice(start, end) };
  });
  assert.notEqual(textOf(doc, 0, 20), textOf(doc, 0, 20));
  const kept = Object.freeze({ ...doc });
  assert.equal(textOf(kept, 0, 20), textOf(kept, 0, 20));
  assert.notEqual(textOf(kept, 0, 21), textOf(kept, 0, 20));
  assert.deepEqual(textOf(kept, 5, 30), textOf(doc, 5, 30));
  assert.equal(derived, 6);

  const pairs = keptPairMemo<string | null>();
  const keptOther = Object.freeze({ ...other });
  assert.equal(pairs.set(doc, keptOther, 'fresh'), 'fresh');
  assert.equal(pairs.get(doc, keptOther), undefined);
  pairs.set(kept, keptOther, null);
  assert.equal(pairs.get(kept, keptOther), null);
  assert.equal(pairs.get(keptOther, kept), undefined, 'a pair is kept in its order');
});
