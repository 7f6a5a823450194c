import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../test/fixtures/paths.js';
import { looksLikeHeadline } from './headline.js';
import { convertPlainText } from './text-adapter.js';

const example = (name: string): string => readFileSync(repoPath('examples', 'baghdad-2007', name), 'utf8');

test('the headline of each example becomes the title, past the NPR player chrome', () => {
  const npr = convertPlainText(example('us-envoy-cites-similarity-with-iran.txt'), 'npr.txt');
  assert.equal(npr.title, "U.S. Envoy Cites 'Similarity' with Iran on Iraq");
  assert.ok(!npr.text.includes("U.S. Envoy Cites 'Similarity'"), 'the headline leaves the body');
  assert.match(npr.text, /^Play Live Radio\n/, 'chrome stays in the text for clean to remove and record');
  assert.equal(convertPlainText(example('us-iran-talks-focus-on-iraq-security.txt'), 'jpost.txt').title, 'US-Iran talks focus on Iraq security');
  const milestone = convertPlainText(example('milestone-us-iran-talks-minimal-progress.txt'), 'm.txt');
  assert.equal(milestone.title, 'Milestone U.S.-Iran Talks Make Minimal Progress');
  assert.match(milestone.text, /^After the most formal, direct talks/);
});

test('text that does not start with a headline keeps every line and gets no title', () => {
  const lead = 'The LAPD early Monday declared an unlawful assembly on the streets surrounding City Hall.\n\nPolice lined up.';
  assert.deepEqual([convertPlainText(lead, 'x').title, convertPlainText(lead, 'x').text], [null, lead]);
  const caption =
    'Members of Occupy Philadelphia remain on site at City Hall into the evening of Nov. 28. (David M Warren / Staff Photographer)\n\nAbout 100 protesters sat down.';
  assert.equal(convertPlainText(caption, 'x').title, null);
  assert.equal(convertPlainText('Just one line without a body', 'x').title, null);
});

test('looksLikeHeadline: short, unpunctuated, title-ish lines only', () => {
  for (const line of [
    'Milestone U.S.-Iran Talks Make Minimal Progress',
    'US-Iran talks focus on Iraq security',
    'Who are the Russians who contacted the Trump campaign?',
    '\u2018Devilish desires\u2019',
  ]) {
    assert.ok(looksLikeHeadline(line), line);
  }
  for (const line of [
    'National',
    'The talks lasted four hours.',
    'CAIRO |',
    'By Dan Collyns',
    'NEW YORK (CNNMoney)',
    'Getty Images House Speaker John Boehner',
    'Tuesday, October 16, 2018',
    'March 10, 2012 10:54 am ET by MMFA Staff',
    '936 SHARES Share Tweet',
    'he said the talks would resume',
    'Crocker spoke. Then he left',
    'A very long sentence that goes on and on without ever stopping because it is in fact the first paragraph of the story itself',
  ]) {
    assert.ok(!looksLikeHeadline(line), line);
  }
});

test('HTML character references left in plain text are decoded; a bare ampersand is not one', () => {
  for (const name of ['us-envoy-cites-similarity-with-iran.txt', 'us-iran-talks-focus-on-iraq-security.txt']) {
    const original = example(name);
    const escaped = original.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    assert.deepEqual(convertPlainText(escaped, name), convertPlainText(original, name));
  }
  // Multi-News+ documents as crawled: "pulled out a smith &amp; wesson.357 magnum revolver", "image 1 of 29 &#124; new".
  assert.equal(convertPlainText('He pulled out a smith &amp; wesson.357 magnum revolver.', 'a').text, 'He pulled out a smith & wesson.357 magnum revolver.');
  assert.equal(convertPlainText('image 1 of 29 &#124; new, expanded world heritage sites', 'b').text, 'image 1 of 29 | new, expanded world heritage sites');
  assert.equal(convertPlainText('AT&T and R&D budgets rose; &copy2 stays.', 'c').text, 'AT&T and R&D budgets rose; &copy2 stays.');
});
