import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ECBPLUS, prepareLabelled } from '../../test/support/story-articles.js';
import { readJsonLines } from '../../test/support/example-story.js';
import { openSqliteStore, type NewArticle } from '../store/index.js';
import { assignArticles } from '../stories/index.js';
import { addToStream } from './stream-articles.js';

const needsData = { skip: !existsSync(ECBPLUS) && 'needs ../shared/data' };

interface Line {
  id: string;
  story: string;
  title: string;
  text: string;
  source: string | null;
  topic: number;
}

const toNew = (line: Line): NewArticle => ({
  title: line.title,
  text: line.text,
  outlet: line.source,
  url: null,
  published: null,
  byline: null,
  format: 'json',
  origin: line.id,
});

test('ECB+ topics 1 and 3 streamed into a store in batches, with a restart: the stories of one clusterer call, nothing twice', needsData, async () => {
  const lines = readJsonLines<Line>(ECBPLUS).filter((line) => line.topic === 1 || line.topic === 3);
  const { articles } = prepareLabelled(lines.map((line) => ({ id: line.id, story: line.story, title: line.title, text: line.text, outlet: line.source })));
  const expected = assignArticles(null, articles).assignments;
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-stream-'));
  try {
    let store = openSqliteStore(dir);
    const storyOf = new Map<string, number>();
    for (let i = 0; i < lines.length; i += 7) {
      if (i === 28) {
        // A restart: the next process reads the clusterer's state from the store.
        await store.close();
        store = openSqliteStore(dir);
      }
      const batch = lines.slice(i, i + 7);
      const outcome = await addToStream(
        store,
        batch.map((line) => ({ article: toNew(line), key: `ecb:${line.id}` })),
      );
      outcome.results.forEach((result, n) => {
        assert.equal(result.status, 'added', `${batch[n]!.id}: ${JSON.stringify(result).slice(0, 200)}`);
        if (result.status === 'added') storyOf.set(batch[n]!.id, result.story);
      });
    }
    // The same partition as one call of the clusterer (story ids differ: the store numbers its own).
    const pairs = (story: (id: string) => number | undefined) => lines.flatMap((a, i) => lines.slice(i + 1).map((b) => story(a.id) === story(b.id)));
    const byCluster = new Map(expected.map((assignment) => [assignment.article, assignment.story]));
    assert.deepEqual(
      pairs((id) => storyOf.get(id)),
      pairs((id) => byCluster.get(id)),
    );
    // Fed again (a watcher that restarted before saving its feed state): every item is a duplicate.
    const again = await addToStream(
      store,
      lines.slice(0, 10).map((line) => ({ article: toNew(line), key: `ecb:${line.id}` })),
    );
    assert.deepEqual(new Set(again.results.map((result) => result.status)), new Set(['duplicate']));
    assert.equal(again.changed.length, 0);
    const stories = await store.listStories({ limit: 500 });
    assert.equal(stories.total, new Set(storyOf.values()).size);
    assert.ok(stories.stories.every((story) => story.automatic));
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ECB+ topics 8-14 streamed in batches: the stories the split check moves articles out of and into are reported changed', needsData, async () => {
  const lines = readJsonLines<Line>(ECBPLUS).filter((line) => line.topic >= 8 && line.topic <= 14);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-stream-'));
  const store = openSqliteStore(dir);
  const members = async (): Promise<Map<number, string>> => {
    const stories = (await store.listStories({ limit: 500 })).stories;
    return new Map(await Promise.all(stories.map(async (story) => [story.id, (await store.listArticles(story.id)).map((a) => a.id).join(',')] as const)));
  };
  try {
    let before = await members();
    let onlyMoved = 0;
    for (let i = 0; i < lines.length; i += 7) {
      const outcome = await addToStream(
        store,
        lines.slice(i, i + 7).map((line) => ({ article: toNew(line), key: `ecb:${line.id}` })),
      );
      const now = await members();
      const differ = [...new Set([...before.keys(), ...now.keys()])].filter((story) => before.get(story) !== now.get(story));
      const receiving = new Set(outcome.results.flatMap((result) => (result.status === 'added' ? [result.story] : [])));
      onlyMoved += differ.filter((story) => !receiving.has(story)).length;
      assert.deepEqual(
        [...outcome.changed].sort((a, b) => a - b),
        differ.sort((a, b) => a - b),
        `batch at ${i}: the stories reported changed are those whose articles changed`,
      );
      before = now;
    }
    assert.ok(onlyMoved > 0, 'some story changed only by the clusterer moving articles (else this test tests nothing)');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad items in a stream batch are reported and skipped while the rest are stored', needsData, async () => {
  const [one, two] = readJsonLines<Line>(ECBPLUS, 2);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-stream-'));
  const store = openSqliteStore(dir);
  try {
    const german: NewArticle = {
      ...toNew(one!),
      origin: 'de',
      title: 'Erdbeben in Kalifornien',
      text: 'Ein starkes Erdbeben hat am Montag den Norden Kaliforniens erschüttert. Die Behörden meldeten zunächst keine Verletzten, aber mehrere Häuser wurden beschädigt und die Stromversorgung fiel in einigen Orten aus. Nach Angaben der Erdbebenwarte lag das Zentrum des Bebens etwa zwanzig Kilometer von der Küste entfernt in einer Tiefe von zehn Kilometern. Zahlreiche Nachbeben wurden im Laufe des Tages registriert, und viele Bewohner verbrachten die Nacht im Freien.',
    };
    const outcome = await addToStream(store, [
      { article: toNew(one!), key: 'a' },
      { article: { ...toNew(two!), text: '   ' }, key: 'b' },
      { article: toNew(one!), key: 'c' },
      { article: toNew(two!), key: 'a' },
      { article: german, key: 'd' },
    ]);
    assert.deepEqual(
      outcome.results.map((result) => result.status),
      ['added', 'skipped', 'skipped', 'skipped', 'added'],
    );
    const codes = outcome.diagnostics.map((d) => d.code);
    for (const code of ['no-text', 'not-english']) assert.ok(codes.includes(code), `${code} in ${codes}`);
    assert.ok(
      codes.some((code) => /date/.test(code)),
      `a date diagnostic in ${codes}`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
