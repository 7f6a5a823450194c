// Shared by the browser tests: Debian's Chromium driven by playwright-core (no browser download is possible here).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Where screenshots go (gitignored). */
export const RESULTS = join(process.cwd(), 'test-results');

/** `false` when Chromium is there, else the reason to skip (for node:test's `skip`). */
export const skipWithoutChromium: false | string = existsSync(CHROMIUM)
  ? false
  : `Chromium not found at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" to run the browser tests`;

/** Launches headless Chromium with the flags this machine needs; creates the screenshot folder. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(RESULTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** What a page did: every request, console error or warning, page error and dialog. */
export interface Watch {
  readonly requests: string[];
  readonly problems: string[];
  readonly dialogs: string[];
}

/** Records every request, console error, page error and dialog of a page (dialogs are dismissed). */
export function watch(page: Page, options: { readonly warnings?: boolean } = {}): Watch {
  const log: Watch = { requests: [], problems: [], dialogs: [] };
  page.on('request', (request) => {
    log.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || (options.warnings === true && message.type() === 'warning')) log.problems.push(message.text());
  });
  page.on('pageerror', (error) => {
    log.problems.push(error.message);
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return log;
}
