import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BrowserOnSite } from '../support/browser.ts';
import { DEMO_SITE } from '../support/build-site.ts';

/**
 * The driver diagram in real Chromium on the demo site: a picture on wide screens, gone on a
 * phone, where the nested list carries it; never in the way of a keyboard or a screen reader.
 */
let chromium: BrowserOnSite;

beforeAll(async () => {
  chromium = await openBuiltSite({ fixture: DEMO_SITE, name: 'e2e-demo', now: '2026-11-23T12:00:00Z' });
});

afterAll(() => chromium?.close());

const AIM = '/aims/ninth-grade-on-track/';

describe('the driver diagram', () => {
  it('is drawn on a wide screen, every box inside the picture, and the list follows it', async () => {
    const page = await chromium.visit(AIM);
    await page.setViewportSize({ width: 1280, height: 900 });
    const svg = page.locator('svg.driver-diagram-svg');
    expect(await svg.isVisible()).toBe(true);
    const picture = (await svg.boundingBox())!;
    expect(picture.width).toBeGreaterThan(900);
    // Each line of text stays inside its box (the layout estimates text widths at build time).
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('svg.driver-diagram-svg text.dd-text')].filter((text) => {
        const box = (text.previousElementSibling as SVGRectElement).getBBox();
        const drawn = (text as SVGTextElement).getBBox();
        return drawn.x + drawn.width > box.x + box.width || drawn.y + drawn.height > box.y + box.height;
      }).length,
    );
    expect(overflowing).toBe(0);
    expect(await page.locator('ul.driver-tree').isVisible()).toBe(true);
    await page.close();
  });

  it('gives way to the nested list on a phone', async () => {
    const page = await chromium.visit(AIM);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.locator('svg.driver-diagram-svg').isVisible()).toBe(false);
    expect(await page.locator('ul.driver-tree a').first().isVisible()).toBe(true);
    await page.close();
  });

  it('keeps its links out of the tab order, so the keyboard goes from the explainer link to the list', async () => {
    const page = await chromium.visit(AIM);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('a[href="/improvement/#drivers"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.driver-tree') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/change-ideas/weekly-grade-huddle/');
    await page.close();
  });
});
