// Opens a written site in Debian's Chromium (driven by playwright-core) and records what the
// page did: console errors, uncaught exceptions, and every request it made.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenedPage {
  page: Page;
  errors: string[]; // console errors and uncaught exceptions
  requests: string[]; // every URL the page asked for
  dialogs: string[]; // alert/confirm/prompt: none should ever open
}

export async function openSite(browser: Browser, indexHtml: string, hash = '', viewport = { width: 1400, height: 1000 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const opened: OpenedPage = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(String(error)));
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(indexHtml).href + hash);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  return opened;
}
