import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeEntityKey } from './entity-keys.js';
import { analyzeDocument } from './index.js';
import { makeClean } from '../../test/fixtures/analyze/example-docs.js';

function entitiesOf(text: string) {
  return analyzeDocument(makeClean(text)).entities;
}

function find(text: string, surface: string) {
  return entitiesOf(text).find((entity) => entity.text === surface);
}

test('a title is stripped into the description and the name keeps exact offsets', () => {
  const text = 'After the most formal, direct talks, U.S. Ambassador to Iraq Ryan Crocker today said the two sides found "broad agreement".';
  const crocker = find(text, 'Ryan Crocker');
  assert.ok(crocker);
  assert.equal(crocker.type, 'person');
  assert.equal(crocker.description, 'U.S. Ambassador to Iraq');
  assert.equal(text.slice(crocker.start, crocker.end), 'Ryan Crocker');
  assert.equal(crocker.entity, 'ryan crocker');
  // The places inside the title are still places.
  assert.deepEqual(
    entitiesOf(text)
      .filter((e) => e.type === 'place')
      .map((e) => e.entity),
    ['united states', 'iraq'],
  );
});

test('a surname later in the text is the same person, with the full name', () => {
  const text = 'US Ambassador to Iraq Ryan Crocker held the talks in Baghdad.\nCrocker said the Iranians wanted to propose a second session.';
  const surname = find(text, 'Crocker');
  assert.equal(surname?.type, 'person');
  assert.equal(surname?.entity, 'ryan crocker');
  assert.equal(surname?.name, 'Ryan Crocker');
});

test('"al-" names: possessive stripped, prefix folded, capitalized variant resolved', () => {
  const text = "The talks were held at Iraqi Prime Minister Nouri al-Maliki's Green Zone office.\nAl-Maliki did not attend the meeting.";
  const full = find(text, 'Nouri al-Maliki');
  assert.equal(full?.description, 'Iraqi Prime Minister');
  assert.equal(full?.entity, 'nouri maliki');
  assert.equal(find(text, 'Al-Maliki')?.entity, 'nouri maliki');
  assert.equal(find(text, 'Green Zone')?.type, 'place');
});

test('appositives before and after a name become its description', () => {
  const after = find(
    'In the course of the meeting, Ali al-Dabagh, a government spokesman, told reporters that the session was proceeding cordially.',
    'Ali al-Dabagh',
  );
  assert.equal(after?.description, 'government spokesman');
  const before = find(
    'The Associated Press reported later that the Iranian envoy, Hassan Kazemi Qomi, claimed another meeting would be held within a month.',
    'Hassan Kazemi Qomi',
  );
  assert.equal(before?.description, 'Iranian envoy');
  assert.equal(before?.type, 'person');
});

test('a misspelt title before a known full name is split off ("U.S. Amabassador")', () => {
  const text = 'U.S. Ambassador to Iraq Ryan Crocker met Iranian officials.\nIran did not respond directly, U.S. Amabassador Ryan Crocker said.';
  const mentions = entitiesOf(text).filter((e) => e.entity === 'ryan crocker');
  assert.equal(mentions.length, 2);
  assert.equal(mentions[1]!.text, 'Ryan Crocker');
  assert.equal(mentions[1]!.description, 'U.S. Amabassador');
});

test('outlets, agencies and institutions are organizations; suffixes make organizations', () => {
  const text =
    'Analysis from Abbas Milani of Stanford University\nThe moves indicate how the State Department has adjusted its policy, NPR and the Associated Press reported.';
  assert.equal(find(text, 'Stanford University')?.type, 'organization');
  assert.equal(find(text, 'State Department')?.type, 'organization');
  assert.equal(find(text, 'NPR')?.type, 'organization');
  assert.equal(find(text, 'Associated Press')?.type, 'organization');
  assert.equal(find(text, 'Abbas Milani')?.type, 'person');
});

test('spelling variants of places share a key: Teheran/Tehran, US/U.S./United States/America', () => {
  const text = "In its first formal talks with Iran in decades, the US pressed Teheran's envoy; the United States and America agree, U.S. officials said.";
  const keys = entitiesOf(text)
    .filter((e) => e.type === 'place')
    .map((e) => e.entity);
  assert.deepEqual(keys, ['iran', 'united states', 'tehran', 'united states', 'united states', 'united states']);
  assert.equal(normalizeEntityKey('Teheran', 'place'), 'tehran');
  assert.equal(normalizeEntityKey("Al-Maliki's", 'person'), 'maliki');
  assert.equal(normalizeEntityKey('Müller'), 'muller');
});

test('hyphenated names are split where they join two places ("US-Iran", "U.S.-controlled")', () => {
  const text = 'He stressed that the meeting was not a bilateral US-Iran event in the U.S.-controlled Green Zone.';
  const names = entitiesOf(text).map((e) => `${e.type}:${e.text}`);
  assert.deepEqual(names, ['place:US', 'place:Iran', 'place:U.S.', 'place:Green Zone']);
});

test('negative: demonyms, religious groups, months, weekdays and sentence openers are not entities', () => {
  const text =
    'Sunni extremists have dug in there, intimidating locals and attacking U.S. troops.\nMay 2007 has been one of the bloodiest months, Iraqi and Iranian officials said on Monday.\nInstead, the purpose was to lay out concrete concerns.';
  const names = entitiesOf(text).map((e) => e.text);
  assert.deepEqual(names, ['U.S.']);
});

test('negative: a title-case headline keeps only known names', () => {
  const names = entitiesOf('Milestone U.S.-Iran Talks Make Minimal Progress').map((e) => `${e.type}:${e.text}`);
  assert.deepEqual(names, ['place:U.S.', 'place:Iran']);
});
