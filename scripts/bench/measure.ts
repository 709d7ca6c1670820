/**
 * The bench's measuring instruments: a command's wall time and peak memory, the bytes of a
 * folder, the JavaScript and CSS a page loads, and one search in real Chromium. Each does one
 * thing; bench.ts decides what to measure.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { COMPRESSIBLE_TYPE, serveStatic } from '../../tests/support/static-server.ts';
import { serveBlankPage } from './blank-page.ts';
import { servePagefindAlone } from './pagefind-alone.ts';
import type { CorpusFile } from './corpus.ts';
import { pageAssets } from './page-assets.ts';
import { median } from './stats.ts';

export const TIME_BINARY = '/usr/bin/time';
export const PEAK_MEMORY_METHOD = [
  'peak MB is the max RSS of the largest single process (node, or the Pagefind binary it starts),',
  'from GNU time -f %M and /proc samples; tree MB is the most the whole process tree (node and',
  'Pagefind together) held at once, sampled from /proc every 200 ms.',
].join('\n');
const SAMPLE_EVERY_MS = 200;

export interface CommandResult {
  status: number | null;
  seconds: number;
  /** Max RSS in KB of the largest single process in the command's tree. */
  peakKb: number;
  /** The largest sum of RSS over the whole tree at one moment, in KB (sampled). */
  treePeakKb: number;
  /**
   * User plus system CPU seconds of the whole tree: node, its worker threads and the children it
   * waited for (Pagefind's binary). Work done, not time waited: steadier than wall time on a busy
   * machine, so it shows whether a change did less work when the wall clock cannot.
   */
  cpuSeconds: number;
  logFile: string;
}

/**
 * Several runs of one build as one: the median time (the machine's speed drifts by 10-20% within
 * minutes, so one run can land anywhere in that band), the largest memory, and the first failure.
 */
export function combineRuns(runs: readonly CommandResult[]): CommandResult {
  const last = runs.at(-1);
  if (!last) throw new Error('combineRuns needs at least one run');
  const failed = runs.find((run) => run.status !== 0);
  return {
    status: failed ? failed.status : 0,
    seconds: median(runs.map((run) => run.seconds)),
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    peakKb: Math.max(...runs.map((run) => run.peakKb)),
    treePeakKb: Math.max(...runs.map((run) => run.treePeakKb)),
    logFile: (failed ?? last).logFile,
  };
}

/**
 * Runs `node <args>` under GNU time, output to a log file; wall time measured around it. GNU time
 * reports the largest process it reaped; the /proc samples also see a child such as Pagefind's
 * binary while it runs beside node, which is when the machine needs the most memory.
 */
export async function runMeasured(
  nodeArgs: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<CommandResult> {
  const reportFile = `${options.logFile}.time`;
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(TIME_BINARY, ['-f', TIME_FORMAT, '-o', reportFile, process.execPath, ...nodeArgs], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', log, log],
  });
  const sampled = { largestKb: 0, totalKb: 0 };
  const timer = setInterval(() => {
    const now = treeMemory(child.pid);
    sampled.largestKb = Math.max(sampled.largestKb, now.largestKb);
    sampled.totalKb = Math.max(sampled.totalKb, now.totalKb);
  }, SAMPLE_EVERY_MS);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (cause) => reject(new Error(`Could not run ${TIME_BINARY} (GNU time): ${cause.message}`)));
    child.on('exit', (code) => resolve(code));
  }).finally(() => {
    clearInterval(timer);
    closeSync(log);
  });
  const seconds = (performance.now() - started) / 1000;
  const reported = parseTimeReport(readFileSync(reportFile, 'utf8'));
  const peakKb = Math.max(reported.peakKb, sampled.largestKb);
  return { status, seconds, peakKb, treePeakKb: Math.max(sampled.totalKb, peakKb), cpuSeconds: reported.cpuSeconds, logFile: options.logFile };
}

/** GNU time's report: max RSS in KB, user CPU seconds, system CPU seconds. */
const TIME_FORMAT = '%M %U %S';

/**
 * GNU time's report as written with TIME_FORMAT. Its last line holds the figures; a line such as
 * "Command terminated by signal 9" may come before it. Figures it did not write count as 0.
 */
export function parseTimeReport(text: string): { peakKb: number; cpuSeconds: number } {
  const [peakKb, user, system] = (text.trim().split('\n').at(-1) ?? '').trim().split(/\s+/).map(Number);
  const figure = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value : 0);
  return { peakKb: figure(peakKb), cpuSeconds: figure(user) + figure(system) };
}

/** RSS of a process and its descendants right now, from /proc (Linux); zeros once it is gone. */
export function treeMemory(pid: number | undefined): { largestKb: number; totalKb: number } {
  const result = { largestKb: 0, totalKb: 0 };
  const visit = (current: number) => {
    const rss = readProc(`/proc/${current}/status`)?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
    if (rss) {
      result.largestKb = Math.max(result.largestKb, Number(rss));
      result.totalKb += Number(rss);
    }
    for (const task of listProc(`/proc/${current}/task`)) {
      for (const next of (readProc(`/proc/${current}/task/${task}/children`) ?? '').split(/\s+/).filter(Boolean)) visit(Number(next));
    }
  };
  if (pid !== undefined) visit(pid);
  return result;
}

/** A /proc file's text, or undefined when the process ended while we looked. */
function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function listProc(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
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

/** Sum of the sizes of every file under a folder (0 when it does not exist). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Bytes of JavaScript (files and inline code) and CSS files a built page loads. */
export function pageWeight(distDir: string, pagePath: string): { jsBytes: number; cssBytes: number } {
  const html = readFileSync(path.join(distDir, pagePath, 'index.html'), 'utf8');
  const assets = pageAssets(html);
  const sizeOf = (href: string) => statSync(path.join(distDir, new URL(href, 'https://site.invalid/').pathname)).size;
  return {
    jsBytes: assets.inlineScriptBytes + assets.scriptFiles.reduce((sum, href) => sum + sizeOf(href), 0),
    cssBytes: assets.stylesheetFiles.reduce((sum, href) => sum + sizeOf(href), 0),
  };
}

export interface SearchMeasurement {
  /**
   * Headers and bodies, uncompressed, of every response of a cold search for the query, until
   * the network is idle.
   */
  bytes: number;
  /**
   * The same for the query narrowed by a problem and an audience: the page also loads those two
   * facets' parts of Pagefind's filter index (to filter, and to count in their open groups).
   */
  narrowedBytes: number;
  narrowedGzipBytes: number;
  /**
   * The same with text bodies gzipped, as static hosts (and the test server) send them;
   * Pagefind's index files are gzipped already and count as they are.
   */
  gzipBytes: number;
  responses: number;
  /** Median over the cold runs, ms from navigation start to the first result card. */
  firstResultMs: number;
  /**
   * The same browser's floor: median ms from navigation start until a one-line page, served on
   * 127.0.0.1 too, has been parsed (a fresh context each run, as for the search). No page of
   * ours can be faster; it shows how much of the first-results time is the machine's.
   */
  blankPageMs: number;
  /**
   * Pagefind's own floor: median ms to the first result on a page that only runs Pagefind over
   * a one-record index (pagefind-alone.ts), same browser, fresh context each run. Our search
   * page's first results can be no sooner; the rest of their time is our page and corpus.
   */
  pagefindAloneMs: number;
  /** The status line the page showed ("4,180 results"). */
  status: string;
}

declare global {
  interface Window {
    __benchFirstResult?: number;
  }
}

/**
 * Serves the built site as a static host would and searches it in Debian's Chromium, each run
 * in a fresh browser context (a first-time visitor: nothing cached). One warm-up run first, so
 * the disk cache and the browser process are not part of what is measured.
 */
export async function measureSearch(
  distDir: string,
  query: string,
  narrowing: Readonly<Record<string, string>>,
  runs = 3,
): Promise<SearchMeasurement> {
  const site = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const measured = await searchRuns(browser, `${site.url}/search/?${new URLSearchParams({ q: query })}`, runs);
    const narrowed = await searchOnce(browser, `${site.url}/search/?${new URLSearchParams({ q: query, ...narrowing })}`);
    return {
      ...measured[0]!,
      narrowedBytes: narrowed.bytes,
      narrowedGzipBytes: narrowed.gzipBytes,
      firstResultMs: median(measured.map((run) => run.firstResultMs)),
      blankPageMs: await blankPageFloor(browser, runs),
      pagefindAloneMs: await pagefindAloneFloor(browser, runs),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

type SearchRun = Omit<SearchMeasurement, 'narrowedBytes' | 'narrowedGzipBytes' | 'blankPageMs' | 'pagefindAloneMs'>;

/**
 * `measure` once to warm up (disk cache, browser process), its result dropped, then `runs` times
 * kept: every browser timing in the bench is taken this way.
 */
async function afterWarmUp<T>(runs: number, measure: () => Promise<T>): Promise<T[]> {
  await measure();
  const measured = [];
  for (let run = 0; run < runs; run++) measured.push(await measure());
  return measured;
}

/** One warm-up search on `url`, then `runs` measured ones. */
function searchRuns(browser: Chromium, url: string, runs: number): Promise<SearchRun[]> {
  return afterWarmUp(runs, () => searchOnce(browser, url));
}

async function searchOnce(browser: Chromium, url: string): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<ResponseSize>[] = [];
    page.on('requestfinished', (request) => sizes.push(responseSizes(request)));
    await page.addInitScript(watchFirstResult);
    await page.goto(url);
    await page.waitForSelector('#search-results li', { timeout: 60_000 });
    // Result cards load their records after the first appears: count everything a reader waits for.
    await page.waitForLoadState('networkidle');
    const firstResultMs = await page.evaluate(() => window.__benchFirstResult ?? Number.NaN);
    const status = (await statusText(page)) ?? '';
    const responses = await Promise.all(sizes);
    const bytes = responses.reduce((sum, size) => sum + size.bytes, 0);
    const gzipBytes = responses.reduce((sum, size) => sum + size.gzipBytes, 0);
    return { bytes, gzipBytes, responses: responses.length, firstResultMs, status };
  } finally {
    await context.close();
  }
}

/** Median ms to the first result with Pagefind alone, after one warm-up, as for our page. */
async function pagefindAloneFloor(browser: Chromium, runs: number): Promise<number> {
  const alone = await servePagefindAlone();
  try {
    return median((await searchRuns(browser, `${alone.url}/`, runs)).map((run) => run.firstResultMs));
  } finally {
    await alone.close();
  }
}

/** Median ms from navigation start to DOMContentLoaded of a one-line page, after one warm-up. */
async function blankPageFloor(browser: Chromium, runs: number): Promise<number> {
  const blank = await serveBlankPage();
  try {
    const times = await afterWarmUp(runs, async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(blank.url);
        return await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON().domContentLoadedEventStart as number);
      } finally {
        await context.close();
      }
    });
    return median(times);
  } finally {
    await blank.close();
  }
}

interface ResponseSize {
  bytes: number;
  gzipBytes: number;
}

/**
 * A response's headers plus its body uncompressed, and gzipped as a host sends it. The body is
 * read rather than taken from the timing data, which reports 0 bytes for a worker's script.
 */
async function responseSizes(request: Request): Promise<ResponseSize> {
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  const body = response ? await response.body() : Buffer.alloc(0);
  const type = (await response?.headerValue('content-type')) ?? '';
  const compressed = COMPRESSIBLE_TYPE.test(type) ? gzipSync(body).length : body.length;
  return { bytes: sizes.responseHeadersSize + body.length, gzipBytes: sizes.responseHeadersSize + compressed };
}

/** Runs in the page before its own scripts: notes when the first result card appears. */
function watchFirstResult(): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector('#search-results li')) {
      window.__benchFirstResult = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

function statusText(page: Page): Promise<string | null> {
  return page.locator('#search-status').textContent();
}
