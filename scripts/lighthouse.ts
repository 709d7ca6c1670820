#!/usr/bin/env node
/**
 * npm run lighthouse — scores the home page, a brief and the search page with Lighthouse in
 * Debian's Chromium, against a built site served on 127.0.0.1 with its real security headers.
 * Targets (scripts/lighthouse/scores.ts): accessibility, best practices and SEO 100; performance
 * 95 or more, each the median of several runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { serveBlankPage } from './lighthouse/blank-page.ts';
import { CATEGORIES, parseRuns, performanceText, summarizeRuns, type PageSummary, type Scores } from './lighthouse/scores.ts';
import { readOptions } from './cli-options.ts';

const DEFAULT_RUNS = 3;

const HELP = `Usage: npm run lighthouse [-- --dist <dir>] [--pages /,/briefs/x/,/search/?q=y] [--runs <n>]

Serves a built site (default: dist/, built first with npm run build if it is missing) on
127.0.0.1 with the headers from its _headers file, runs Lighthouse (mobile, simulated throttling)
on each page in Debian's Chromium, and prints the scores. The browser is $CHROMIUM_PATH if set,
else chromium-headless-shell if installed, else chromium: full chromium loads its own interface
pages in another renderer beside the page it scores, which on two cores costs the page points.

Each page runs --runs times (default ${DEFAULT_RUNS}) and is judged on the median of each score,
the lowest and highest performance shown beside it: performance varies from run to run with the
machine's load. A last row scores a one-line blank page the same way, the best any page can get
on this machine that day (not held to the targets).

Exit status: 0 when every page meets the targets (accessibility, best practices and SEO 100,
performance 95 or more), 1 otherwise.`;

const DEFAULT_PAGES = ['/', '/briefs/high-dosage-tutoring/', '/search/?q=attendance'];

async function main(): Promise<number> {
  const given = readOptions(process.argv.slice(2), { dist: { type: 'string' }, pages: { type: 'string' }, runs: { type: 'string' } });
  if (given.help) {
    console.log(HELP);
    return 0;
  }
  const dist = path.resolve(given.dist ?? 'dist');
  const pages = given.pages?.split(',') ?? DEFAULT_PAGES;
  const runs = parseRuns(given.runs, DEFAULT_RUNS);
  if (!existsSync(path.join(dist, 'index.html'))) {
    if (given.dist) throw new Error(`${dist} holds no built site`);
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  const site = await serveStatic(dist);
  const blank = await serveBlankPage();
  const browserPath = chromiumPath();
  const chrome = await chromeLauncher.launch({
    chromePath: browserPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  let failed = false;
  try {
    console.log(`browser: ${browserPath}`);
    console.log(['page', ...CATEGORIES].join('\t'));
    for (const page of pages) {
      const { summary, lastReport } = await scorePage(`${site.url}${page}`, chrome.port, runs);
      failed ||= summary.misses.length > 0;
      console.log(row(page, summary) + (summary.misses.length ? `\tbelow target: ${summary.misses.join(', ')}` : ''));
      for (const category of summary.misses) {
        for (const ref of lastReport.categories[category]?.auditRefs ?? []) {
          const audit = lastReport.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) console.log(`  ${category}: ${audit.id} (${audit.title})`);
        }
      }
    }
    console.log(row('blank page (the floor)', (await scorePage(blank.url, chrome.port, runs)).summary));
  } finally {
    chrome.kill();
    await Promise.all([site.close(), blank.close()]);
  }
  return failed ? 1 : 0;
}

function row(label: string, summary: PageSummary): string {
  return [label, performanceText(summary), ...CATEGORIES.slice(1).map((category) => summary.scores[category])].join('\t');
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Lighthouse `runs` times on one URL: the summary, and the last report for naming failing audits. */
async function scorePage(url: string, port: number, runs: number): Promise<{ summary: PageSummary; lastReport: Report }> {
  const scores: Scores[] = [];
  let lastReport: Report | undefined;
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
    lastReport = result.lhr;
    scores.push(Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((result.lhr.categories[category]?.score ?? 0) * 100)])) as Scores);
  }
  return { summary: summarizeRuns(scores), lastReport: lastReport! };
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(2);
  },
);
