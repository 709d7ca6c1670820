import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PAGEFIND_UI_PAGE,
  combineRuns,
  largestPage,
  measurePageCost,
  pageGzipBytes,
  pageScriptBytes,
  parsePeakKb,
  writePagefindUiPage,
  type CommandResult,
} from '../../../../scripts/bench/measure.ts';
import { pageAssets } from '../../../../scripts/bench/page-assets.ts';

describe('largestPage and pageScriptBytes', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'bench-dist-'));
  mkdirSync(path.join(dist, 'briefs/x'), { recursive: true });
  mkdirSync(path.join(dist, '_astro'));
  writeFileSync(path.join(dist, '_astro/site.css'), 'a'.repeat(3000));
  writeFileSync(path.join(dist, '_astro/search.js'), 'b'.repeat(70));
  const brief = '<link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{}</script><p>Text</p>';
  const search = `<script type="module" src="/_astro/search.js"></script><script>go()</script>${'<p>x</p>'.repeat(20)}`;
  writeFileSync(path.join(dist, 'briefs/x/index.html'), brief);
  mkdirSync(path.join(dist, 'search'));
  writeFileSync(path.join(dist, 'search/index.html'), search);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('finds the largest HTML page, whatever the size of other files', () => {
    expect(largestPage(dist)).toEqual({ path: 'search/index.html', bytes: search.length });
  });

  it('weighs the scripts a page loads, files and inline code, JSON-LD not counted as code', () => {
    expect(pageScriptBytes(dist, 'briefs/x')).toBe(0);
    expect(pageScriptBytes(dist, 'search')).toBe(70 + 'go()'.length);
  });
});

describe('combineRuns', () => {
  const run = (seconds: number, peakKb: number, status: number | null = 0): CommandResult => ({
    status,
    seconds,
    peakKb,
    logFile: `build-${seconds}.log`,
  });

  it('takes the median time and the largest memory of the rounds', () => {
    expect(combineRuns([run(180, 3_000), run(150, 3_600), run(160, 3_200)])).toEqual({
      status: 0,
      seconds: 160,
      peakKb: 3_600,
      logFile: 'build-160.log',
    });
  });

  it('is the run itself when there was one', () => {
    expect(combineRuns([run(42, 1_000)])).toEqual(run(42, 1_000));
  });

  it('reports the first failure, with its log', () => {
    const combined = combineRuns([run(150, 3_000), run(20, 7_000, 137)]);
    expect(combined.status).toBe(137);
    expect(combined.logFile).toBe('build-20.log');
  });

  it('refuses an empty list', () => {
    expect(() => combineRuns([])).toThrow(/at least one run/);
  });
});

describe('parsePeakKb', () => {
  it.each([
    ['2048\n', 2048],
    ['Command terminated by signal 9\n4096\n', 4096],
    ['', 0],
    ['not a number', 0],
  ])('reads %j as %i', (text, kb) => {
    expect(parsePeakKb(text)).toBe(kb);
  });
});

describe('measurePageCost', () => {
  const log = [
    '03:09:10   ├─ /briefs/a/index.html (+10ms) ',
    '03:09:10   ├─ /es/briefs/b/index.html (+20ms) ',
    '03:09:10   ├─ /measures/m-1/index.html (+40ms) ',
    '03:09:10   ├─ /es/measures/m-1-es/index.html (+60ms) ',
    '03:09:10   ├─ /measures/m-1.csv (+5ms) ',
    '03:09:10   ├─ /measures/index.html (+45ms) ',
    '03:09:11   └─ /index.html (+1.5s) ',
  ].join('\n');

  it('counts measure pages in every language, their mean time beside the entry pages’, and their share', () => {
    expect(measurePageCost(log, ['briefs', 'measures'])).toEqual({ pages: 2, meanMs: 50, entryMeanMs: 32.5, share: 100 / 1680 });
  });

  it('is undefined when no measure page was timed', () => {
    expect(measurePageCost('03:09:10   ├─ /briefs/a/index.html (+10ms) ', ['briefs'])).toBeUndefined();
  });
});

describe('pageGzipBytes', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'bench-list-'));
  mkdirSync(path.join(dist, 'briefs/page/2'), { recursive: true });
  mkdirSync(path.join(dist, '_astro'));
  const css = 'p { color: red; }\n'.repeat(200);
  const html = `<link rel="stylesheet" href="/_astro/site.css">${'<li>A card</li>'.repeat(100)}`;
  writeFileSync(path.join(dist, '_astro/site.css'), css);
  writeFileSync(path.join(dist, 'briefs/page/2/index.html'), html);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('adds up the page and its stylesheets, each gzipped', () => {
    expect(pageGzipBytes(dist, 'briefs/page/2')).toBe(gzipSync(html).length + gzipSync(css).length);
    expect(pageGzipBytes(dist, 'briefs/page/2')).toBeLessThan(html.length + css.length);
  });
});

describe('writePagefindUiPage', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'bench-peer-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('writes a page that starts Pagefind UI from script files only, with the query of its URL', () => {
    writePagefindUiPage(dist);
    const page = readFileSync(path.join(dist, PAGEFIND_UI_PAGE, 'index.html'), 'utf8');
    const script = readFileSync(path.join(dist, PAGEFIND_UI_PAGE, 'start.js'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<script src="/pagefind/pagefind-ui.js"></script>');
    expect(page).toContain('<link rel="stylesheet" href="/pagefind/pagefind-ui.css" />');
    expect(pageAssets(page).inlineScriptBytes).toBe(0);
    expect(script).toContain("new PagefindUI({ element: '#search' })");
    expect(script).toContain('ui.triggerSearch(query)');
  });
});
