import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { ECBPLUS, loadEcbTopics, loadExampleStoryArticles } from '../../test/support/story-articles.js';
import { assignArticles, listStories, orderArticles } from './index.js';

test('the example story is one story, with its people and places', () => {
  const articles = loadExampleStoryArticles();
  const { assignments } = assignArticles(null, articles);
  const [story, ...rest] = listStories(articles, assignments);
  assert.deepEqual(rest, []);
  assert.equal(story!.articles.length, 3);
  assert.equal(story!.sources, 3, 'no outlet known: each article counts as a source');
  const names = story!.entities.map((entity) => entity.name);
  assert.ok(names.includes('Ryan Crocker') && names.includes('Baghdad'), names.join(', '));
  assert.match(story!.title ?? '', /Iran/);
});

test('ECB+ topic 2 beside the example story: biggest story first, titles from the story, outlets counted', {
  skip: !existsSync(ECBPLUS) && 'needs ../shared/data',
}, () => {
  const { articles } = loadEcbTopics([2]);
  const all = [...loadExampleStoryArticles(), ...articles];
  const { assignments } = assignArticles(null, all);
  const stories = listStories(all, assignments);
  assert.ok(stories.length >= 3);
  assert.ok(stories.every((story, i) => i === 0 || stories[i - 1]!.articles.length >= story.articles.length));
  const oscars = stories[0]!;
  assert.match(oscars.title ?? '', /Oscar|Academy|host/i);
  assert.ok(oscars.outlets.length > 1 && oscars.sources >= oscars.outlets.length);
  assert.ok(!stories.some((story) => story.articles.some((id) => id.endsWith('.txt')) && story.articles.some((id) => id.includes('ecb'))));
  assert.throws(() => listStories(all, [{ article: 'nope', story: 1, opened: true, similarity: 0 }]), /not among the articles/);
});

test('the arrival order: by date, undated articles after the one before them, input order when none is dated', () => {
  const at = (id: string, published: string | null) => ({ id, title: null, outlet: null, published, headline: null, body: null });
  const dated = orderArticles([at('b', '2014-03-11'), at('a', '2014-03-10'), at('c', '2014-03-11')]);
  assert.deepEqual(
    dated.articles.map((a) => a.id),
    ['a', 'b', 'c'],
  );
  assert.equal(dated.by, 'published');
  const mixed = orderArticles([at('late', '2014-03-12'), at('after-late', null), at('early', '2014-03-01')]);
  assert.deepEqual(
    mixed.articles.map((a) => a.id),
    ['early', 'late', 'after-late'],
  );
  assert.match(mixed.note, /1 undated article kept/);
  const undated = orderArticles([at('x', null), at('y', 'not a date')]);
  assert.deepEqual(
    undated.articles.map((a) => a.id),
    ['x', 'y'],
  );
  assert.equal(undated.by, 'input');
});
