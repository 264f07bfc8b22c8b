// The explorer page in a real browser (Debian's Chromium via playwright-core), opened from
// disk as a researcher would open dist/site/index.html.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSite, type SiteInput } from '../../pipeline/emit/site/index.js';
import { hasChromium, launchChromium, openSite, CHROMIUM } from './browser.js';
import { HOSTILE_QUOTE, HOSTILE_TITLE, smallInput } from './synthetic.js';

if (!hasChromium) {
  console.warn(`SKIPPED: the explorer's browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); CI installs it.`);
}

const ARTIFACTS = path.resolve('test-artifacts');
const input = smallInput();
let browser: Browser;
let siteDir: string;
let indexHtml: string;

export async function writeSiteTo(prefix: string, site: SiteInput): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await writeSite(dir, site);
  return dir;
}

export const nextFrame = (page: import('playwright-core').Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const idsOf = (events: SiteInput['events']): string[] => events.map((e) => e.event_id).sort();

describe.skipIf(!hasChromium)('explorer page in Chromium', () => {
  beforeAll(async () => {
    siteDir = await writeSiteTo('explorer-', input);
    indexHtml = path.join(siteDir, 'index.html');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (siteDir) await fs.rm(siteDir, { recursive: true, force: true });
  });

  const shownIds = async (page: import('playwright-core').Page) => {
    await nextFrame(page); // the timeline redraws on the next animation frame
    return readIds(page);
  };
  const readIds = async (page: import('playwright-core').Page) => ({
    table: (await page.locator('#event-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event') ?? ''))).sort(),
    timeline: (await page.locator('#timeline rect[data-event]').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-event') ?? ''))).sort(),
  });

  it('opens from disk with no console error and no request beyond its own files', async () => {
    const { page, errors, requests, dialogs } = await openSite(browser, indexHtml);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    const own = pathToFileURL(siteDir).href;
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(`${own}/`), url).toBe(true);
    await fs.mkdir(ARTIFACTS, { recursive: true });
    await page.locator('.timeline-panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-timeline.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-page.png'), fullPage: true });
    await page.close();
  });

  it('shows as many events as the input holds, on the timeline and in the table', async () => {
    const { page } = await openSite(browser, indexHtml);
    expect(await page.getAttribute('#event-count', 'data-shown')).toBe(String(input.events.length));
    expect(await shownIds(page)).toEqual({ table: idsOf(input.events), timeline: idsOf(input.events) });
    await page.close();
  });

  it.each([
    ['Islamabad', 'pakistan'], // an alias
    ['ISPR', 'ispr'],
    ['Jaish al-Adl', 'jaish-al-adl'],
  ])('filtering by the actor typed as %s shows exactly that actor’s events, and the URL keeps it', async (typed, actorId) => {
    const { page, errors } = await openSite(browser, indexHtml);
    await page.fill('#actor-search', typed);
    await page.press('#actor-search', 'Enter');
    const expected = idsOf(input.events.filter((e) => e.actor1_id === actorId || e.actor2_id === actorId));
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownIds(page)).toEqual({ table: expected, timeline: expected });
    const url = page.url();
    expect(new URL(url).hash).toContain(`actor=${actorId}`);
    const reopened = await openSite(browser, indexHtml, new URL(url).hash);
    expect(await shownIds(reopened.page)).toEqual({ table: expected, timeline: expected });
    expect(errors).toEqual([]);
    await Promise.all([page.close(), reopened.page.close()]);
  });

  it('combines the type, salience and search filters', async () => {
    const { page } = await openSite(browser, indexHtml);
    await page.check('#type-ASSAULT');
    await page.check('#type-THREATEN');
    await page.selectOption('#salience', 'core');
    let expected = idsOf(input.events.filter((e) => ['ASSAULT', 'THREATEN'].includes(e.event_type) && e.salience === 'core'));
    expect((await shownIds(page)).table).toEqual(expected);
    await page.fill('#text-search', 'saravan');
    expected = ['e-2024-01-18-pak-strike'];
    expect(await shownIds(page)).toEqual({ table: expected, timeline: expected });
    await page.click('#reset-filters');
    expect((await shownIds(page)).table).toEqual(idsOf(input.events));
    await page.close();
  });

  it('selecting an event on the timeline shows its evidence quote, source and figures', async () => {
    const { page } = await openSite(browser, indexHtml);
    await page.click('#timeline rect[data-event="e-2024-01-18-pak-strike"]', { force: true });
    const panel = page.locator('#evidence');
    await expect.poll(() => panel.textContent()).toContain('precision military strikes against terrorist hideouts in Saravan');
    const marks = await panel.locator('blockquote mark').evaluateAll((ms) => ms.map((m) => `${m.className}:${m.textContent}`));
    expect(marks).toEqual(expect.arrayContaining(['actor:Pakistan', 'trigger:strikes']));
    expect(await panel.locator('cite').first().textContent()).toBe('Pakistan strikes militant hideouts in Iran');
    expect(await panel.locator('a[href="https://www.dawn.com/news/1"]').count()).toBe(1);
    const text = await panel.textContent();
    expect(text).toContain('Dawn');
    expect(text).toContain('according to Iranian authorities');
    expect(text).toContain('the ISPR said');
    expect(new URL(page.url()).hash).toContain('event=e-2024-01-18-pak-strike');
    expect(await page.getAttribute('#event-table tr.selected', 'data-event')).toBe('e-2024-01-18-pak-strike');
    await page.close();
  });

  it('moves through the table and sorts it from the keyboard', async () => {
    const { page } = await openSite(browser, indexHtml);
    await page.focus('#event-table tbody tr[tabindex="0"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const byDate = [...input.events].sort((a, b) => (a.date_start < b.date_start ? -1 : a.date_start > b.date_start ? 1 : a.event_id < b.event_id ? -1 : 1));
    expect(await page.getAttribute('#event-table tr.selected', 'data-event')).toBe(byDate[1]?.event_id);
    await page.getByRole('button', { name: 'Sort by date' }).press('Enter');
    expect(await page.getAttribute('#event-table th[aria-sort="descending"] button', 'aria-label')).toBe('Sort by date');
    expect(await page.getAttribute('#event-table tbody tr:first-child', 'data-event')).toBe(byDate[byDate.length - 1]?.event_id);
    await page.close();
  });

  it('zooms the timeline from the keyboard, and the table follows the window', async () => {
    const { page } = await openSite(browser, indexHtml, '#from=2024-01-01&to=2024-01-31');
    const before = Number(await page.getAttribute('#event-count', 'data-shown'));
    await page.focus('#timeline');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('+');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/from=2024-01-1\d&to=2024-01-(1|2)\d/);
    const after = Number(await page.getAttribute('#event-count', 'data-shown'));
    expect(after).toBeLessThan(before);
    expect((await shownIds(page)).table).toEqual((await shownIds(page)).timeline);
    await page.click('#zoom-reset');
    expect(await page.getAttribute('#event-count', 'data-shown')).toBe(String(input.events.length));
    await page.close();
  });

  it('shows a hostile source’s markup as text and runs nothing', async () => {
    const { page, errors, dialogs } = await openSite(browser, indexHtml, '#event=e-hostile');
    const panel = page.locator('#evidence');
    expect(await panel.locator('blockquote').textContent()).toBe(HOSTILE_QUOTE);
    expect(await panel.locator('cite').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('#event-table').textContent()).toContain('<script>window.__pwned="summary"</script>');
    await page.click('#tab-figures');
    await expect.poll(() => page.locator('#figure-groups').textContent()).toContain('<script>window.__pwned="subject"</script>');
    await page.click('summary:has-text("Latest change")');
    const changelog = page.locator('#changelog');
    expect(await changelog.textContent()).toContain('<script>window.__pwned="changelog"</script>');
    expect(await changelog.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://example.org/card']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img, body script:not([src]):not([type="application/json"])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
