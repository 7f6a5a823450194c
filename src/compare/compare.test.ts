import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conflict } from '../model/index.js';
import { loadExampleStory } from '../../test/support/example-story.js';
import { compareSources } from './index.js';

const { articles, docs } = loadExampleStory();
const analysis = compareSources(docs, articles);
const conflictOn = (kind: Conflict['kind'], pattern: RegExp): Conflict | undefined =>
  analysis.conflicts.find((conflict) => conflict.kind === kind && conflict.sides.some((side) => pattern.test(side.claim)));
const claims = (conflict: Conflict): string => conflict.sides.map((side) => side.claim).join(' | ');

test('attended / did not attend: al-Maliki hosted the meeting (S1) but did not attend it (S2)', () => {
  const conflict = conflictOn('negation', /Al-Maliki did not attend the meeting/);
  assert.ok(conflict, 'negation conflict on al-Maliki attending');
  assert.ok(conflict.sides.some((side) => side.sources.includes('S1') && /participated in by Iraqi Prime Minister Nouri al-Maliki/.test(side.claim)));
  assert.match(conflict.note, /S2 says/);
});

test('responded / denied: Iran did not respond directly (S2) but denied the allegations (S1)', () => {
  const conflict = conflictOn('negation', /Iran did not respond directly/);
  assert.ok(conflict);
  assert.ok(conflict.sides.some((side) => side.sources.includes('S1') && /denied the allegations/.test(side.claim)));
});

test('Crocker quoted in different words about diplomats and substance is a quote conflict', () => {
  const conflict = conflictOn('quote', /lot of substance to take up a lot of time/);
  assert.ok(conflict);
  assert.deepEqual(conflict.sides.flatMap((side) => side.sources).sort(), ['S1', 'S2']);
  assert.match(conflict.note, /Crocker/);
});

test('approximations and different quantities are not number conflicts', () => {
  // "almost three decades", "more than a quarter-century", "about 25 years"; "four hours" and a "15-minute news
  // conference"; "more than 20 people" killed and "more than a dozen people" kidnapped.
  const numbers = analysis.conflicts.filter((conflict) => conflict.kind === 'number');
  assert.deepEqual(numbers.map(claims), []);
});

test('no false date, attribution or syndicated-copy conflicts on the example', () => {
  assert.deepEqual(analysis.conflicts.filter((conflict) => conflict.kind === 'date').map(claims), []);
  assert.deepEqual(analysis.conflicts.filter((conflict) => conflict.kind === 'attribution').map(claims), []);
  assert.ok(!conflictOn('negation', /proceeding cordially/));
});

test('the same quote in two sources is one quote, its speaker resolved through "he said"', () => {
  const quote = analysis.quotes.find((candidate) => candidate.text.startsWith('There are good intentions'));
  assert.ok(quote);
  assert.deepEqual(quote.sources, ['S2', 'S3']);
  assert.match(quote.speaker ?? '', /Dabagh/);
  assert.equal(quote.evidence.length, 2);
});

test('quotes are exact substrings of their sources, never paraphrases', () => {
  const byId = new Map(docs.map((doc) => [doc.source, doc]));
  for (const quote of analysis.quotes) {
    assert.ok(
      quote.evidence.some((evidence) => evidence.text === quote.text),
      `quote text is one of its evidence slices: ${quote.text}`,
    );
    for (const evidence of quote.evidence) assert.equal(byId.get(evidence.source)!.text.slice(evidence.start, evidence.end), evidence.text);
    for (const variant of quote.variants) assert.ok(docs.some((doc) => doc.text.includes(variant)));
  }
  // S1 paraphrases Crocker ("the purpose of the meeting was not to discuss further meetings"): no quote of that.
  assert.ok(!analysis.quotes.some((quote) => quote.text.includes('discuss further meetings')));
});

test('entities merge surname, title, "al-" and spelling variants across sources', () => {
  const named = (pattern: RegExp) => analysis.entities.find((entity) => pattern.test(entity.name));
  const crocker = named(/^Ryan Crocker$/);
  assert.ok(crocker);
  assert.ok(crocker.aliases.includes('Crocker'));
  assert.deepEqual(crocker.sources, ['S1', 'S2', 'S3']);
  assert.match(crocker.description ?? '', /Ambassador/);
  const maliki = named(/Maliki/);
  assert.ok(maliki?.aliases.some((alias) => /^al-Maliki$|^Maliki$/i.test(alias)));
  const tehran = named(/^Tehran$/);
  assert.ok(tehran?.aliases.includes('Teheran'));
  const us = named(/^United States$/);
  assert.ok(us?.aliases.includes('U.S.') && us.aliases.includes('US'));
  assert.deepEqual(
    analysis.entities.map((entity) => entity.id),
    analysis.entities.map((_, index) => `E${index + 1}`),
  );
});

test('consensus facts count syndicated sources once; conflicted groups are not consensus', () => {
  const consensus = analysis.facts.filter((fact) => fact.status === 'consensus');
  assert.ok(consensus.length >= 3);
  for (const fact of consensus) assert.ok(fact.independent >= 2);
  assert.ok(!consensus.some((fact) => /did not attend/.test(fact.text)));
  const view = analysis.perSource.find((entry) => entry.source === 'S1');
  assert.ok(view && view.adds.length > 0);
  for (const id of view.adds) assert.deepEqual(analysis.facts.find((fact) => fact.id === id)!.sources, ['S1']);
});

test('the timeline holds resolved dates with evidence, sorted', () => {
  assert.ok(analysis.timeline.length > 0);
  const dates = analysis.timeline.map((event) => event.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(
    analysis.timeline.some((event) => event.date === '2007-05-28'),
    'Monday and "today" resolve to 28 May 2007',
  );
});

test('the analysis is deterministic', () => {
  assert.deepEqual(compareSources(docs, articles), analysis);
});
