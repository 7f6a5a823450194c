import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutToWords, normalizeForRouge, tokenizeForRouge } from './tokenize.js';

test('cutToWords keeps the first N whitespace-separated words of the raw text', () => {
  assert.equal(cutToWords('  The U.S. envoy\n\nmet  Iran’s envoy. ', 3), 'The U.S. envoy');
  assert.equal(cutToWords('one two', 5), 'one two');
  assert.equal(cutToWords('', 5), '');
  assert.throws(() => cutToWords('a b', -1), /cutToWords: expected a non-negative integer/);
});

test('normalizeForRouge lower-cases ASCII only and turns everything else into spaces', () => {
  assert.equal(normalizeForRouge('U.S.-Iran talks: 4 hours; $3.5m (approx.) -- "businesslike"!'), 'u s iran talks 4 hours 3 5m approx businesslike');
  assert.equal(normalizeForRouge('Café owners in Zürich said “no” — again.'), 'caf owners in z rich said no again');
  // A Unicode lower-casing would turn these into ASCII letters; the Perl script does not.
  assert.equal(normalizeForRouge('İstanbul \u212Aelvin'), 'stanbul elvin');
});

test('tokenizeForRouge cuts before normalizing, so "U.S." counts as one word but scores as two tokens', () => {
  assert.deepEqual(tokenizeForRouge('The U.S. envoy met', { maxWords: 2, stem: false }), ['the', 'u', 's']);
  assert.deepEqual(tokenizeForRouge('Children were running', { maxWords: null, stem: true }), ['child', 'be', 'run']);
  assert.deepEqual(tokenizeForRouge(' -- ', { maxWords: 300, stem: false }), []);
});
