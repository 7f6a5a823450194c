import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { sharedDataPath } from '../../../test/fixtures/paths.js';
import { readStoryData } from './read-story-data.js';
import { splitOfGroup } from './split.js';

const ecbplus = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');

test('the split is a fixed hash of the group: the same every time, both parts used', () => {
  const groups = Array.from({ length: 200 }, (_, i) => `story-${i}`);
  const parts = groups.map(splitOfGroup);
  assert.deepEqual(groups.map(splitOfGroup), parts);
  const tune = parts.filter((part) => part === 'tune').length;
  assert.ok(tune > 70 && tune < 130, `${tune} of 200 in the tuning part`);
});

test('ECB+ splits by topic: both confusable stories of a topic fall in the same part', { skip: !existsSync(ecbplus) && 'needs ../shared/data' }, async () => {
  const all = await readStoryData(ecbplus);
  assert.equal(all.length, 982);
  const partOfTopic = new Map<string, Set<string>>();
  for (const article of all) (partOfTopic.get(article.group) ?? partOfTopic.set(article.group, new Set()).get(article.group)!).add(article.split);
  assert.equal(partOfTopic.size, 43);
  assert.ok([...partOfTopic.values()].every((parts) => parts.size === 1));
  const tune = await readStoryData(ecbplus, { split: 'tune' });
  const test = await readStoryData(ecbplus, { split: 'test' });
  assert.equal(tune.length + test.length, 982);
  assert.ok(tune.length > 300 && test.length > 300);
  // Ingest's record adapter read the fields: date → published (null here), source → outlet, the id kept.
  const first = all[0]!;
  assert.equal(first.record.id, '1_10ecb');
  assert.equal(first.story, '1ecb');
  assert.equal(first.record.outlet, null);
  const plus = all.find((article) => article.record.id === '1_10ecbplus')!;
  assert.ok(plus.record.outlet && plus.record.outlet.length > 0);
});
