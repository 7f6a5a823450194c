import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ECBPLUS, UCI } from '../../test/support/story-articles.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { validateStoryListJson } from '../render/index.js';
import { runCli } from '../../test/support/run-cli.js';

const run = runCli;

interface Line {
  id: string;
  topic?: number;
  title: string;
  text: string;
  date: string | null;
  source: string | null;
}

const GERMAN = [
  'Die Bundesregierung hat am Montag in Berlin ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.',
  'Nach Angaben des Wirtschaftsministeriums sollen die Ausgaben für Wind- und Sonnenenergie in den kommenden Jahren deutlich steigen.',
  'Die Opposition kritisierte den Entwurf als unzureichend und forderte mehr Geld für die Forschung.',
  'Der Bundestag soll noch vor der Sommerpause über das Gesetz abstimmen, wie ein Sprecher der Regierung mitteilte.',
].join(' ');

const needsData = { skip: !(existsSync(ECBPLUS) && existsSync(UCI)) && 'needs ../shared/data' };

test('corroborate stories: JSON lines of ECB+ articles and UCI headlines in, a story list valid against its schema out', needsData, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-stories-'));
  try {
    const ecb = readJsonLines<Line>(ECBPLUS).filter((line) => line.topic === 1 || line.topic === 2);
    const uci = readJsonLines<Line>(UCI, 40);
    const keep = (line: Line) => ({ id: line.id, title: line.title, text: line.text, date: line.date, source: line.source });
    const input = join(dir, 'stream.jsonl');
    writeFileSync(input, [...ecb, ...uci].map((line) => JSON.stringify(keep(line))).join('\n'));
    const json = await run(['stories', input, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const list = JSON.parse(json.stdout);
    assert.deepEqual(validateStoryListJson(list), []);
    const ids = list.stories.flatMap((story: { articles: string[] }) => story.articles);
    assert.deepEqual([...ids].sort(), [...ecb, ...uci].map((line) => line.id).sort(), 'every article in exactly one story, by its own id');
    assert.match(list.order, /by publication date \(\d+ undated articles kept after the article before them\)/);
    const lohan = list.stories.find((story: { articles: string[] }) => story.articles.includes('1_10ecbplus'));
    assert.ok(!lohan.articles.includes('1_10ecb'), 'Lindsay Lohan and Tara Reid are two stories');
    const fed = list.stories.find((story: { articles: string[] }) => story.articles.includes('1'));
    assert.ok(fed.first.startsWith('2014-03-10') && fed.outlets.includes('Los Angeles Times'));
    assert.deepEqual(validateStoryListJson({ version: 1, stories: [{ id: 1 }] }).length > 0, true, 'the schema rejects a story without its fields');

    const briefs = join(dir, 'briefs');
    const markdown = await run(['stories', input, '--min-articles', '10', '--brief', briefs]);
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, new RegExp(`^# \\d+ stories from ${ecb.length + uci.length} articles`));
    assert.match(markdown.stdout, /- Articles: `1_10ecbplus`, /);
    assert.match(markdown.stdout, /Lindsay Lohan/);
    const written = readdirSync(briefs);
    assert.ok(written.length >= 2 && written.every((name) => /^story-\d+\.md$/.test(name)), written.join(', '));
    assert.match(readFileSync(join(briefs, written[0]!), 'utf8'), /^# /);
    assert.match(markdown.stderr, /wrote \d+ briefings/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corroborate stories: bad inputs are reported and the rest grouped; nothing usable exits 65', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-stories-'));
  try {
    const good = join(dir, 'good.jsonl');
    writeFileSync(
      good,
      [
        JSON.stringify({ id: 'a', title: 'Flappy Bird could return, creator says', date: '2014-03-12T01:07:06Z' }),
        '{not json',
        JSON.stringify({ id: 'b', title: 'Flappy Bird may return to iOS and Android, says developer', date: '2014-03-12T01:07:08Z' }),
        JSON.stringify({ id: 'b', title: 'Flappy Bird may return to iOS and Android, says developer', date: '2014-03-12T01:07:08Z' }),
        JSON.stringify({ id: 'c', title: 'Neues Energiegesetz beschlossen', text: GERMAN }),
      ].join('\n'),
    );
    writeFileSync(join(dir, 'junk.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const result = await run(['stories', good, join(dir, 'junk.bin'), join(dir, 'missing.txt'), '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const list = JSON.parse(result.stdout);
    const codes = list.diagnostics.map((d: { code: string }) => d.code);
    for (const code of ['invalid-json-line', 'input-not-found', 'duplicate-article', 'not-english']) assert.ok(codes.includes(code), `${code} in ${codes}`);
    const flappy = list.stories.find((story: { articles: string[] }) => story.articles.includes('a'));
    assert.deepEqual(flappy.articles, ['a', 'b'], 'the two Flappy Bird headlines are one story; the id given twice is listed once');
    const none = await run(['stories', join(dir, 'missing.txt')]);
    assert.equal(none.code, 65);
    assert.match(none.stderr, /no usable article/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
