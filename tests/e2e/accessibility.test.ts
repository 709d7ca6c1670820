import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspRefusalsOn, openBuiltSite, violationsOn, type BrowserOnSite } from '../support/browser.ts';
import { DEMO_SITE } from '../support/build-site.ts';
import { MANY_ENTRIES_NOW, manyEntriesContent } from '../support/many-entries.ts';

/**
 * axe-core (every rule it runs by default: WCAG 2.0-2.2 A and AA, and best practices) on one page
 * of every template of the demo site, in real Chromium, plus the keyboard path: skip link, focus
 * order and visible focus.
 */
const TEMPLATES = [
  ['home', '/'],
  ['briefs list', '/briefs/'],
  ['findings list', '/findings/'],
  ['challenges list', '/challenges/'],
  ['events list', '/events/'],
  ['problems list', '/problems/'],
  ['people list', '/people/'],
  ['alliances list', '/alliances/'],
  ['brief', '/briefs/high-dosage-tutoring/'],
  ['finding', '/findings/tutoring-raises-math-achievement/'],
  ['challenge note', '/challenges/beyond-the-briefing/'],
  ['one challenge', '/challenges/legitimacy/'],
  ['event', '/events/riverbend-community-forum-2027/'],
  ['problem', '/problems/chronic-absenteeism/'],
  ['audience (community way in)', '/audiences/community/'],
  ['audience', '/audiences/district-staff/'],
  ['alliance', '/alliances/riverbend-alliance/'],
  ['person', '/people/amina-farah/'],
  ['glossary', '/glossary/'],
  ['evidence explainer', '/evidence/'],
  ['authoring guide', '/guide/'],
  ['404', '/no-such-page/'],
  ['search', '/search/'],
  ['Spanish home', '/es/'],
  ['Spanish brief', '/es/briefs/tutoria-intensiva/'],
  ['Spanish event', '/es/events/foro-comunitario-riverbend-2027/'],
  ['Spanish glossary', '/es/glossary/'],
  ['Spanish evidence explainer', '/es/evidence/'],
  ['Spanish community way in', '/es/audiences/community/'],
  ['Spanish problems list', '/es/problems/'],
  ['Spanish problem', '/es/problems/chronic-absenteeism/'],
  ['Spanish alliance', '/es/alliances/riverbend-alliance/'],
  ['Spanish person', '/es/people/maya-okafor/'],
  ['Spanish search', '/es/search/'],
  ['improvement explainer', '/improvement/'],
  ['aims list', '/aims/'],
  ['aim (driver diagram)', '/aims/ninth-grade-on-track/'],
  ['change ideas list', '/change-ideas/'],
  ['change idea (ramps)', '/change-ideas/weekly-grade-huddle/'],
  ['abandoned change idea', '/change-ideas/saturday-catch-up/'],
  ['cycle', '/cycles/huddle-eastgate-1/'],
  ['cycle still running', '/cycles/huddle-wrenfield-2/'],
  ['clusters list', '/clusters/'],
  ['cluster', '/clusters/early-response-cluster/'],
  ['execution network alliance', '/alliances/cedar-hollow-partnership/'],
  ['Spanish improvement explainer', '/es/improvement/'],
  ['Spanish aims list', '/es/aims/'],
  ['Spanish aim (driver diagram)', '/es/aims/noveno-grado-en-camino/'],
  ['Spanish change ideas list', '/es/change-ideas/'],
  ['Spanish change idea (ramps)', '/es/change-ideas/reunion-semanal-de-notas/'],
  ['Spanish clusters list', '/es/clusters/'],
  ['measures list', '/measures/'],
  ['measure (run chart, withheld months)', '/measures/family-contact-within-five-days/'],
  ['measure (run chart, target)', '/measures/ninth-grade-on-track-rate/'],
  ['measure (XmR by school, small multiples)', '/measures/failing-grades-reviewed/'],
  ['measure (XmR, phases, target)', '/measures/teacher-review-hours/'],
  ['Spanish measures list', '/es/measures/'],
  ['Spanish measure (XmR, phases)', '/es/measures/horas-docentes-en-reuniones/'],
  ['Spanish measure (run chart)', '/es/measures/estudiantes-de-noveno-en-camino/'],
  ['audience, a later page', '/audiences/district-staff/page/2/'],
  ['Spanish audience, a later page', '/es/audiences/district-staff/page/2/'],
] as const;

/** Pages of the generated tree with more entries than a page holds (tests/support/many-entries.ts). */
const PAGED_TEMPLATES = [
  ['briefs list, a later page', '/briefs/page/2/'],
  ['events list, upcoming then past', '/events/'],
  ['one challenge, a later page', '/challenges/legitimacy/page/2/'],
  ['problem with a long evidence table', '/problems/attendance/'],
  ['problem, a later page', '/problems/attendance/page/2/'],
  ['evidence table, a later page', '/problems/attendance/evidence/page/2/'],
  ['person, a later page', '/people/pat-fixture/page/2/'],
] as const;

let chromium: BrowserOnSite;

beforeAll(async () => {
  chromium = await openBuiltSite({ fixture: DEMO_SITE, name: 'e2e-demo', now: '2026-11-23T12:00:00Z' });
});

afterAll(() => chromium?.close());

const open = (path: string): Promise<Page> => chromium.visit(path);

describe('axe-core on every template', () => {
  it.each(TEMPLATES)('%s (%s) has no violations, and nothing refused by its CSP', async (_name, url) => {
    const page = await open(url);
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^(en|es)$/);
    expect(await violationsOn(page)).toEqual([]);
    expect(cspRefusalsOn(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['/search/?q=attendance', /^\d+ results$/],
    ['/es/search/?q=escuela', /^\d+ resultados?$/],
  ])('search with results (%s) has no violations', async (url, status) => {
    const page = await open(url);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(status);
    expect(await violationsOn(page)).toEqual([]);
    await page.close();
  });

  it('the search page has one search landmark, every other page the header one', async () => {
    for (const [url, names] of [
      ['/search/', ['']],
      ['/es/search/', ['']],
      ['/briefs/', ['Search the portal']],
    ] as const) {
      const page = await open(url);
      const landmarks = await page.locator('[role="search"]').evaluateAll((forms) => forms.map((form) => form.getAttribute('aria-label') ?? ''));
      expect(landmarks, url).toEqual(names);
      await page.close();
    }
  });
});

describe('evidence labels in the browser', () => {
  it('shows a finding its tier first in the page, in words and number, linked to the explainer', async () => {
    const page = await open('/findings/tutoring-raises-math-achievement/');
    const badge = page.locator('main [data-tier]').first();
    expect(await badge.getAttribute('data-tier')).toBe('1');
    expect(await badge.isVisible()).toBe(true);
    expect((await badge.innerText()).replace(/\s+/g, ' ').trim()).toBe('1 Tier 1: Strong evidence');
    await badge.click();
    await page.waitForURL(/\/evidence\/#tier-1$/);
    expect(await page.locator('#tier-1').isVisible()).toBe(true);
    await page.close();
  });

  it('reads the tutoring effect as months of progress', async () => {
    const page = await open('/findings/tutoring-raises-math-achievement/');
    expect(await page.locator('.evidence-panel .months').innerText()).toMatch(/^about 3 months of additional progress/);
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await open('/briefs/');
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('Skip to main content');
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('walks the search page in reading order with a visible focus on each control', async () => {
    const page = await open('/search/?q=tutoring');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/results?$/);
    await page.locator('#search-query').focus();
    const order: string[] = [];
    for (let step = 0; step < 5; step++) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          name: element.id || `${(element as HTMLInputElement).name}=${(element as HTMLInputElement).value}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      expect(focused.outline, `no visible focus on ${focused.name}`).toBe(true);
      order.push(focused.name);
      // A filter group opens from the keyboard, and its first value comes next.
      if (focused.name === 'facet-type') await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(['search-query', 'search-submit', 'search-sort', 'facet-type', 'type=brief']);
    await page.close();
  });
});

describe('lists in pages', () => {
  let paged: BrowserOnSite;
  beforeAll(async () => {
    paged = await openBuiltSite({ fixture: 'base', contentDir: manyEntriesContent(), name: 'many-entries', now: MANY_ENTRIES_NOW });
  });
  afterAll(() => paged?.close());

  it.each(PAGED_TEMPLATES)('%s (%s) has no violations', async (_name, url) => {
    const page = await paged.visit(url);
    expect(await violationsOn(page)).toEqual([]);
    expect(cspRefusalsOn(page)).toEqual([]);
    await page.close();
  });

  it('reaches every page link from the keyboard, with a visible focus, the current page announced', async () => {
    const page = await paged.visit('/briefs/page/2/');
    const nav = page.getByRole('navigation', { name: 'Pages of this list' });
    expect(await nav.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    const reached: string[] = [];
    for (let step = 0; step < 200 && reached.length < (await nav.getByRole('link').count()); step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          inNav: element.closest('.page-nav') !== null,
          name: element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused.inNav) continue;
      expect(focused.outline, `no visible focus on ${focused.name}`).toBe(true);
      reached.push(focused.name);
    }
    expect(reached).toEqual(['Previous page', 'Page 1', 'Page 2']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/briefs\/$/);
    await page.close();
  });
});
