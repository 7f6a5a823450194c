import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { EXAMPLES_DIR, startTestServer, type TestServer } from '../../test/support/test-server.js';

const HOSTILE =
  'Hostile <script>alert("pwned")</script> headline\n\n' +
  'Officials met <img src=x onerror="alert(1)"> in Baghdad on Monday and talked for four hours. ' +
  '<a href="javascript:alert(2)">click</a> and <b onmouseover=alert(3)>broken <i>markup';

describe('web pages over real HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server.close());

  const createStory = async (form: FormData) => fetch(`${server.url}/stories`, { method: 'POST', body: form, redirect: 'manual' });

  it('serves the start page with a strict CSP and the new-story form', async () => {
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-[^']+' 'sha256-[^']+';/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    const html = await response.text();
    assert.match(html, /<form class="app-form" id="new-story" method="post" action="\/stories" enctype="multipart\/form-data">/);
  });

  it('creates a story from uploaded files and shows its briefing, escaped', async () => {
    const form = new FormData();
    form.append('title', 'Baghdad <talks>');
    for (const name of readdirSync(EXAMPLES_DIR).filter((n) => n.endsWith('.txt'))) {
      form.append('files', new Blob([readFileSync(join(EXAMPLES_DIR, name))], { type: 'text/plain' }), name);
    }
    const created = await createStory(form);
    assert.equal(created.status, 303);
    const location = created.headers.get('location') ?? '';
    assert.match(location, /^\/stories\/\d+\?flash=[0-9a-f]+$/);
    const page = await (await fetch(`${server.url}${location}`)).text();
    assert.match(page, /3 articles added\./);
    assert.match(page, /<h1 id="story-name">Baghdad &lt;talks&gt;<\/h1>/);
    assert.match(page, /<article class="cb-report">/);
    assert.match(page, /data-version="1"/);
  });

  it('shows a hostile article as text: no markup, no handlers, no javascript: links', async () => {
    const form = new FormData();
    form.append('text', HOSTILE);
    const created = await createStory(form);
    const id = /\/stories\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1];
    await server.store.addArticles(Number(id), [
      {
        title: 'Linked <b>bold</b>',
        outlet: '<i>Outlet</i>',
        url: 'javascript:alert(9)',
        published: null,
        byline: null,
        format: 'text',
        origin: 'api',
        text: 'A second account says the envoys met in Baghdad for four hours on Monday.',
      },
    ]);
    const page = await (await fetch(`${server.url}/stories/${id}`)).text();
    assert.match(page, /<span class="app-url">javascript:alert\(9\)<\/span>/);
    assert.match(page, /<td>Linked &lt;b&gt;bold&lt;\/b&gt;<\/td><td>&lt;i&gt;Outlet&lt;\/i&gt;<\/td>/);
    const afterBar = page.slice(page.indexOf('</header>'));
    assert.doesNotMatch(afterBar, /<script>alert/);
    assert.doesNotMatch(page, /<img src=x/);
    assert.doesNotMatch(page, /href="javascript:/i);
    assert.doesNotMatch(page, /<b onmouseover/);
    assert.match(page, /<h1 id="story-name">Hostile &lt;script&gt;alert\(&quot;pwned&quot;\)&lt;\/script&gt; headline<\/h1>/);
    assert.match(page, /Officials met &lt;img src=x onerror=&quot;alert\(1\)&quot;&gt; in Baghdad/);
    const scripts = page.match(/<script>/g) ?? [];
    assert.equal(scripts.length, 2, 'only the app and report scripts');
    const live = await (await fetch(`${server.url}/stories/${id}/live`)).text();
    assert.match(live, /^<div id="live" data-version="2">/);
  });

  it('says what was wrong when the form has nothing usable, and creates nothing', async () => {
    const before = (await server.store.listStories()).total;
    const response = await createStory(new FormData());
    assert.equal(response.status, 400);
    assert.match(await response.text(), /no article given/);
    const refused = new FormData();
    refused.append('urls', 'http://127.0.0.1:9/secret');
    const page = await createStory(refused);
    assert.equal(page.status, 422);
    assert.match(await page.text(), /loopback address/);
    assert.equal((await server.store.listStories()).total, before);
  });

  it('adds articles to a story from the story page form, and deletes the story', async () => {
    const created = await server.store.createStory('to grow');
    const form = new FormData();
    form.append('text', 'Crocker said the talks in Baghdad were businesslike and lasted four hours.');
    const added = await fetch(`${server.url}/stories/${created.id}/articles`, { method: 'POST', body: form, redirect: 'manual' });
    assert.equal(added.status, 303);
    assert.match(await (await fetch(`${server.url}${added.headers.get('location')}`)).text(), /1 article added\./);
    const deleted = await fetch(`${server.url}/stories/${created.id}/delete`, { method: 'POST', body: new FormData(), redirect: 'manual' });
    assert.equal(deleted.status, 303);
    const missing = await fetch(`${server.url}/stories/${created.id}`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /There is no story/);
  });
});
