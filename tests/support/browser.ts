import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sharedBuild, type BuildOptions } from './build-site.ts';
import { chromiumPath } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

/**
 * Debian's Chromium, headless (the headless shell when installed: see chromiumPath), driven by
 * playwright-core (nothing here can download a browser). The flags keep it from reaching for the
 * network, which this machine's sandbox refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface BrowserOnSite {
  site: StaticSite;
  browser: Browser;
  context: BrowserContext;
  /** A new tab on `path` of the served site. */
  visit: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

const refusals = new WeakMap<Page, string[]>();

/** What Chromium refused on a page opened with visit() because of its Content-Security-Policy. */
export function cspRefusalsOn(page: Page): string[] {
  return refusals.get(page) ?? [];
}

/** Builds a site for real, serves it with its own headers, and opens Chromium on it. */
export async function openBuiltSite(options: BuildOptions): Promise<BrowserOnSite> {
  const build = sharedBuild(options);
  if (build.status !== 0) throw new Error(`the ${options.name} build failed:\n${build.output}`);
  const site = await serveStatic(build.outDir);
  const browser = await launchChromium();
  const context = await browser.newContext();
  return {
    site,
    browser,
    context,
    visit: async (path) => {
      const page = await context.newPage();
      const refused: string[] = [];
      refusals.set(page, refused);
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
      });
      await page.goto(`${site.url}${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      await browser.close();
      await site.close();
    },
  };
}

/**
 * Every axe-core violation on the page, one line each: rule id and the elements it found. All the
 * rules axe runs by default: WCAG 2.0-2.2 A and AA, and its best practices (unique landmarks, one
 * main, headings in order...), which catch what a screen-reader user trips on even where WCAG
 * does not require it.
 */
export async function violationsOn(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}
