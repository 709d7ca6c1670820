import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, violationsOn, type BrowserOnSite } from '../support/browser.ts';

/**
 * The search page in real Chromium, against the real build of tests/fixtures/search (five
 * published entries mention attendance: three for district staff, two for the community, one
 * of them for both).
 */
let chromium: BrowserOnSite;

beforeAll(async () => {
  chromium = await openBuiltSite({ fixture: 'search', name: 'e2e-search', now: '2026-06-01T00:00:00Z' });
});

afterAll(() => chromium?.close());

const open = (path: string): Promise<Page> => chromium.visit(path);

const status = (page: Page) => page.locator('#search-status');
const resultTitles = (page: Page) => page.locator('#search-results h3 a').allTextContents();
const checkbox = (page: Page, facet: string, value: string) => page.locator(`input[name="${facet}"][value="${value}"]`);
const group = (page: Page, facet: string) => page.locator(`details[data-facet="${facet}"]`);
const openGroup = (page: Page, facet: string) => page.locator(`#facet-${facet}`).click();
const filterIndexRequests = (page: Page): string[] => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) requested.push(request.url());
  });
  return requested;
};

describe('search', () => {
  it('finds a known entry for a query in the URL, and announces the count', async () => {
    const page = await open('/search/?q=attendance');
    await expect.poll(() => status(page).textContent()).toBe('5 results');
    expect(await resultTitles(page)).toContain('Mentors for students who miss school');
    await expect.poll(() => page.locator('#search-query').inputValue()).toBe('attendance');
    expect(await status(page).getAttribute('role')).toBe('status');
    // Five results fit on one page: no "Show more results".
    expect(await page.locator('#search-more').isVisible()).toBe(false);
    await page.close();
  });

  it('narrows by audience, shows the counts per value, and puts the filter in the URL', async () => {
    const page = await open('/search/?q=attendance');
    await expect.poll(() => status(page).textContent()).toBe('5 results');
    await openGroup(page, 'audience');
    await expect.poll(() => page.locator('[data-count-for="audience:district-staff"]').textContent()).toBe('(3)');
    await checkbox(page, 'audience', 'district-staff').check();
    await expect.poll(() => status(page).textContent()).toBe('3 results');
    expect(new URL(page.url()).search).toBe('?q=attendance&audience=district-staff');
    // Values within a facet widen: district staff or community (one brief is for both).
    await checkbox(page, 'audience', 'community').check();
    await expect.poll(() => status(page).textContent()).toBe('4 results');
    await page.close();
  });

  it('narrows by problem without a query', async () => {
    const page = await open('/search/');
    await expect.poll(() => status(page).textContent()).toBe('Type a word, or choose a filter, to see results.');
    await openGroup(page, 'problem');
    await checkbox(page, 'problem', 'early-reading').check();
    await expect.poll(() => status(page).textContent()).toBe('1 result');
    expect(await resultTitles(page)).toEqual(['Reading tutors in first grade']);
    await page.close();
  });

  it('restores a shared filtered URL on load, and the back button undoes a filter', async () => {
    const page = await open('/search/?q=attendance&audience=district-staff&type=finding');
    await expect.poll(() => status(page).textContent()).toBe('1 result');
    expect(await checkbox(page, 'audience', 'district-staff').isChecked()).toBe(true);
    expect(await checkbox(page, 'type', 'finding').isChecked()).toBe(true);
    // The groups that narrowed the shared search are open; the others stay closed.
    expect(await group(page, 'audience').getAttribute('open')).toBe('');
    expect(await group(page, 'problem').getAttribute('open')).toBeNull();
    expect(await page.locator('#search-results .tier-badge').textContent()).toBe('Tier 1: Strong evidence');
    await checkbox(page, 'type', 'finding').uncheck();
    await expect.poll(() => status(page).textContent()).toBe('3 results');
    await page.goBack();
    await expect.poll(() => status(page).textContent()).toBe('1 result');
    expect(await checkbox(page, 'type', 'finding').isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe('1 result');
    await page.close();
  });

  it("fetches a facet's counts only when its group is opened, and only that facet's", async () => {
    const page = await chromium.context.newPage();
    const requested = filterIndexRequests(page);
    await page.goto(`${chromium.site.url}/search/?q=attendance`);
    await expect.poll(() => status(page).textContent()).toBe('5 results');
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    expect(await page.locator('[data-count-for="problem:attendance"]').textContent()).toBe('');
    await openGroup(page, 'problem');
    await expect.poll(() => page.locator('[data-count-for="problem:attendance"]').textContent()).toMatch(/^\(\d+\)$/);
    expect(requested).toHaveLength(1);
    // Still counted after the query changes, without fetching it again.
    await page.locator('#search-query').fill('tutoring');
    await page.locator('#search-submit').click();
    await expect.poll(() => page.url()).toContain('q=tutoring');
    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ results?$/);
    expect(requested).toHaveLength(1);
    expect(await page.locator('[data-count-for^="problem:"]').evaluateAll((counts) => counts.some((count) => count.textContent !== ''))).toBe(true);
    await page.close();
  });

  it('sorts by date when asked', async () => {
    const page = await open('/search/?q=attendance&sort=date');
    await expect.poll(() => status(page).textContent()).toBe('5 results');
    const dates = await page.locator('#search-results time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('never finds an unpublished entry', async () => {
    const page = await open('/search/?q=SECRET-SEARCH-DRAFT');
    await expect.poll(() => status(page).textContent()).toBe('No results. Try another word or fewer filters.');
    await page.close();
  });

  it('keeps each language in its own index', async () => {
    const spanish = await open('/es/search/?q=escuela');
    await expect.poll(() => status(spanish).textContent()).toBe('1 resultado');
    expect(await resultTitles(spanish)).toEqual(['Mentores para estudiantes que faltan a la escuela']);
    await spanish.close();
    const english = await open('/search/?q=escuela');
    await expect.poll(() => status(english).textContent()).toBe('No results. Try another word or fewer filters.');
    await english.close();
  });

  it('is reached from the header search box on any page, by keyboard', async () => {
    const page = await open('/briefs/');
    await page.locator('#site-search').focus();
    await page.keyboard.type('mentoring');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=mentoring$/);
    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ results?$/);
    await page.close();
  });

  it('works under the Content-Security-Policy sent as an HTTP header, with no violation', async () => {
    const page = await chromium.context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${chromium.site.url}/search/?q=attendance`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await expect.poll(() => status(page).textContent()).toBe('5 results');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('asks for Pagefind while the page parses, and searches in its worker, off the main thread', async () => {
    const page = await chromium.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${chromium.site.url}/search/?q=attendance`);
    await expect.poll(() => status(page).textContent()).toBe('5 results');
    expect(await page.locator('head link[rel="modulepreload"]').getAttribute('href')).toBe('/pagefind/pagefind.js');
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(requested).toContain('/pagefind/pagefind-worker.js');
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual(['/pagefind/pagefind-worker.js']);
    await page.close();
  });

  it('tells readers without JavaScript that search needs it, and links to the browse pages', async () => {
    const noScript = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${chromium.site.url}/search/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    expect(await page.locator('main a[href="/briefs/"]').count()).toBe(1);
    await noScript.close();
  });

  it('has no axe-core violations (WCAG 2.2 AA) with results and every filter group open', async () => {
    const page = await open('/search/?q=attendance&audience=district-staff');
    await expect.poll(() => status(page).textContent()).toBe('3 results');
    await page.locator('details[data-facet]:not([open]) summary').evaluateAll((summaries) => summaries.forEach((summary) => (summary as HTMLElement).click()));
    await expect.poll(() => page.locator('details[data-facet]:not([open])').count()).toBe(0);
    await expect.poll(() => page.locator('[data-count-for^="problem:"]').evaluateAll((counts) => counts.some((count) => count.textContent !== ''))).toBe(true);
    expect(await violationsOn(page)).toEqual([]);
    await page.close();
  });
});
