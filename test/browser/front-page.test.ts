// The front page of live stories in real Chromium: articles streamed in through the API (ECB+ topic 1 and the example
// story), the stories ranked by sources and recency with their outlets and what is new since the last briefing.
// Screenshot: test-results/app-front-page.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { RESULTS, launchChromium, skipWithoutChromium, watch } from './chromium.js';
import { EXAMPLES_DIR, startTestServer, type TestServer } from '../support/test-server.js';
import { readJsonLines } from '../support/example-story.js';
import { ECBPLUS } from '../support/story-articles.js';

const skip = skipWithoutChromium || (!existsSync(ECBPLUS) && 'needs ../shared/data');

describe('front page of live stories in Chromium', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ranks the streamed stories by sources and shows outlets, counts and what is new since the last briefing', async () => {
    const examples = readdirSync(EXAMPLES_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name, i) => ({
        title: name.replace(/\.txt$/, '').replace(/-/g, ' '),
        outlet: ['Reuters', 'AP', 'BBC'][i],
        text: readFileSync(join(EXAMPLES_DIR, name), 'utf8'),
      }));
    const ecb = readJsonLines<{ title: string; text: string; source: string | null; topic: number }>(ECBPLUS)
      .filter((line) => line.topic === 1)
      .slice(0, 12)
      .map((line) => ({ title: line.title, text: line.text, outlet: line.source }));
    for (const batch of [ecb, examples]) {
      const response = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
      assert.equal(response.status, 201);
    }
    const api = (await (await fetch(`${server.url}/api/stories?order=rank`)).json()) as { stories: { id: number; sources: number }[] };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page);
    await page.goto(`${server.url}/`);
    const items = page.locator('#stories li');
    await items.first().waitFor();
    assert.equal(await items.count(), api.stories.length);
    const shown = await items.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-story'))));
    assert.deepEqual(
      shown,
      api.stories.map((story) => story.id),
      'the order of the API ranking',
    );
    const sources = api.stories.map((story) => story.sources);
    assert.deepEqual(
      sources,
      [...sources].sort((a, b) => b - a),
      'stories changed at about the same time rank by sources',
    );
    const talks = page.locator('#stories li', { hasText: 'Reuters' });
    await talks.getByText('3 sources').waitFor();
    await talks.getByText('Reuters, AP, BBC').waitFor();
    await talks.getByText('3 new articles since the last briefing').waitFor();
    assert.match((await page.locator('#list-heading').textContent()) ?? '', /^Live stories \(\d+\)$/);
    await page.screenshot({ path: join(RESULTS, 'app-front-page.png'), fullPage: true });

    // The story page after a second briefing says what the new one adds.
    const talksId = Number(await talks.getAttribute('data-story'));
    await page.goto(`${server.url}/stories/${talksId}`);
    await page.locator('.cb-report .cb-summary-sentence').first().waitFor();
    assert.equal(await page.locator('#changes').count(), 0, 'nothing to compare with before the second briefing');
    const more = {
      title: 'Envoys end Baghdad meeting',
      outlet: 'Al Jazeera',
      text: 'The US ambassador Ryan Crocker and the Iranian ambassador Hassan Kazemi Qomi met for four hours in Baghdad on Monday. Iraqi Prime Minister Nouri al-Maliki opened the meeting, the first formal talks between the two countries in 27 years. Crocker said Iran must stop arming militias in Iraq; Kazemi Qomi said the United States had failed to train and equip Iraqi forces.',
    };
    const added = await fetch(`${server.url}/api/stories/${talksId}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(more),
    });
    assert.equal(added.status, 201);
    await page.goto(`${server.url}/stories/${talksId}`);
    await page.locator('#changes').waitFor();
    await page.locator('#changes').getByText('New sources (1)').waitFor();
    await page.locator('#changes').getByText('Al Jazeera: Envoys end Baghdad meeting').waitFor();
    await page.locator('#changes').screenshot({ path: join(RESULTS, 'app-story-changes.png') });
    assert.deepEqual(log.problems, []);
    await page.close();
  });
});
