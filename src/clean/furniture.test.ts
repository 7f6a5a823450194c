import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { ingestRecords } from '../ingest/index.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { cleanArticle } from './clean-article.js';
import { isDateLine } from './furniture-lines.js';

// Page furniture named in issue 11, on the real documents that carry it: it must not reach analysis, and the
// article's prose around it must stay.
const TEST200 = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const VAL = sharedDataPath('multinews_plus_val', 'multinews_plus_val.jsonl.gz');
const ECBPLUS = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');

const clean = (text: string): string => cleanArticle(ingestRecords([{ text }]).articles[0]!).article.text;

test('furniture is cut out of real Multi-News documents and the prose around it stays', { skip: !existsSync(TEST200) && 'shared data not present' }, () => {
  const clusters = readJsonLines<{ documents: string[] }>(TEST200, 200);
  const cases: [cluster: number, document: number, gone: RegExp, kept: string][] = [
    [87, 0, /Hide Caption|\d+ of 23 Photos|Click through the gallery/, 'Simpson is serving a nine-to-33-year prison term'],
    [196, 0, /is on sale now|rate it in iTunes|download the digital edition/, 'Royal Bodyguard Warns'],
    [172, 1, /Contains spoilers/, 'When you play the game of thrones'],
    [8, 0, /Story highlights/i, 'pleaded guilty to misdemeanor assault Monday morning'],
    [165, 0, /Story Highlights|Buy Photo|CLOSE Vanderbilt/, 'Vanderbilt University will repay an 83-year-old donation'],
    [194, 2, /Story Highlights|Name withheld pending/, 'This rattled city was grappling Tuesday'],
    [166, 2, /HIDE CAPTION|See Gallery|Discover More Like This/, 'A Florida police officer went above and beyond'],
    [141, 1, /pic\.twitter\.com|@TBInvestigation/, 'Two Knoxville banking executives are offering'],
  ];
  for (const [cluster, document, gone, kept] of cases) {
    const text = clean(clusters[cluster]!.documents[document]!);
    assert.doesNotMatch(text, gone, `cluster ${cluster} document ${document}`);
    assert.ok(text.includes(kept), `cluster ${cluster} document ${document} keeps "${kept}"`);
  }
});

test('a player notice glued to a one-line article is cut, not the article', { skip: !existsSync(VAL) && 'shared data not present' }, () => {
  const cluster = readJsonLines<{ id: string; documents: string[] }>(VAL, 5300).find((item) => item.id === 'val-5257')!;
  const text = clean(cluster.documents[0]!);
  assert.ok(text.startsWith('charlottesville, va. -- the former cab driver'), text.slice(0, 80));
});

test('date lines of ECB+ pages go; their headlines and prose stay', { skip: !existsSync(ECBPLUS) && 'shared data not present' }, () => {
  const records = readJsonLines<{ id: string; text: string }>(ECBPLUS);
  const byId = new Map(records.map((record) => [record.id, record.text]));
  const aceh = clean(byId.get('37_10ecbplus')!);
  assert.doesNotMatch(aceh, /July 03, 2013 6: 22AM/);
  assert.ok(aceh.includes('AN EARTHQUAKE killed six children'));
  const athens = clean(byId.get('8_10ecbplus')!);
  assert.ok(athens.includes('THREE PEOPLE HAVE DIED IN A BLAZE'), 'a lead in capitals is prose, not a widget');
  for (const line of [
    'WEDNESDAY 03 JULY 2013',
    'Updated: July 2, 2013 15: 01 IST',
    'PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013',
    'INDONESIA, July 2, 2013',
  ])
    assert.ok(isDateLine(line), line);
  for (const line of [
    'Police found the bodies on Saturday, June 8, 2013.',
    'In September 2009 a major earthquake near Padang city on Sumatra killed more than 1000 people.',
    // A row of a standings table on a real extraction page (4-digit points are no year).
    '3 Kevin Harvick 5033 4 6 15 26',
  ])
    assert.ok(!isDateLine(line), line);
});
