import assert from 'node:assert/strict';
import { test } from 'node:test';

/**
 * One test over a table: for every `[input, expected]` row, `run(input)` must equal `expected` (strictly; the input is
 * the failure message). Example: `testCases('RSS dates are converted to UTC', normalizePublished, [['28 May 2007', '2007-05-28']])`.
 */
export function testCases<I, O>(title: string, run: (input: I) => O, cases: readonly (readonly [input: I, expected: O])[]): void {
  test(title, () => {
    for (const [input, expected] of cases) assert.equal(run(input), expected, String(input));
  });
}
