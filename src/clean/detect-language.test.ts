import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { englishShare, looksEnglish } from './detect-language.js';

test('the example articles read as English; the French fixture does not', () => {
  const dir = join(process.cwd(), 'examples', 'baghdad-2007');
  for (const name of readdirSync(dir)) {
    const share = englishShare(readFileSync(join(dir, name), 'utf8'))!;
    assert.ok(share > 0.25, `${name}: ${share}`);
  }
  const french = readFileSync(join(process.cwd(), 'test', 'fixtures', 'bad', 'non-english.txt'), 'utf8');
  assert.equal(looksEnglish(french), false);
});

test('lower-cased Multi-News text still reads as English; short text is not judged', () => {
  const text =
    "it's the first friday of the month, and the jobs report is out. the economy added 200,000 jobs in march, the labor department said, and the unemployment rate fell to 6.7 percent from 6.9 percent.";
  assert.equal(looksEnglish(text), true);
  assert.equal(englishShare('Hola mundo'), null);
  assert.equal(looksEnglish('Hola mundo'), true);
});
