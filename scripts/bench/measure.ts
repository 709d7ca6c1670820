/**
 * The bench's instruments, one thing each: a command's wall time and peak memory, the largest
 * page and the JavaScript an entry page loads, and one search in real Chromium. bench.ts decides
 * what to measure; budgets.ts judges it.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { COMPRESSIBLE_TYPE, serveStatic } from '../../tests/support/static-server.ts';
import type { CorpusFile } from './corpus.ts';
import { pageAssets } from './page-assets.ts';
import { median } from './stats.ts';

export const TIME_BINARY = '/usr/bin/time';
export const PEAK_MEMORY_METHOD =
  'peak memory is the largest resident set of any one process of the build (node, or the Pagefind binary it starts), from GNU time.';

export interface CommandResult {
  status: number | null;
  seconds: number;
  /** Max RSS in KB of the largest single process in the command's tree. */
  peakKb: number;
  logFile: string;
}

/**
 * Several runs of one build as one: the median time (a machine's speed drifts within minutes,
 * so one run can land anywhere in that band), the largest memory, and the first failure.
 */
export function combineRuns(runs: readonly CommandResult[]): CommandResult {
  const last = runs.at(-1);
  if (!last) throw new Error('combineRuns needs at least one run');
  const failed = runs.find((run) => run.status !== 0);
  return {
    status: failed ? failed.status : 0,
    seconds: median(runs.map((run) => run.seconds)),
    peakKb: Math.max(...runs.map((run) => run.peakKb)),
    logFile: (failed ?? last).logFile,
  };
}

/**
 * Runs `node <args>` under GNU time, output to a log file, wall time measured around it. GNU
 * time's peak memory covers the children node waits for, so Pagefind's binary counts too.
 */
export async function runMeasured(
  nodeArgs: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<CommandResult> {
  const reportFile = `${options.logFile}.time`;
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(TIME_BINARY, ['-f', '%M', '-o', reportFile, process.execPath, ...nodeArgs], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', log, log],
  });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (cause) => reject(new Error(`Could not run ${TIME_BINARY} (GNU time): ${cause.message}`)));
    child.on('exit', (code) => resolve(code));
  }).finally(() => closeSync(log));
  const seconds = (performance.now() - started) / 1000;
  return { status, seconds, peakKb: parsePeakKb(readFileSync(reportFile, 'utf8')), logFile: options.logFile };
}

/**
 * GNU time's `%M` report: max RSS in KB on its last line (a line such as "Command terminated by
 * signal 9" may come before it); 0 when it wrote none.
 */
export function parsePeakKb(text: string): number {
  const value = Number((text.trim().split('\n').at(-1) ?? '').trim());
  return Number.isFinite(value) ? value : 0;
}

/** True when a build log shows V8 running out of heap. */
export function ranOutOfMemory(logFile: string): boolean {
  return /heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/i.test(readFileSync(logFile, 'utf8'));
}

export function writeFiles(root: string, files: readonly CorpusFile[]): void {
  rmSync(root, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}

/** What measure pages cost in a build, from the render time Astro logs for each page. */
export interface MeasurePageCost {
  /** Measure pages built, in every language. */
  pages: number;
  /** Their mean render time, and that of the other entry pages, in ms. */
  meanMs: number;
  entryMeanMs: number;
  /** Their share of the render time of every page the log times. */
  share: number;
}

/** `├─ /measures/x/index.html (+41ms)`: a page Astro rendered, and how long it took. */
const PAGE_TIME = /[├└]─ (\/\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g;
const ENTRY_PAGE = /^\/(?:[a-z]{2}(?:-[A-Za-z]+)?\/)?([a-z-]+)\/[^/]+\/index\.html$/;

/**
 * The measure pages' cost from a build log: Astro prints each page's render time (pages render
 * eight at a time, so the times overlap; their share is of the summed times, not of the wall
 * clock). Undefined when the log times no measure page.
 */
export function measurePageCost(log: string, entryCollections: readonly string[]): MeasurePageCost | undefined {
  const times = [...log.matchAll(PAGE_TIME)].map(([, page, amount, unit]) => ({ page: page!, ms: Number(amount) * (unit === 's' ? 1000 : 1) }));
  const collectionOf = (page: string) => ENTRY_PAGE.exec(page)?.[1];
  const measures = times.filter((time) => collectionOf(time.page) === 'measures');
  const entries = times.filter((time) => entryCollections.includes(collectionOf(time.page) ?? ''));
  if (!measures.length) return undefined;
  const sum = (list: readonly { ms: number }[]) => list.reduce((total, time) => total + time.ms, 0);
  return {
    pages: measures.length,
    meanMs: sum(measures) / measures.length,
    entryMeanMs: entries.length ? sum(entries) / entries.length : 0,
    share: sum(measures) / sum(times),
  };
}

/** The largest HTML page of a built site, by its path under `distDir`: what a reader may have to load. */
export function largestPage(distDir: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: 0 };
  for (const entry of readdirSync(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { path: path.relative(distDir, file).split(path.sep).join('/'), bytes };
  }
  return largest;
}

/**
 * What a host sends for one page: its HTML and stylesheets, gzipped (text is compressed by every
 * static host), its path under `distDir` as `briefs/page/2`.
 */
export function pageGzipBytes(distDir: string, pagePath: string): number {
  const html = readFileSync(path.join(distDir, pagePath, 'index.html'));
  const styles = pageAssets(html.toString('utf8')).stylesheetFiles.map((href) => readFileSync(path.join(distDir, new URL(href, 'https://site.invalid/').pathname)));
  return [html, ...styles].reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
}

/** Bytes of JavaScript a built page loads: its script files and inline code (JSON-LD is data, not code). */
export function pageScriptBytes(distDir: string, pagePath: string): number {
  const html = readFileSync(path.join(distDir, pagePath, 'index.html'), 'utf8');
  const assets = pageAssets(html);
  const sizeOf = (href: string) => statSync(path.join(distDir, new URL(href, 'https://site.invalid/').pathname)).size;
  return assets.inlineScriptBytes + assets.scriptFiles.reduce((sum, href) => sum + sizeOf(href), 0);
}

export interface SearchMeasurement {
  /**
   * Every response (headers, and bodies gzipped as static hosts send text) of a cold search
   * for the query, until the network is idle; Pagefind's index files are gzipped already.
   */
  gzipBytes: number;
  /** The same for the query narrowed by a problem and an audience (their facet indexes load too). */
  narrowedGzipBytes: number;
  /** Median over the cold runs, ms from navigation start to the first result link. */
  firstResultMs: number;
  /** The same for Pagefind's default UI on the same index, its runs interleaved with ours. */
  pagefindUiFirstResultMs: number;
  pagefindUiGzipBytes: number;
  /** The status line the page showed ("4,180 results"), for the log. */
  status: string;
  responses: number;
}

/** Where a search page shows its results: a peer page (another search UI) names its own. */
export interface SearchPage {
  url: string;
  /** The first result's link, once it is on the page. */
  resultSelector: string;
  statusSelector?: string;
}

declare global {
  interface Window {
    __benchFirstResult?: number;
  }
}

/** Where the bench puts its Pagefind UI page in a built site (never part of the site itself). */
export const PAGEFIND_UI_PAGE = '/bench/pagefind-ui/';

/**
 * Pagefind's own default UI as its documentation sets it up: its stylesheet and script (which
 * Pagefind writes beside the index), `new PagefindUI({ element })`, and the query of the page's
 * `?q=` started with `triggerSearch`. Scripts are files, as the site's Content-Security-Policy wants.
 */
export function writePagefindUiPage(distDir: string): void {
  writeFiles(path.join(distDir, PAGEFIND_UI_PAGE), [
    {
      path: 'index.html',
      text: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Search with Pagefind UI</title>
    <link rel="stylesheet" href="/pagefind/pagefind-ui.css" />
    <script src="/pagefind/pagefind-ui.js"></script>
    <script src="${PAGEFIND_UI_PAGE}start.js"></script>
  </head>
  <body>
    <main><div id="search"></div></main>
  </body>
</html>
`,
    },
    {
      path: 'start.js',
      text: `window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search' });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
});
`,
    },
  ]);
}

/**
 * Serves the built site as a static host would and searches it in Debian's Chromium, each run in
 * a fresh browser context (a first-time visitor: nothing cached), after one warm-up run of each
 * page so the disk cache and the browser process are not part of what is measured. Our search
 * page and Pagefind's default UI take turns, so a machine that slows down slows both.
 */
export async function measureSearch(
  distDir: string,
  query: string,
  narrowing: Readonly<Record<string, string>>,
  runs = 3,
): Promise<SearchMeasurement> {
  writePagefindUiPage(distDir);
  const site = await serveStatic(distDir);
  const browser = await launchChromium();
  const ours = (params: Record<string, string>): SearchPage => ({
    url: `${site.url}/search/?${new URLSearchParams(params)}`,
    resultSelector: '#search-results li a',
    statusSelector: '#search-status',
  });
  const peer: SearchPage = { url: `${site.url}${PAGEFIND_UI_PAGE}?${new URLSearchParams({ q: query })}`, resultSelector: '.pagefind-ui__result-link' };
  try {
    await searchOnce(browser, ours({ q: query }));
    await searchOnce(browser, peer);
    const measured: SearchRun[] = [];
    const peers: SearchRun[] = [];
    for (let run = 0; run < runs; run++) {
      measured.push(await searchOnce(browser, ours({ q: query })));
      peers.push(await searchOnce(browser, peer));
    }
    const narrowed = await searchOnce(browser, ours({ q: query, ...narrowing }));
    return {
      gzipBytes: measured[0]!.gzipBytes,
      narrowedGzipBytes: narrowed.gzipBytes,
      firstResultMs: median(measured.map((run) => run.firstResultMs)),
      pagefindUiFirstResultMs: median(peers.map((run) => run.firstResultMs)),
      pagefindUiGzipBytes: peers[0]!.gzipBytes,
      status: measured[0]!.status,
      responses: measured[0]!.responses,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

interface SearchRun {
  gzipBytes: number;
  firstResultMs: number;
  status: string;
  responses: number;
}

/** One cold search: a fresh context, every response counted, the first result timed in the page. */
export async function searchOnce(browser: Browser, search: SearchPage): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => sizes.push(gzippedResponseBytes(request)));
    await page.addInitScript(watchFirstResult, search.resultSelector);
    await page.goto(search.url);
    await page.waitForSelector(search.resultSelector, { timeout: 60_000 });
    // Result cards load their records after the first appears: count everything a reader waits for.
    await page.waitForLoadState('networkidle');
    const firstResultMs = await page.evaluate(() => window.__benchFirstResult ?? Number.NaN);
    const status = search.statusSelector ? ((await page.locator(search.statusSelector).textContent()) ?? '') : '';
    const responses = await Promise.all(sizes);
    return { gzipBytes: responses.reduce((sum, bytes) => sum + bytes, 0), firstResultMs, status, responses: responses.length };
  } finally {
    await context.close();
  }
}

/**
 * A response's headers plus its body gzipped as a host sends text. The body is read rather than
 * taken from the timing data, which reports 0 bytes for a worker's script.
 */
async function gzippedResponseBytes(request: Request): Promise<number> {
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  const body = response ? await response.body() : Buffer.alloc(0);
  const type = (await response?.headerValue('content-type')) ?? '';
  return sizes.responseHeadersSize + (COMPRESSIBLE_TYPE.test(type) ? gzipSync(body).length : body.length);
}

/** Runs in the page before its own scripts: notes when the first result appears. */
function watchFirstResult(selector: string): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) {
      window.__benchFirstResult = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}
