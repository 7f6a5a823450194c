import assert from 'node:assert/strict';
import { it } from 'node:test';
import { toFtsQuery, toTsQuery } from './fts-query.js';
import { hashContent } from './content-hash.js';

it('quotes every word and makes the last a prefix, dropping FTS5 syntax', () => {
  assert.equal(toFtsQuery('Ryan Crocker'), '"Ryan" "Crocker"*');
  assert.equal(toFtsQuery('title:"NEAR(x" AND -y*'), '"title" "NEAR" "x" "AND" "y"*');
  assert.equal(toFtsQuery('  "()" '), null);
  assert.equal(toFtsQuery('Téhéran'), '"Téhéran"*');
});

it('hashes text after folding case, spacing, quotes and dashes', () => {
  assert.equal(hashContent('He said “yes” — twice.\n'), hashContent('he   said "yes" - twice.'));
  assert.notEqual(hashContent('four hours'), hashContent('five hours'));
});

it('makes the same words a to_tsquery text: all required, the last a prefix, no operator passed through', () => {
  assert.equal(toTsQuery('Ryan Crocker'), 'Ryan & Crocker:*');
  assert.equal(toTsQuery("title:'x' | !y & (z) <-> w*"), 'title & x & y & z & w:*');
  assert.equal(toTsQuery('  "()" '), null);
});
