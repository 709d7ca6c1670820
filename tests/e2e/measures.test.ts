import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BrowserOnSite } from '../support/browser.ts';
import { DEMO_SITE } from '../support/build-site.ts';

/**
 * Measure charts in real Chromium on the demo site: drawn inside their picture, named and
 * described for a screen reader, and their PDSA cycle marks reachable by keyboard with a visible
 * focus, each leading to its cycle. No script runs them.
 */
let chromium: BrowserOnSite;

beforeAll(async () => {
  chromium = await openBuiltSite({ fixture: DEMO_SITE, name: 'e2e-demo', now: '2026-11-23T12:00:00Z' });
});

afterAll(() => chromium?.close());

const BY_SCHOOL = '/measures/failing-grades-reviewed/';

/** The focused element's accessible name (aria-label) and whether its focus can be seen. */
function focusedMark(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as Element;
    const style = getComputedStyle(element);
    return {
      label: element.getAttribute('aria-label') ?? '',
      href: element.getAttribute('href') ?? '',
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe('a measure chart', () => {
  it('is a named group, described by its text alternative and its verdict', async () => {
    const page = await chromium.visit(BY_SCHOOL);
    const chart = page.getByRole('group', { name: 'Control chart (XmR): Failing grades reviewed within a week, Millrace High School' });
    expect(await chart.count()).toBe(1);
    const description = await chart.evaluate((svg) =>
      (svg.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.trim())
        .join(' | '),
    );
    expect(description).toMatch(/^Control chart \(XmR\) of 22 months, from September 2024 to October 2026; average 41\.08%\. \| The last twelve months were all above/);
    await page.close();
  });

  it('draws every point and line inside its picture', async () => {
    const page = await chromium.visit(BY_SCHOOL);
    const outside = await page.locator('svg.mc-page').evaluateAll((charts) =>
      charts.flatMap((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('.mc-point, .mc-value, .mc-centre, .mc-limit')].filter((mark) => {
          const box = mark.getBoundingClientRect();
          return box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
        }).length;
      }),
    );
    expect(outside).toEqual([0, 0, 0]);
    await page.close();
  });

  it("takes the keyboard through each school's cycle marks with a visible focus, in date order, and into the cycle", async () => {
    const page = await chromium.visit(BY_SCHOOL);
    await page.locator('.mc-multiple').first().locator('a.mc-cycle').first().focus();
    const marks = [await focusedMark(page)];
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('Tab');
      marks.push(await focusedMark(page));
    }
    expect(marks.map((mark) => mark.outline)).toEqual([true, true, true, true, true]);
    expect(marks.map((mark) => mark.href)).toEqual([
      '/cycles/huddle-millrace-1/',
      '/cycles/huddle-millrace-2/',
      '/cycles/huddle-millrace-3/',
      '/cycles/follow-up-millrace-1/',
      '/cycles/follow-up-millrace-2/',
    ]);
    expect(marks[0]!.label).toBe('PDSA cycle: Millrace: one team tries a paper list, started September 8, 2025');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cycles\/follow-up-millrace-2\/$/);
    await page.close();
  });

  it('runs no script of ours', async () => {
    const page = await chromium.visit(BY_SCHOOL);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });
});
