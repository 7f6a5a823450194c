import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../model/index.js';
import { repoPath, sharedDataPath } from '../../test/fixtures/paths.js';
import { cleanArticle, mapCleanOffset, mapCleanRange } from './index.js';

const longbench = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');

function articleOf(text: string, format: Article['format'] = 'text'): Article {
  return { id: 'S1', title: null, outlet: null, url: null, published: null, byline: null, origin: 'test', format, text };
}

const readExample = (name: string): string => readFileSync(repoPath('examples', 'baghdad-2007', name), 'utf8');

test('NPR example: player residue, section label, duplicated caption, ads and copyright go', () => {
  const { article, diagnostics } = cleanArticle(articleOf(readExample('us-envoy-cites-similarity-with-iran.txt')));
  assert.deepEqual(diagnostics, []);
  for (const junk of [
    'Play Live Radio',
    'Next Up:',
    '0:00',
    'Available On Air Stations',
    'Watch Live',
    'Advertisement',
    'Copyright 2022 NPR',
    'attend a meeting on security',
  ]) {
    assert.ok(!article.text.includes(junk), `left in: ${junk}`);
  }
  assert.deepEqual(article.removed.slice(0, 7), ['Play Live Radio', 'Next Up:', '0:00', '0:00', 'Available On Air Stations', 'Watch Live', 'National']);
  assert.equal(article.removed.filter((line) => line.startsWith('U.S. Ambassador to Iraq Ryan Crocker, right')).length, 2);
  assert.match(article.text, /^U\.S\. Envoy Cites 'Similarity' with Iran on Iraq\n\n/);
  assert.match(article.text, /"trilateral security mechanism"/);
  assert.ok(!/\n{3,}/.test(article.text), 'paragraphs are separated by exactly one blank line');
});

test('Jerusalem Post example: photo credits, repeated caption and the glued AP trailer go', () => {
  const { article } = cleanArticle(articleOf(readExample('us-iran-talks-focus-on-iraq-security.txt')));
  assert.deepEqual(article.removed, ['iran us meeting 298 (photo credit: AP)', 'iran us meeting 298', '(photo credit: AP)', 'AP contributed to this report.']);
  assert.match(article.text, /a policy of rapprochement\.$/);
  assert.ok(!article.text.includes('298'));
});

test('an article without boilerplate keeps every word', () => {
  const source = readExample('milestone-us-iran-talks-minimal-progress.txt');
  const { article } = cleanArticle(articleOf(source));
  assert.deepEqual(article.removed, []);
  assert.equal(article.text.split(/\s+/).length, source.trim().split(/\s+/).length);
});

test('curly quotes become straight and every offset maps back to the same character', () => {
  const source = 'Crocker said: \u201cWe will  consider\u00a0that.\u201d\n \n \u2018Devilish desires\u2019 \n\nIt\u2019s over.';
  const { article } = cleanArticle(articleOf(source));
  assert.equal(article.text, "Crocker said: \"We will consider that.\"\n\n'Devilish desires'\n\nIt's over.");
  const straight = (c: string): string =>
    c
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s/g, ' ');
  for (let i = 0; i < article.text.length; i++) {
    const char: string = article.text.charAt(i);
    if (char === '\n') continue;
    assert.equal(straight(source.charAt(mapCleanOffset(article.offsets, i))), char, `offset ${i}`);
  }
  const start = article.text.indexOf('consider');
  const [from, to] = mapCleanRange(article.offsets, start, start + 'consider'.length);
  assert.equal(source.slice(from, to), 'consider');
});

test('hard-wrapped paragraphs are joined, one-line paragraphs are not', () => {
  const wrapped =
    'The United States ambassador in Baghdad said he and his\nIranian counterpart agreed broadly on policy toward Iraq\nduring four hours of talks on Monday, officials in the\ncapital said.';
  assert.equal(cleanArticle(articleOf(wrapped)).article.text.split('\n').length, 1);
  const lines = 'Crocker described the meeting as businesslike.\nHe said Iran proposed a mechanism.';
  assert.equal(cleanArticle(articleOf(lines)).article.text, lines);
});

test('a document that is only crawl boilerplate ends up empty with a boilerplate-only warning', () => {
  const alexa =
    'Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.';
  const { article, diagnostics } = cleanArticle(articleOf(alexa, 'multinews'));
  assert.equal(article.text, '');
  assert.deepEqual(article.removed, [alexa]);
  assert.equal(diagnostics[0]?.code, 'boilerplate-only');
  assert.equal(diagnostics[0]?.source, 'S1');
  const twitter = "We've detected that JavaScript is disabled in your browser. Would you like to proceed to legacy Twitter? \n \n Yes";
  assert.equal(cleanArticle(articleOf(twitter, 'multinews')).article.text, '');
});

test('a short genuine article is not mistaken for boilerplate', () => {
  const text = 'Doctors have upgraded the condition of the alleged gunman in the deadly rampage at Los Angeles International Airport.';
  const { article, diagnostics } = cleanArticle(articleOf(text));
  assert.equal(article.text, text);
  assert.deepEqual(diagnostics, []);
});

test('real Multi-News documents: crawl notices emptied, news kept, no crash', (t) => {
  if (!existsSync(longbench)) return t.skip('shared data not present');
  const rows = gunzipSync(readFileSync(longbench)).toString('utf8').trim().split('\n').slice(0, 60);
  let emptied = 0;
  let kept = 0;
  let long = 0;
  for (const row of rows) {
    for (const document of (JSON.parse(row) as { documents: string[] }).documents) {
      const { article, diagnostics } = cleanArticle(articleOf(document, 'multinews'));
      if (/Alexa Internet has been donating|These crawls are part of an effort/.test(document)) {
        assert.equal(article.text, '');
        assert.equal(diagnostics[0]?.code, 'boilerplate-only');
        emptied++;
      } else if (document.length > 2000) {
        long++;
        // A few long documents are photo galleries made only of captions: those lose most of their text.
        if (article.text.length > document.length * 0.6) kept++;
      }
      assert.ok(!/\n{3,}/.test(article.text));
    }
  }
  assert.ok(emptied >= 3, `emptied ${emptied}`);
  assert.ok(kept >= long * 0.95 && long >= 50, `${kept} of ${long} long documents keep most of their text`);
});

/** Greedy wrapping at `width`, as `fmt` does it: the first line indented by `indent`, counted in the width. */
function wrapParagraph(paragraph: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.trim() === '' ? line + word : `${line} ${word}`;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

test('hard-wrapped text (plain-text wire copy) cleans like its unwrapped original: captions and crawl notices still go, no sentence cut at a line end', (t) => {
  if (!existsSync(longbench)) return t.skip('shared data not present');
  const rows = gunzipSync(readFileSync(longbench)).toString('utf8').trim().split('\n').slice(0, 60);
  const documents = rows.flatMap((row) => (JSON.parse(row) as { documents: string[] }).documents);
  documents.push(...['us-envoy-cites-similarity-with-iran.txt', 'us-iran-talks-focus-on-iraq-security.txt'].map(readExample));
  const paragraphsOf = (text: string): string[] =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const flat = (text: string): string => text.replace(/\n+/g, '\n');
  // Paragraphs apart by blank lines; paragraphs marked only by an indented first line.
  const styles = {
    blankLines: (text: string) =>
      paragraphsOf(text)
        .map((p) => wrapParagraph(p, 72).join('\n'))
        .join('\n\n'),
    indented: (text: string) =>
      paragraphsOf(text)
        .map((p) => wrapParagraph(p, 72, 3).join('\n'))
        .join('\n'),
  };
  for (const [style, wrap] of Object.entries(styles)) {
    const differing: string[] = [];
    for (const document of documents) {
      const original = cleanArticle(articleOf(document, 'multinews')).article;
      const cleaned = cleanArticle(articleOf(wrap(document), 'multinews')).article;
      if (flat(cleaned.text) !== flat(original.text)) differing.push(original.text.slice(0, 60));
    }
    // A text too short to show its width (two lines of a tweet) stays as it came.
    assert.ok(differing.length <= documents.length * 0.05, `${style}: ${differing.length} of ${documents.length} differ: ${differing.slice(0, 5).join(' | ')}`);
  }
  // The first Multi-News document opens with a photo caption that wraps over two lines: it goes whole.
  const first = documents[0]!;
  for (const wrap of Object.values(styles)) {
    const cleaned = cleanArticle(articleOf(wrap(first), 'multinews')).article;
    assert.ok(cleaned.text.startsWith('About 100 Occupy Philly protesters sat down'), cleaned.text.slice(0, 80));
    assert.deepEqual(cleaned.removed[0]?.replace(/\s+/g, ' '), cleanArticle(articleOf(first, 'multinews')).article.removed[0]);
  }
});

test('cleanArticle rejects a non-article', () => {
  assert.throws(() => cleanArticle(null as unknown as Article), /cleanArticle: expected an Article/);
});

test('an article that came as one line keeps its text; the copyright notice glued to its end is cut', () => {
  // The example's AP copy, flattened to one line (as feeds and scrapers often deliver it), with AP's notice.
  const lead = readExample('us-iran-talks-focus-on-iraq-security.txt').split('\n').slice(1, 4).join(' ').replace(/\s+/g, ' ').trim();
  const notice = 'Copyright 2007 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
  const cleaned = cleanArticle(articleOf(`${lead} ${notice}`));
  assert.equal(cleaned.article.text.trim(), lead);
  assert.deepEqual(cleaned.article.removed, [notice]);
  // A notice that is its own line is still boilerplate.
  assert.deepEqual(cleanArticle(articleOf(`${lead}\n${notice}`)).article.removed, [notice]);
});

test('a line met again later goes, unless the text repeats lines by design (a meal plan of six eating plans)', () => {
  const story = [
    'FILE - In this Jan. 23, 2018, file photo, Sen. Susan Collins, R-Maine, speaks during a TV news interview on Capitol Hill.',
    'Collins said Tuesday she would vote for the bill after changes to the health care provisions were made by the leadership.',
    'FILE - In this Jan. 23, 2018, file photo, Sen. Susan Collins, R-Maine, speaks during a TV news interview on Capitol Hill.',
    'The vote is expected later this week, and the leadership needs every Republican vote to pass the measure in the Senate.',
  ].join('\n\n');
  const once = cleanArticle(articleOf(story)).article;
  assert.equal(once.text.split('FILE - In this Jan. 23').length, 2, 'an accidental repeat is kept once');
  const plans = ['A', 'B', 'C', 'D', 'E', 'F']
    .map((plan, i) =>
      [
        `Meal Prep Menu for Eating Plan ${plan}`,
        'Pre-Workout Meal',
        'Eat 60–90 minutes before your workout',
        `Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs, ${i + 1} slice whole-grain toast]`,
        'Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.',
        'Meal 1',
        'Eat every 2–3 hours',
      ].join('\n\n'),
    )
    .join('\n\n');
  const plan = cleanArticle(articleOf(plans)).article;
  assert.equal(plan.text.split('Pre-Workout Meal').length, 7, 'each plan keeps its headings');
  assert.equal(plan.text.split('Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.').length, 7);
});
