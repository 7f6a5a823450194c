import assert from 'node:assert/strict';
import { it } from 'node:test';
import { toFtsQuery, toTsQuery } from './fts-query.js';
import { hashContent } from './content-hash.js';

it('quotes every word and makes the last a prefix, dropping FTS5 syntax', () => {
  assert.equal(toFtsQuery('Ryan Crocker'), '"Ryan" "Crocker"*');
  assert.equal(toFtsQuery('title:"NEAR(x" AND -y*'), '"title" "NEAR" "x" "AND" "y"');
  assert.equal(toFtsQuery('  "()" '), null);
  assert.equal(toFtsQuery('Téhéran'), '"Téhéran"*');
});

it('searches a last word shorter than three characters as a whole word, not a prefix', () => {
  assert.equal(toFtsQuery('a'), '"a"');
  assert.equal(toFtsQuery('Iran to'), '"Iran" "to"');
  assert.equal(toFtsQuery('Bag'), '"Bag"*');
});

it('hashes text after folding case, spacing, quotes and dashes', () => {
  assert.equal(hashContent('He said “yes” — twice.\n'), hashContent('he   said "yes" - twice.'));
  assert.notEqual(hashContent('four hours'), hashContent('five hours'));
});

it('makes the same words a to_tsquery text: all required, the last a prefix from three letters, no operator passed through', () => {
  assert.equal(toTsQuery('Ryan Crocker'), 'Ryan & Crocker:*');
  assert.equal(toTsQuery("title:'x' | !y & (z) <-> wom*"), 'title & x & y & z & wom:*');
  assert.equal(toTsQuery('Ryan Cr'), 'Ryan & Cr', 'a last word under three letters is matched whole');
  assert.equal(toTsQuery('  "()" '), null);
});
