// The web app in real Chromium (Debian's /usr/bin/chromium driven by playwright-core): create a story through the
// form with the example articles, see its briefing, click a citation, watch a second tab's addition arrive live,
// and see a hostile article as text. Screenshots go to test-results/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { RESULTS, launchChromium, skipWithoutChromium, watch, type Watch } from './chromium.js';
import { EXAMPLES_DIR, startTestServer, type TestServer } from '../support/test-server.js';

const EXAMPLES = EXAMPLES_DIR;
const skip = skipWithoutChromium;

const HOSTILE = [
  'Hostile <script>alert("pwned")</script> Report <img src=x onerror=alert(5)> Envoys Meet',
  '',
  'Witnesses said <img src=x onerror="alert(1)"> the envoys met in Baghdad for four hours on Monday.',
  '',
  'Read <a href="javascript:alert(2)">more</a> and <b onmouseover=alert(3)>broken <i>markup "><svg onload=alert(4)> <style>body{display:none}</style>',
].join('\n');

describe('web app in Chromium', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  let storyPath = '';
  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(RESULTS, name), fullPage });
  const checkLog = (log: Watch) => {
    assert.deepEqual(log.dialogs, [], 'no script from an article ran (no dialog)');
    assert.deepEqual(log.problems, [], 'no console error (a CSP violation would be one)');
    assert.deepEqual(
      log.requests.filter((url) => !url.startsWith(server.url)),
      [],
      'nothing is loaded from elsewhere',
    );
  };

  it('creates a story through the form with the example articles and shows its briefing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page);
    await page.goto(`${server.url}/`);
    await shot(page, 'app-home-empty.png');
    await page.fill('#new-story-title', 'US–Iran talks in Baghdad');
    await page.setInputFiles(
      '#new-story-files',
      readdirSync(EXAMPLES)
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .map((n) => join(EXAMPLES, n)),
    );
    await Promise.all([page.waitForURL(/\/stories\/\d+/), page.click('#new-story button[type=submit]')]);
    storyPath = new URL(page.url()).pathname;
    await page.locator('#messages').getByText('3 articles added.').waitFor();
    await page.locator('.cb-report .cb-summary-sentence').first().waitFor();
    assert.equal(await page.locator('#story-name').textContent(), 'US–Iran talks in Baghdad');
    assert.ok((await page.locator('.cb-summary-sentence').count()) >= 2, 'a summary with several sentences');
    await page.locator('#live-status[data-state=ok]').waitFor();
    await shot(page, 'app-story.png');
    await shot(page, 'app-story-full.png', true);
    checkLog(log);
    await page.close();
  });

  it('clicking a citation lands on the cited passage', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page);
    await page.goto(`${server.url}${storyPath}`);
    const cite = page.locator('a.cb-cite').first();
    const href = (await cite.getAttribute('href')) ?? '';
    assert.match(href, /^#S\d+-p\d+$/);
    await cite.click();
    await page.waitForFunction((h) => location.hash === h, href);
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target') === true, href.slice(1));
    const visible = await page.evaluate((id) => {
      const box = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }, href.slice(1));
    assert.ok(visible, 'the cited passage is on screen');
    await shot(page, 'app-citation.png');
    checkLog(log);
    await page.close();
  });

  it('a hostile article added in another tab arrives live, and shows as text', async () => {
    const viewer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const viewerLog = watch(viewer);
    await viewer.goto(`${server.url}${storyPath}`);
    await viewer.locator('#live-status[data-state=ok]').waitFor();
    await viewer.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'not reloaded';
    });
    const versionBefore = Number(await viewer.locator('body').getAttribute('data-version'));

    const editor = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const editorLog = watch(editor);
    await editor.goto(`${server.url}${storyPath}`);
    await editor.click('#add-panel > summary');
    await editor.fill('#add-articles-text', HOSTILE);
    await Promise.all([editor.waitForURL(/flash=/), editor.click('#add-articles button[type=submit]')]);
    await editor.locator('#messages').getByText('1 article added.').waitFor();
    await editor.locator('#stored-articles > summary').click();
    await shot(editor, 'app-hostile-mobile.png');

    await viewer.waitForFunction((v) => Number(document.body.getAttribute('data-version')) > v, versionBefore, { timeout: 15_000 });
    assert.equal(await viewer.evaluate(() => (window as unknown as { marker?: string }).marker), 'not reloaded', 'updated without a reload');
    await viewer.locator('#story-meta').getByText('4 articles').waitFor();
    await viewer.locator('#stored-articles > summary').click();
    const cell = viewer.locator('#stored-articles td', { hasText: 'Hostile' });
    assert.equal(await cell.textContent(), 'Hostile <script>alert("pwned")</script> Report <img src=x onerror=alert(5)> Envoys Meet');
    for (const page of [viewer, editor]) {
      assert.equal(await page.locator('img[src=x], svg[onload], b[onmouseover], a[href^="javascript:"]').count(), 0, 'no element from the article');
      assert.equal(await page.locator('script').count(), 2, 'only the app and report scripts');
      assert.ok(await page.locator('body').isVisible(), 'an article <style> did not hide the page');
    }
    assert.ok((await viewer.locator('.cb-report').textContent())?.includes('<img src=x onerror="alert(1)">'), 'the markup shows as text in the report');
    await viewer.locator('#stored-articles').scrollIntoViewIfNeeded();
    await shot(viewer, 'app-live-hostile.png');
    checkLog(viewerLog);
    checkLog(editorLog);
    await viewer.close();
    await editor.close();
  });

  it('searches stories from the bar and marks the matches', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const log = watch(page);
    await page.goto(`${server.url}/`);
    await page.fill('input[name=q]', 'trilateral security');
    await Promise.all([page.waitForURL(/\?q=/), page.press('input[name=q]', 'Enter')]);
    await page.locator('#stories li').first().waitFor();
    assert.match((await page.locator('#stories li mark').first().textContent()) ?? '', /trilateral/i);
    await shot(page, 'app-search.png');
    checkLog(log);
    await page.close();
  });

  it('the story list and a story page fit a 390 px phone: no sideways scrolling, every section link reachable', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const log = watch(page);
    for (const [path, name] of [
      ['/', 'app-home-phone.png'],
      [storyPath, 'app-story-phone.png'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await shot(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow} px wider than the phone`);
      // Every link of a navigation bar is on screen, or its bar scrolls sideways on its own.
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('nav a')]
          .filter((link) => {
            const box = link.getBoundingClientRect();
            const bar = link.closest('nav')!;
            const scrolls = bar.scrollWidth > bar.clientWidth && getComputedStyle(bar).overflowX !== 'hidden' && getComputedStyle(bar).overflowX !== 'visible';
            return !scrolls && (box.right > window.innerWidth + 1 || box.left < -1);
          })
          .map((link) => link.textContent?.trim() ?? ''),
      );
      assert.deepEqual(hidden, [], `${path}: section links cut off`);
    }
    checkLog(log);
    await page.close();
  });
});
