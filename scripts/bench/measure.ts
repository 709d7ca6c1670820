/**
 * The bench's measuring instruments: a command's wall time and peak memory, the bytes of a
 * folder, the JavaScript and CSS a page loads, and one search in real Chromium. Each does one
 * thing; bench.ts decides what to measure.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import type { CorpusFile } from './corpus.ts';
import { pageAssets } from './page-assets.ts';

export const TIME_BINARY = '/usr/bin/time';
export const PEAK_MEMORY_METHOD =
  'peak memory: max RSS of the largest single process (node, or the Pagefind binary it starts), from GNU time -f %M';

export interface CommandResult {
  status: number | null;
  seconds: number;
  /** Max RSS in KB of the largest process in the command's tree (GNU time's %M). */
  peakKb: number;
  logFile: string;
}

/** Runs `node <args>` under GNU time, output to a log file; wall time measured around it. */
export function runMeasured(nodeArgs: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): CommandResult {
  const memoryFile = `${options.logFile}.peak-kb`;
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const result = spawnSync(TIME_BINARY, ['-f', '%M', '-o', memoryFile, process.execPath, ...nodeArgs], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', log, log],
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(log);
  if (result.error) throw new Error(`Could not run ${TIME_BINARY} (GNU time): ${result.error.message}`);
  const peakKb = Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1));
  return { status: result.status, seconds, peakKb: Number.isFinite(peakKb) ? peakKb : 0, logFile: options.logFile };
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
  /** Headers and bodies of every response of the first cold search. */
  bytes: number;
  responses: number;
  /** Median over the cold runs, ms from navigation start to the first result card. */
  firstResultMs: number;
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
export async function measureSearch(distDir: string, query: string, runs = 3): Promise<SearchMeasurement> {
  const site = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const url = `${site.url}/search/?q=${encodeURIComponent(query)}`;
    await searchOnce(browser, url);
    const measured = [];
    for (let run = 0; run < runs; run++) measured.push(await searchOnce(browser, url));
    const times = measured.map((run) => run.firstResultMs).sort((a, b) => a - b);
    return { ...measured[0]!, firstResultMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function searchOnce(browser: Awaited<ReturnType<typeof launchChromium>>, url: string): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
    });
    await page.addInitScript(watchFirstResult);
    await page.goto(url);
    await page.waitForSelector('#search-results li', { timeout: 60_000 });
    // Result cards load their records after the first appears: count everything a reader waits for.
    await page.waitForLoadState('networkidle');
    const firstResultMs = await page.evaluate(() => window.__benchFirstResult ?? Number.NaN);
    const status = (await statusText(page)) ?? '';
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return { bytes, responses: sizes.length, firstResultMs, status };
  } finally {
    await context.close();
  }
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
