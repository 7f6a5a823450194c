import { normalizePublished } from './published-date.js';
import { testCases } from '../../test/support/test-cases.js';

testCases('ISO dates and date-times are normalized', normalizePublished, [
  ['2007-05-28', '2007-05-28'],
  ['2007-05-28T14:00:00-04:00', '2007-05-28T14:00:00-04:00'],
  ['2007-05-28 14:00:00+0300', '2007-05-28T14:00:00+03:00'],
  ['2007-05-28T14:00:00.000Z', '2007-05-28T14:00:00Z'],
  ['2007-05-28T14:00', '2007-05-28T14:00:00'],
  ['20070528', '2007-05-28'],
]);

testCases('RSS dates are converted to UTC', normalizePublished, [
  ['Mon, 28 May 2007 12:00:00 GMT', '2007-05-28T12:00:00Z'],
  ['Mon, 28 May 2007 22:30:00 -0400', '2007-05-29T02:30:00Z'],
  ['28 May 2007 08:00 EDT', '2007-05-28T12:00:00Z'],
  ['28 May 2007', '2007-05-28'],
]);

testCases('written dates become calendar dates', normalizePublished, [
  ['May 28, 2007', '2007-05-28'],
  ['Monday, May 28, 2007 10:30 AM', '2007-05-28'],
  ['Sept. 3, 2014', '2014-09-03'],
]);

testCases('what cannot be read is null', normalizePublished, [
  ['', null],
  [null, null],
  [undefined, null],
  ['yesterday', null],
  ['2007-02-30', null],
  ['2007-13-01', null],
  ['Foo 12, 2007', null],
]);
