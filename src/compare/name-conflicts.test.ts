import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze/index.js';
import { cleanArticle } from '../clean/index.js';
import type { Conflict } from '../model/index.js';
import { textArticle } from '../../test/support/example-story.js';
import { compareSources } from './index.js';

// Real sentences of two sources about one event (Multi-News test clusters, ECB+ articles), as published or with one
// detail changed the way the reader-quality evaluation plants it.
function conflictsOf(...texts: string[]): readonly Conflict[] {
  const articles = texts.map((text, index) => cleanArticle(textArticle(`S${index + 1}`, text)).article);
  return compareSources(
    articles.map((article) => analyzeDocument(article)),
    articles,
  ).conflicts;
}

const valuesOf = (conflicts: readonly Conflict[]) => conflicts.map((conflict) => conflict.sides.map((side) => side.value));

test('two neighbourhoods for the same daycare are a conflict (Chicago hot-glue story: Logan Square against Palmer Square)', () => {
  const conflicts = conflictsOf(
    'Two women were charged in connection to an incident at a Logan Square daycare in which five toddlers were injured with hot glue.',
    'Two women were charged in connection to an incident at a Palmer Square day care in which five toddlers were injured with hot glue on the Northwest Side.',
  );
  assert.deepEqual(valuesOf(conflicts), [['Logan Square', 'Palmer Square']]);
  assert.match(conflicts[0]!.note, /name different places/);
});

test('a name spelled two ways is a conflict (ECB+ climbers: Duncan Rait against Duncan Raite)', () => {
  const conflicts = conflictsOf(
    "Mr Buckley's death came a day after 36-year-old Duncan Rait was killed after slipping and falling 200ft from a ridge in the same national park.",
    "Mr Buckley's death came a day after 36-year-old Duncan Raite died when he slipped and fell around 200ft from a ridge in the same national park.",
  );
  assert.deepEqual(valuesOf(conflicts), [['Duncan Rait', 'Duncan Raite']]);
  assert.match(conflicts[0]!.note, /spell a name differently/);
});

test('a court in another state is a conflict; a state against a place in another state is not', () => {
  const court = 'A New Jersey court approved a $325,000 settlement between the cheerleaders and the Jets on Wednesday.';
  assert.deepEqual(valuesOf(conflictsOf(court, court.replace('A New Jersey', 'An Ohio'))), [['New Jersey', 'Ohio']]);
  const facility =
    'Police also began receiving reports of suspected prostitution from a North Street senior living facility, where Randy had driven at least five women.';
  assert.deepEqual(valuesOf(conflictsOf(facility, facility.replace('a North Street', 'a Massachusetts'))), [], 'a street and a state are not alternatives');
});

test('short forms, acronyms and plurals of one name are no conflict', () => {
  const pairs: [string, string][] = [
    [
      'The New Orleans Saints placed Reggie Bush on the injured list on Wednesday, ending the National Football League season for the star running back.',
      'The New Orleans Saints placed Reggie Bush on the injured list on Wednesday, ending the NFL season for the star running back.',
    ],
    [
      'Sheriff: Michigan office shooting kills 1, injures 2 at an accounting firm near Detroit.',
      'Sheriff: Mich. office shooting kills 1, injures 2 at an accounting firm near Detroit.',
    ],
    [
      'He won a Tony Award in 2004 for his role in the musical "The Boy from Oz," his publicist said.',
      'He won a Tony Awards in 2004 for his role in the musical "The Boy from Oz," his publicist said.',
    ],
  ];
  for (const [first, second] of pairs) assert.deepEqual(valuesOf(conflictsOf(first, second)), [], second);
});

test("two ages of one person are a number conflict; the same age written otherwise is not (Kalashnikov's death)", () => {
  const agedOf = 'Mikhail Kalashnikov, who died in December at the age of 94, wrote a lengthy emotional letter to Patriarch Kirill in April.';
  const aged = 'Mikhail Kalashnikov, who died in December aged 94, wrote a long emotional letter to Patriarch Kirill in April, church officials say.';
  assert.deepEqual(valuesOf(conflictsOf(agedOf, aged)), []);
  const conflicts = conflictsOf(agedOf, aged.replace('aged 94', 'aged 95'));
  assert.deepEqual(valuesOf(conflicts), [['94', '95']]);
  assert.equal(conflicts[0]!.kind, 'number');
});

test('two days of a month for one hearing are a date conflict in articles without a publication date (ECB+ office shooting)', () => {
  const undated = (text: string, id: string) => cleanArticle({ ...textArticle(id, text), published: null }).article;
  const articles = [
    undated('The judge ordered him held without bail pending his next court hearing April 19.', 'S1'),
    undated('The judge ordered him held without bond pending his next court hearing April 26.', 'S2'),
  ];
  const conflicts = compareSources(
    articles.map((article) => analyzeDocument(article)),
    articles,
  ).conflicts;
  assert.deepEqual(
    conflicts.map((conflict) => conflict.kind),
    ['date'],
  );
  assert.deepEqual(valuesOf(conflicts), [['April 19', 'April 26']]);
});

test('"reported missing on" dates the disappearance, not a statement (Humboldt missing persons)', () => {
  const conflicts = conflictsOf(
    'Rebekah Martinez was reported as missing in Humboldt County on Nov. 18, 2017.',
    'One of them was Bekah, reported missing on Nov. 18, 2016.',
  );
  assert.deepEqual(
    conflicts.map((conflict) => conflict.kind),
    ['date'],
  );
});

test('the same epicentre placed south and west of one town is a conflict; south-west and 2 km further is not (ECB+ quakes)', () => {
  const afp =
    'The quake hit inland at 0737 GMT at a depth of just 10 kilometres, 55 kilometres south of Bireun and 72 kilometres southeast of Reuleuet, the US Geological Survey said.';
  const ap =
    'The quake struck at a depth of 10 kilometers (6 miles) and its epicenter was located 55 kilometers (34 miles) west of the town of Bireun on the western tip of Sumatra island.';
  const conflicts = conflictsOf(afp, ap).filter((conflict) => /place it differently/.test(conflict.note));
  assert.deepEqual(valuesOf(conflicts), [['55 kilometres south of Bireun', '55 kilometers (34 miles) west of the town of Bireun']]);
  const bbc = "The US Geological Survey put the epicentre of Sunday's quake at about 58km (36 miles) south - west of Bandar Abbas.";
  const gulf = 'Tremors measuring 6.1 on the Richter scale 60km south west of Bandar Abbas in Iran were felt in Dubai today.';
  assert.deepEqual(valuesOf(conflictsOf(bbc, gulf)), []);
});
