import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { validateBriefingJson } from '../render/index.js';
import { join } from 'node:path';
import { BRIEFING_FORMATS } from './briefing-service.js';
import { checkSchema, EXAMPLES_DIR, startTestServer, type TestServer } from '../../test/support/test-server.js';

const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

type Json = Record<string, any>;

describe('HTTP API over real HTTP', () => {
  let server: TestServer;
  let storyId = 0;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body instanceof FormData || typeof body === 'string') init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const response = await fetch(`${server.url}${path}`, init);
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json') && text ? (JSON.parse(text) as Json) : null;
    return { status: response.status, headers: response.headers, text, json };
  };
  const expectError = (result: { status: number; json: Json | null }, status: number, code: string) => {
    assert.equal(result.status, status);
    assert.deepEqual(checkSchema('Error', result.json), []);
    assert.equal(result.json?.error.code, code);
    assert.ok(result.json?.error.message.length > 10, 'the message says what was wrong');
  };

  before(async () => {
    server = await startTestServer();
  });
  after(async () => server.close());

  it('creates a story: 201, Location, the documented shape', async () => {
    const created = await call('POST', '/api/stories', { title: 'US–Iran talks in Baghdad' });
    assert.equal(created.status, 201);
    assert.deepEqual(checkSchema('Story', created.json), []);
    storyId = created.json!.id;
    assert.equal(created.headers.get('location'), `/api/stories/${storyId}`);
    assert.equal((await call('POST', '/api/stories')).status, 201, 'the body is optional');
  });

  it('adds the example articles as multipart files, then reports the same files as duplicates', async () => {
    const form = new FormData();
    for (const name of exampleFiles) form.append('files', new Blob([readFileSync(join(EXAMPLES_DIR, name))], { type: 'text/plain' }), name);
    const added = await call('POST', `/api/stories/${storyId}/articles`, form);
    assert.equal(added.status, 201);
    assert.deepEqual(checkSchema('AddResult', added.json), []);
    assert.equal(added.json!.added.length, 3);
    assert.equal(added.json!.story.articleCount, 3);
    const again = await call('POST', `/api/stories/${storyId}/articles`, form);
    assert.equal(again.status, 200);
    assert.deepEqual(
      again.json!.duplicates.map((d: Json) => d.reason),
      ['content', 'content', 'content'],
    );
  });

  it('serves the briefing per the JSON contract, cached, with ETag and 304', async () => {
    const first = await call('GET', `/api/stories/${storyId}/briefing`);
    assert.equal(first.status, 200);
    assert.deepEqual(validateBriefingJson(first.json), []);
    assert.deepEqual(checkSchema('Briefing', first.json), []);
    assert.equal(first.json!.sources.length, 3);
    assert.ok((await server.store.getBriefing(storyId)) !== null, 'the briefing is cached in the store');
    const etag = first.headers.get('etag')!;
    const second = await call('GET', `/api/stories/${storyId}/briefing`);
    assert.equal(second.text, first.text);
    assert.equal((await call('GET', `/api/stories/${storyId}/briefing`, undefined, { 'if-none-match': etag })).status, 304);
    const md = await call('GET', `/api/stories/${storyId}/briefing?format=md`);
    assert.match(md.text, /^# /);
    const html = await call('GET', `/api/stories/${storyId}/briefing?format=html`);
    assert.match(html.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(html.text, /^<!DOCTYPE html>/);
    for (const format of BRIEFING_FORMATS) {
      const served = await call('GET', `/api/stories/${storyId}/briefing?format=${format.name}`);
      assert.equal(served.status, 200, format.name);
      assert.equal(served.headers.get('content-type')?.toLowerCase(), format.mediaType, format.name);
      assert.ok(served.headers.get('etag')?.endsWith(`-${format.name}"`), format.name);
    }
    expectError(await call('GET', `/api/stories/${storyId}/briefing?format=fragment`), 400, 'bad-request');
    expectError(await call('GET', `/api/stories/${storyId}/briefing?format=pdf`), 400, 'bad-request');
  });

  it('re-briefs when an article is added: new version, new ETag, one more source', async () => {
    const before = await call('GET', `/api/stories/${storyId}/briefing`);
    const added = await call('POST', `/api/stories/${storyId}/articles`, {
      title: 'Iran and US envoys meet',
      outlet: 'Test Wire',
      url: 'https://example.com/wire/1',
      published: '2007-05-28',
      text: 'U.S. Ambassador Ryan Crocker met Iranian Ambassador Hassan Kazemi Qomi in Baghdad on Monday.\n\nThe talks lasted about four hours, officials said.',
    });
    assert.equal(added.status, 201);
    assert.equal(added.json!.added[0].url, 'https://example.com/wire/1');
    const after = await call('GET', `/api/stories/${storyId}/briefing`);
    assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
    assert.equal(after.json!.sources.length, 4);
    const sameUrl = await call('POST', `/api/stories/${storyId}/articles`, [{ url: 'https://example.com/wire/1', text: 'Different words entirely here.' }]);
    assert.equal(sameUrl.status, 200);
    assert.equal(sameUrl.json!.duplicates[0].reason, 'url');
  });

  it('lists, searches and shows stories', async () => {
    const list = await call('GET', '/api/stories');
    assert.deepEqual(checkSchema('StoryList', list.json), []);
    assert.ok(list.json!.total >= 2);
    const found = await call('GET', '/api/stories?q=trilateral%20security');
    assert.equal(found.json!.stories[0].id, storyId);
    assert.match(found.json!.stories[0].snippet, /trilateral/i);
    assert.equal((await call('GET', '/api/stories?q=%22NEAR(%20AND%20*')).status, 200);
    expectError(await call('GET', '/api/stories?limit=0'), 400, 'bad-request');
    const detail = await call('GET', `/api/stories/${storyId}`);
    assert.deepEqual(checkSchema('StoryDetail', detail.json), []);
    assert.equal(detail.json!.articles.length, 4);
    assert.deepEqual(checkSchema('ArticleList', (await call('GET', `/api/stories/${storyId}/articles`)).json), []);
  });

  it('answers bad requests with 4xx JSON errors that say what was wrong', async () => {
    expectError(await call('POST', '/api/stories', '{"title": ', { 'content-type': 'application/json' }), 400, 'bad-request');
    expectError(await call('POST', '/api/stories', { title: 42 }), 400, 'bad-request');
    expectError(await call('POST', '/api/stories', { name: 'x' }), 400, 'bad-request');
    expectError(await call('POST', '/api/stories', 'title=x', { 'content-type': 'text/plain' }), 415, 'unsupported-media-type');
    expectError(await call('POST', `/api/stories/${storyId}/articles`, {}), 400, 'bad-request');
    expectError(await call('POST', `/api/stories/${storyId}/articles`, { text: 'a', html: '<p>b</p>' }), 400, 'bad-request');
    expectError(await call('POST', `/api/stories/${storyId}/articles`, { text: ['x'] }), 400, 'bad-request');
    expectError(
      await call(
        'POST',
        `/api/stories/${storyId}/articles`,
        Array.from({ length: 101 }, () => ({ text: 'x' })),
      ),
      400,
      'bad-request',
    );
    expectError(await call('POST', `/api/stories/${storyId}/articles`, { text: '   \n  ' }), 400, 'bad-request');
    expectError(await call('POST', `/api/stories/${storyId}/articles`, { url: 'ftp://example.com/a.txt' }), 422, 'fetch-refused');
    expectError(await call('GET', '/api/stories/999999'), 404, 'not-found');
    expectError(await call('GET', '/api/stories/abc'), 404, 'not-found');
    expectError(await call('GET', '/api/stories/99999999999999999999999'), 404, 'not-found');
    expectError(await call('POST', '/api/stories/999999/articles', { text: 'x' }), 404, 'not-found');
    expectError(await call('GET', '/api/nothing-here'), 404, 'not-found');
    const empty = await call('POST', '/api/stories', { title: 'empty' });
    expectError(await call('GET', `/api/stories/${empty.json!.id}/briefing`), 422, 'no-usable-input');
  });

  it('streams a version event when articles are added (Server-Sent Events)', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/stories/${storyId}/events`, { signal: controller.signal });
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = response.body!.getReader();
    let seen = '';
    const read = async (pattern: RegExp) => {
      while (!pattern.test(seen)) seen += new TextDecoder().decode((await reader.read()).value);
    };
    await read(/event: version\ndata: \{"version":\d+\}/);
    const added = await call('POST', `/api/stories/${storyId}/articles`, { text: 'A fifth, separate account of the Baghdad meeting between the envoys.' });
    await read(new RegExp(`"version":${added.json!.story.version}\\}`));
    controller.abort();
  });

  it('deletes a story: 204, then 404', async () => {
    const story = await call('POST', '/api/stories', { title: 'short-lived' });
    assert.equal((await call('DELETE', `/api/stories/${story.json!.id}`)).status, 204);
    expectError(await call('GET', `/api/stories/${story.json!.id}`), 404, 'not-found');
    expectError(await call('DELETE', `/api/stories/${story.json!.id}`), 404, 'not-found');
  });
});

describe('HTTP API: articles that name no story, stories edited by hand, the front-page order', () => {
  let server: TestServer;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
  };
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server.close());

  it('places uploaded articles with the clusterer, then renames, merges and splits their stories', async () => {
    const files = exampleFiles.map((name, i) => ({ title: name, outlet: `Outlet ${i + 1}`, text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));
    const other = {
      title: 'Crop yields',
      outlet: 'Farm Weekly',
      text: 'Wheat harvests in Kansas rose this year after spring rains, farmers and the state agriculture office said on Friday.',
    };
    const upload = await send('POST', '/api/articles', { articles: [...files, other] });
    assert.equal(upload.status, 201);
    assert.deepEqual(checkSchema('StreamAddResult', upload.json), []);
    const stories = new Set(upload.json.added.map((entry: Json) => entry.story));
    assert.equal(upload.json.added.length, 4);
    assert.ok(stories.size >= 2, 'the crop report is not a US–Iran talks article');
    const again = await send('POST', '/api/articles', files.slice(0, 1));
    assert.equal(again.status, 200);
    assert.equal(again.json.duplicates[0].reason, 'content');
    const [first, second] = [...stories] as number[];
    const renamed = await send('PATCH', `/api/stories/${first}`, { title: 'Baghdad talks' });
    assert.deepEqual([renamed.status, renamed.json.title, renamed.json.automatic], [200, 'Baghdad talks', false]);
    assert.deepEqual(checkSchema('Story', renamed.json), []);
    const merged = await send('POST', `/api/stories/${first}/merge`, { from: [...stories].slice(1) });
    assert.equal(merged.status, 200);
    assert.equal(merged.json.articleCount, 4);
    assert.equal((await send('GET', `/api/stories/${second}`)).status, 404);
    const cropId = upload.json.added[3].article.id;
    const split = await send('POST', `/api/stories/${first}/split`, { articles: [cropId], title: 'Crops' });
    assert.deepEqual([split.status, split.json.title, split.json.articleCount], [201, 'Crops', 1]);
    assert.equal((await send('POST', `/api/stories/${first}/split`, { articles: [cropId] })).status, 400);
    assert.equal((await send('POST', `/api/stories/${first}/merge`, { from: [] })).status, 400);
    assert.equal((await send('PATCH', `/api/stories/${first}`, { title: 'x', extra: 1 })).status, 400);
    const ranked = await send('GET', '/api/stories?order=rank&minSources=2');
    assert.deepEqual(
      ranked.json.stories.map((story: Json) => story.id),
      [first],
    );
    assert.equal(ranked.json.stories[0].sources, 3);
    assert.equal((await send('GET', '/api/stories?order=best')).status, 400);
    assert.equal((await send('GET', '/api/stories?since=yesterday')).status, 400);
  });
});

describe('HTTP API: server-sent events of every story', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server.close());

  it('sends a story event for a story changed after the stream opened', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/events`, { signal: controller.signal });
    assert.equal(response.headers.get('content-type')?.split(';')[0], 'text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    };
    await readUntil(/event: ready/);
    const created = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Dam opens',
        outlet: 'Wire',
        text: 'The new dam on the river opened on Monday after six years of building, officials said.',
      }),
    });
    const story = ((await created.json()) as Json).added[0].story;
    await readUntil(new RegExp(`"id":${story},`));
    const data = JSON.parse(/event: story\ndata: (.*)\n/.exec(text.slice(text.indexOf('event: story')))?.[1] ?? '{}');
    assert.equal(data.id, story);
    assert.deepEqual(checkSchema('Story', data), []);
    controller.abort();
  });
});
