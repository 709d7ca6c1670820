#!/usr/bin/env node
/**
 * npm run lighthouse — scores the home page, a brief and the search page with Lighthouse in
 * Debian's Chromium, against a built site served on 127.0.0.1 with its real security headers.
 * Targets: accessibility, best practices and SEO 100; performance 95 or more.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/support/static-server.ts';

const HELP = `Usage: npm run lighthouse [-- --dist <dir>] [--pages /,/briefs/x/,/search/?q=y]

Serves a built site (default: dist/, built first with npm run build if it is missing) on
127.0.0.1 with the headers from its _headers file, runs Lighthouse (mobile, simulated throttling)
on each page in Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH), and prints the scores.

Exit status: 0 when every page meets the targets (accessibility, best practices and SEO 100,
performance 95 or more), 1 otherwise.`;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
const DEFAULT_PAGES = ['/', '/briefs/high-dosage-tutoring/', '/search/?q=attendance'];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const dist = path.resolve(option('--dist') ?? 'dist');
  const pages = option('--pages')?.split(',') ?? DEFAULT_PAGES;
  if (!existsSync(path.join(dist, 'index.html'))) {
    if (option('--dist')) throw new Error(`${dist} holds no built site`);
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  const site = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  let failed = false;
  try {
    console.log(['page', ...CATEGORIES].join('\t'));
    for (const page of pages) {
      const result = await lighthouse(`${site.url}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
      const misses = CATEGORIES.filter((category, index) => scores[index]! < TARGET[category]);
      failed ||= misses.length > 0;
      console.log([page, ...scores].join('\t') + (misses.length ? `\tbelow target: ${misses.join(', ')}` : ''));
      for (const category of misses) {
        const audits = categories[category]?.auditRefs ?? [];
        for (const ref of audits) {
          const audit = result!.lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) console.log(`  ${category}: ${audit.id} (${audit.title})`);
        }
      }
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(2);
  },
);
