import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePublished } from './published-date.js';

test('ISO dates and date-times are normalized', () => {
  assert.equal(normalizePublished('2007-05-28'), '2007-05-28');
  assert.equal(normalizePublished('2007-05-28T14:00:00-04:00'), '2007-05-28T14:00:00-04:00');
  assert.equal(normalizePublished('2007-05-28 14:00:00+0300'), '2007-05-28T14:00:00+03:00');
  assert.equal(normalizePublished('2007-05-28T14:00:00.000Z'), '2007-05-28T14:00:00Z');
  assert.equal(normalizePublished('2007-05-28T14:00'), '2007-05-28T14:00:00');
  assert.equal(normalizePublished('20070528'), '2007-05-28');
});

test('RSS dates are converted to UTC', () => {
  assert.equal(normalizePublished('Mon, 28 May 2007 12:00:00 GMT'), '2007-05-28T12:00:00Z');
  assert.equal(normalizePublished('Mon, 28 May 2007 22:30:00 -0400'), '2007-05-29T02:30:00Z');
  assert.equal(normalizePublished('28 May 2007 08:00 EDT'), '2007-05-28T12:00:00Z');
  assert.equal(normalizePublished('28 May 2007'), '2007-05-28');
});

test('written dates become calendar dates', () => {
  assert.equal(normalizePublished('May 28, 2007'), '2007-05-28');
  assert.equal(normalizePublished('Monday, May 28, 2007 10:30 AM'), '2007-05-28');
  assert.equal(normalizePublished('Sept. 3, 2014'), '2014-09-03');
});

test('what cannot be read is null', () => {
  for (const value of ['', null, undefined, 'yesterday', '2007-02-30', '2007-13-01', 'Foo 12, 2007']) assert.equal(normalizePublished(value), null, String(value));
});
