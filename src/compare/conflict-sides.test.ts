import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeTexts, readJsonLines } from '../../test/support/example-story.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { compareSources } from './index.js';

// Real ECB+ stories (CC BY 3.0) also annotated in test/fixtures/gold: the climbers of Mount Cook (topic 23) and the
// Aceh earthquake (topic 37), articles in the gold files' order.
const ECBPLUS = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');
const CLIMBERS = ['23_10ecbplus', '23_11ecbplus', '23_3ecbplus', '23_5ecbplus', '23_2ecbplus'];
const ACEH = ['37_10ecbplus', '37_11ecbplus', '37_13ecbplus', '37_1ecbplus', '37_3ecbplus'];

function compareArticles(ids: readonly string[]) {
  const byId = new Map(readJsonLines<{ id: string; text: string }>(ECBPLUS).map((article) => [article.id, article.text]));
  return compareSources(analyzeTexts(ids.map((id) => byId.get(id)!)));
}

test('a length in feet and one in metres are compared: 200 feet against 150 metres is a conflict, 2,000 ft and 609 m are not', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  const { conflicts } = compareArticles(CLIMBERS);
  const numbers = conflicts.filter((conflict) => conflict.kind === 'number').map((conflict) => conflict.sides.map((side) => side.value));
  assert.ok(
    numbers.some((values) => values.includes('about 200 feet') && values.includes('about 150 metres')),
    `Duncan Rait's fall: ${JSON.stringify(numbers)}`,
  );
  assert.ok(!numbers.some((values) => values.some((value) => /609/.test(value ?? ''))), 'around 2000ft (609 metres) agrees with 2, 000 feet');
});

test('the sources on one side of a conflict keep their shared fact: 170,000 dead (S1, S2, S4) against 230,000 (S3, S5) in Aceh', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  const { conflicts, facts } = compareArticles(ACEH);
  const toll = conflicts.find((conflict) => conflict.sides.some((side) => /^170, 000/.test(side.value ?? '')));
  assert.ok(toll, 'the 2004 toll is a conflict');
  const sides = toll.sides.map((side) => [...side.sources].sort());
  const shared = facts.filter((fact) => fact.evidence.some((item) => /170, 000/.test(item.text)) && fact.sources.length > 1);
  assert.ok(shared.length > 0, 'the sources giving 170,000 still share one fact');
  for (const fact of shared) {
    // S1, S2 and S4 carry one AFP copy: they count once, so that fact is no consensus.
    assert.equal(fact.status, fact.independent >= 2 ? 'consensus' : 'single-source');
    // A fact never holds sources of two sides.
    assert.ok(
      sides.some((side) => fact.sources.every((source) => side.includes(source))),
      `${fact.sources.join(',')} within one of ${JSON.stringify(sides)}`,
    );
  }
});
