import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBackReference, splitClauses, stemWord, termOfWord, termRoot } from './index.js';
import { buildTokenTable, termTokensIn, wordTokensIn } from './token-table.js';

test('terms fold spellings, demonyms and number words', () => {
  assert.equal(termOfWord('teheran', 'Teheran'), 'iran');
  assert.equal(termOfWord('iranians', 'Iranians'), 'iran');
  assert.equal(termOfWord('u.s.', 'U.S.'), 'us');
  assert.equal(termOfWord('us', 'us'), null, 'the pronoun "us" is a function word');
  assert.equal(termOfWord('four', 'four'), '4');
  assert.equal(stemWord('proposed'), stemWord('proposes'));
  assert.equal(stemWord('honoured'), stemWord('honored'));
});

test('term roots let derived words meet and leave short roots whole', () => {
  const root = (word: string) => termRoot(termOfWord(word, word)!);
  assert.equal(root('examination'), root('examined'));
  assert.equal(root('medical'), root('medics'));
  assert.equal(root('investigation'), root('investigated'));
  assert.equal(root('security'), root('secure'));
  for (const word of ['station', 'million', 'final', '2,000']) assert.equal(root(word), termOfWord(word, word));
});

test('a long sentence splits at ", but" and never inside a quotation', () => {
  const text = 'Al-Maliki did not attend the meeting, but the prime minister greeted the two ambassadors, who shook hands.';
  assert.deepEqual(
    splitClauses(text, 0, text.length).map((span) => text.slice(span.start, span.end)),
    ['Al-Maliki did not attend the meeting', 'but the prime minister greeted the two ambassadors, who shook hands.'],
  );
  const quoted = '"This is about actions not just principles, and I laid out to the Iranians direct, specific concerns," he said.';
  assert.equal(splitClauses(quoted, 0, quoted.length).length, 1);
});

test('the token table holds each word and content term once, with offsets; spans are read from it', () => {
  const text = 'U.S. envoy Ryan Crocker met Iranian officials in Teheran for four hours.';
  const doc = { tokens: buildTokenTable(text) };
  assert.deepEqual(doc.tokens.words.lowers, ['u.s.', 'envoy', 'ryan', 'crocker', 'met', 'iranian', 'officials', 'in', 'teheran', 'for', 'four', 'hours']);
  assert.deepEqual(doc.tokens.terms.values, ['us', 'envoy', 'ryan', 'crocker', 'meet', 'iran', 'official', 'iran', '4', 'hour']);
  for (const [i, start] of doc.tokens.words.starts.entries()) {
    assert.equal(text.slice(start, doc.tokens.words.ends[i]).toLowerCase(), doc.tokens.words.lowers[i]);
  }
  const from = text.indexOf('Iranian');
  assert.deepEqual(
    termTokensIn(doc, from, text.length).map((token) => token.term),
    ['iran', 'official', 'iran', '4', 'hour'],
  );
  assert.deepEqual(
    wordTokensIn(doc, 0, text.indexOf(' envoy')).map((word) => word.lower),
    ['u.s.'],
  );
  assert.equal(JSON.parse(JSON.stringify(doc.tokens)).terms.values.length, 10, 'plain data: survives JSON');
});

test('a pronoun before any name points back only in cased text: a lower-cased copy has no capitals to tell names by', () => {
  assert.equal(findBackReference('In his review, the judge found no error.'), 'pronoun');
  assert.equal(findBackReference('russian president vladimir putin said his government would investigate the killing.'), null);
  assert.equal(findBackReference('he said his government would investigate the killing.'), 'pronoun');
});
