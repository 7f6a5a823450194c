// Opens the HTML report in real Chromium (Debian's /usr/bin/chromium driven by playwright-core): citation
// clicks land on the cited passage, nothing is fetched, hostile articles stay text. Screenshots go to test-results/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { RESULTS, launchChromium, skipWithoutChromium, watch, type Watch } from './chromium.js';
import { renderHtml } from '../../src/render/html.js';
import { buildExampleBriefing } from '../fixtures/html-report/fixture-example-briefing.js';
import { buildHostileBriefing } from '../fixtures/html-report/fixture-hostile-briefing.js';
import { runPipelineOnExample } from '../fixtures/html-report/fixture-pipeline-briefing.js';

const skip = skipWithoutChromium;

function assertOffline(log: Watch): void {
  const remote = log.requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'));
  assert.deepEqual(remote, [], 'no request leaves the page');
  assert.deepEqual(log.problems, [], 'no console error (a CSP violation would be one)');
}

/** Clicks a citation marker and checks that the hash names its passage and the passage is on screen and highlighted. */
async function clickCitation(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector);
  const href = (await link.getAttribute('href')) ?? '';
  assert.match(href, /^#S\d+-p\d+$/);
  await link.click();
  await page.waitForFunction((h) => location.hash === h, href);
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target') === true, href.slice(1));
  const state = await page.evaluate((id) => {
    const el = document.getElementById(id) as HTMLElement;
    const box = el.getClientRects()[0] as DOMRect;
    const x = box.left + Math.min(box.width / 2, 20);
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    const style = getComputedStyle(el);
    return {
      inViewport: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
      onTop: hit !== null && (el === hit || el.contains(hit) || hit.contains(el)),
      background: style.backgroundColor,
      outline: style.outlineStyle,
      scrollY: window.scrollY,
    };
  }, href.slice(1));
  assert.ok(state.inViewport, `${href} is inside the viewport`);
  assert.ok(state.onTop, `${href} is not covered by anything`);
  assert.notEqual(state.background, 'rgba(0, 0, 0, 0)', 'the passage is highlighted');
  assert.equal(state.outline, 'solid', 'the target passage is outlined');
  assert.ok(state.scrollY > 0, 'the page scrolled to the passage');
  return href;
}

describe('HTML report in Chromium', { skip }, () => {
  let browser: Browser;
  let dir: string;
  const write = (name: string, html: string): string => {
    const path = join(dir, name);
    writeFileSync(path, html);
    return pathToFileURL(path).href;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corroborate-report-'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('desktop: a citation click lands on the cited passage inside its source column; nothing is fetched', async () => {
    const example = buildExampleBriefing();
    const url = write('example.html', renderHtml(example.briefing, { sourceTexts: example.sourceTexts }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page, { warnings: true });
    await page.goto(url);
    await page.waitForSelector('html[data-cb-js="on"]');
    await page.screenshot({ path: join(RESULTS, 'report-desktop.png'), fullPage: true });
    // The last summary sentence cites a passage deep inside the NPR column (a scrolling box of its own).
    const href = await clickCitation(page, '#cb-summary .cb-summary-sentence:last-child a.cb-cite');
    const columnScroll = await page.evaluate((id) => document.getElementById(id)?.closest('.cb-column-body')?.scrollTop ?? 0, href.slice(1));
    assert.ok(columnScroll > 0, 'the source column scrolled to the passage');
    await page.screenshot({ path: join(RESULTS, 'report-desktop-citation.png') });
    assert.equal(await page.isVisible('.cb-back'), true, 'a back button is offered');
    await page.click('.cb-back');
    await page.waitForFunction(() => location.hash === '');
    await page.hover(`#${href.slice(1)}`);
    assert.ok(await page.evaluate(() => document.querySelectorAll('mark.is-linked').length >= 2), 'hovering links the same fact in other sources');
    const consensusBackground = (): Promise<string> =>
      page.evaluate(() => getComputedStyle(document.querySelector('mark.hl-consensus:not(.hl-conflict)') as Element).backgroundColor);
    const shown = await consensusBackground();
    await page.uncheck('#cb-toggle-consensus');
    assert.equal(await consensusBackground(), 'rgba(0, 0, 0, 0)', 'the legend switches a kind of highlight off');
    await page.check('#cb-toggle-consensus');
    assert.equal(await consensusBackground(), shown);
    assertOffline(log);
    await page.close();
  });

  it('phone: readable without sideways scrolling, and a citation still lands on its passage', async () => {
    const example = buildExampleBriefing();
    const url = write('example-phone.html', renderHtml(example.briefing, { sourceTexts: example.sourceTexts }));
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const log = watch(page, { warnings: true });
    await page.goto(url);
    await page.waitForSelector('html[data-cb-js="on"]');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.cb-source-text') as Element).fontSize));
    assert.ok(fontSize >= 14, `source text is readable (${fontSize}px)`);
    await page.screenshot({ path: join(RESULTS, 'report-phone.png') });
    await page.screenshot({ path: join(RESULTS, 'report-phone-full.png'), fullPage: true });
    await clickCitation(page, '#cb-summary .cb-summary-sentence:nth-child(2) a.cb-cite >> nth=2');
    await page.screenshot({ path: join(RESULTS, 'report-phone-citation.png') });
    assertOffline(log);
    await page.close();
  });

  it('print: navigation hidden, source columns unboxed; a PDF can be made', async () => {
    const example = buildExampleBriefing();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page, { warnings: true });
    await page.goto(write('example-print.html', renderHtml(example.briefing, { sourceTexts: example.sourceTexts })));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.cb-nav') as Element).display), 'none');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.cb-column-body') as Element).maxHeight), 'none');
    const pdf = await page.pdf({ path: join(RESULTS, 'report-print.pdf'), format: 'A4', printBackground: true });
    assert.ok(pdf.length > 20_000);
    assertOffline(log);
    await page.close();
  });

  it('hostile articles show as text: no dialog, no extra script or image, no request', async () => {
    const hostile = buildHostileBriefing();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page, { warnings: true });
    await page.goto(write('hostile.html', renderHtml(hostile.briefing, { sourceTexts: hostile.sourceTexts })));
    await page.waitForSelector('html[data-cb-js="on"]');
    await page.click('#cb-summary a.cb-cite');
    await page.hover('#cb-sources mark.hl');
    await page.waitForTimeout(300);
    assert.deepEqual(log.dialogs, [], 'no dialog fired');
    const dom = await page.evaluate(() => ({
      scripts: document.scripts.length,
      images: document.images.length,
      frames: document.querySelectorAll('iframe, object, embed').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
      title: document.title,
      // biome-ignore lint/performance/useDomNodeTextContent: the test reads what a reader sees (innerText honours CSS)
      text: document.body.innerText,
    }));
    assert.deepEqual(
      { scripts: dom.scripts, images: dom.images, frames: dom.frames, handlers: dom.handlers },
      { scripts: 1, images: 0, frames: 0, handlers: [] },
    );
    assert.match(dom.title, /<script>alert\(1\)<\/script>/);
    assert.ok(dom.text.includes('<script>alert(1)</script>'), 'the script tag is shown as text');
    assert.ok(dom.text.includes('<img src=x onerror=alert(1)>'), 'the img tag is shown as text');
    await page.screenshot({ path: join(RESULTS, 'report-hostile.png'), fullPage: true });
    assertOffline(log);
    await page.close();
  });

  it('the pipeline briefing of the example opens and its first citation lands', async (t) => {
    const pipeline = await runPipelineOnExample();
    if (!pipeline.ok) {
      t.skip(pipeline.reason);
      return;
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page, { warnings: true });
    await page.goto(write('pipeline.html', renderHtml(pipeline.briefing, { sourceTexts: pipeline.sourceTexts })));
    await page.waitForSelector('html[data-cb-js="on"]');
    await page.screenshot({ path: join(RESULTS, 'report-pipeline-desktop.png'), fullPage: true });
    await clickCitation(page, '#cb-summary a.cb-cite >> nth=0');
    assertOffline(log);
    await page.close();
  });
});
