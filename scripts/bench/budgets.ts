/**
 * The performance budgets `npm run bench` holds the portal to, and the verdict on one row of
 * results. Each budget is one entry of BUDGETS: change a limit here, in one place, and say why
 * in the commit; add a figure to BenchRow and a budget here to hold it.
 */

/** One size's figures, as bench.ts measures them. */
export interface BenchRow {
  entries: number;
  /** `node scripts/check.ts`, wall clock. */
  checkSeconds: number;
  /** `astro build` including the Pagefind index: median wall clock of the rounds, largest memory. */
  build: { seconds: number; peakKb: number; succeeded: boolean; outOfMemory: boolean };
  /** The bare Astro + MDX site built from the same bodies: the floor for our stack. */
  bare: { seconds: number; peakKb: number };
  /**
   * `astro build` again after one entry's text was edited, from the first build's output and
   * cache, as an author's next build: ours and the bare site's, the same edit for both.
   */
  rebuild?: { seconds: number; bareSeconds: number };
  /** Measured on the built site; absent when the build failed. */
  site?: SiteFigures;
  /** The measure pages' render time, from the build's log (no budget). */
  measurePages?: { pages: number; meanMs: number; entryMeanMs: number; share: number } | undefined;
}

export interface SiteFigures {
  /** Our JavaScript on the sample brief page: the files it loads and inline code. */
  entryJsBytes: number;
  /** The largest HTML page and its path under dist/. */
  largestPageBytes: number;
  largestPage: string;
  /** A typical page of a list (a full page of cards): its HTML and stylesheets, gzipped as a host sends them. */
  listPageGzipBytes: number;
  listPage: string;
  /** One cold search on /search/?q=<word>, as a static host sends it (text gzipped). */
  searchGzipBytes: number;
  /** The same query narrowed by a problem and an audience. */
  narrowedSearchGzipBytes: number;
  /** Median ms from navigation start to the first result link. */
  firstResultMs: number;
  /**
   * The same for Pagefind's own default UI (pagefind-ui.js) searching the same index, on the same
   * server and browser, the runs interleaved with ours.
   */
  pagefindUiFirstResultMs: number;
}

export interface Verdict {
  budget: string;
  /** The measured value as shown: "1.21x", "212 KB". */
  value: string;
  limit: string;
  pass: boolean;
}

interface Budget {
  name: string;
  limit: string;
  /** The smallest corpus it applies to. */
  fromEntries: number;
  /** Undefined when the row has no such figure (a failed build has no site to measure). */
  judge: (row: BenchRow) => { value: string; pass: boolean } | undefined;
}

/** Where the ratio budgets apply: the size a busy partnership reaches in a few years. */
export const RATIO_AT_ENTRIES = 10_000;
export const MAX_TIME_RATIO = 1.3;
export const MAX_MEMORY_RATIO = 1.3;
/** A search on a phone plan: bytes fetched, as a static host sends them. */
export const MAX_SEARCH_BYTES = 300_000;
/** No page a reader can open, a list included, weighs more than this (HTML, before compression). */
export const MAX_PAGE_BYTES = 150_000;
/** Our search page shows its first result no later than Pagefind's own UI on the same index. */
export const MAX_FIRST_RESULT_RATIO = 1;
/**
 * A rebuild after one edit, as a multiple of the bare site's rebuild after the same edit. Ours
 * renders again only the pages the edit changed, but bundles the site and indexes every page for
 * search each time; when its cache stops working, a rebuild costs a full build and misses this.
 */
export const MAX_REBUILD_RATIO = 1.6;
/** From this size, a build must finish without running out of memory. */
export const NO_OUT_OF_MEMORY_FROM = 20_000;

export const BUDGETS: readonly Budget[] = [
  {
    name: 'builds without running out of memory',
    limit: 'built',
    fromEntries: NO_OUT_OF_MEMORY_FROM,
    judge: ({ build }) => ({
      value: build.outOfMemory ? 'out of memory' : build.succeeded ? 'built' : 'failed',
      pass: build.succeeded && !build.outOfMemory,
    }),
  },
  {
    name: 'build+index time vs bare',
    limit: `≤ ${ratio(MAX_TIME_RATIO)}`,
    fromEntries: RATIO_AT_ENTRIES,
    judge: ({ build, bare }) => (build.succeeded ? judgeRatio(build.seconds / bare.seconds, MAX_TIME_RATIO) : undefined),
  },
  {
    name: 'peak memory vs bare',
    limit: `≤ ${ratio(MAX_MEMORY_RATIO)}`,
    fromEntries: RATIO_AT_ENTRIES,
    judge: ({ build, bare }) => (build.succeeded ? judgeRatio(build.peakKb / bare.peakKb, MAX_MEMORY_RATIO) : undefined),
  },
  {
    // Entry pages are documents: no JavaScript of ours at all.
    name: 'our JS on an entry page',
    limit: '0 B',
    fromEntries: 0,
    judge: ({ site }) => site && { value: `${site.entryJsBytes} B`, pass: site.entryJsBytes === 0 },
  },
  {
    name: 'bytes fetched per search',
    limit: `< ${kilobytes(MAX_SEARCH_BYTES)}`,
    fromEntries: 0,
    judge: ({ site }) => site && { value: kilobytes(site.searchGzipBytes), pass: site.searchGzipBytes < MAX_SEARCH_BYTES },
  },
  {
    name: 'bytes, search narrowed by 2 facets',
    limit: `< ${kilobytes(MAX_SEARCH_BYTES)}`,
    fromEntries: 0,
    judge: ({ site }) => site && { value: kilobytes(site.narrowedSearchGzipBytes), pass: site.narrowedSearchGzipBytes < MAX_SEARCH_BYTES },
  },
  {
    name: 'largest page',
    limit: `≤ ${kilobytes(MAX_PAGE_BYTES)}`,
    fromEntries: 0,
    judge: ({ site }) => site && { value: kilobytes(site.largestPageBytes), pass: site.largestPageBytes <= MAX_PAGE_BYTES },
  },
  {
    name: 'first results vs Pagefind UI',
    limit: `≤ ${ratio(MAX_FIRST_RESULT_RATIO)}`,
    fromEntries: RATIO_AT_ENTRIES,
    judge: ({ site }) => site && judgeRatio(site.firstResultMs / site.pagefindUiFirstResultMs, MAX_FIRST_RESULT_RATIO),
  },
  {
    name: 'rebuild after one edit vs bare',
    limit: `≤ ${ratio(MAX_REBUILD_RATIO)}`,
    fromEntries: RATIO_AT_ENTRIES,
    judge: ({ build, rebuild }) => (build.succeeded && rebuild ? judgeRatio(rebuild.seconds / rebuild.bareSeconds, MAX_REBUILD_RATIO) : undefined),
  },
];

/** Every budget that applies at this row's size and has a figure, with its verdict. */
export function evaluateBudgets(row: BenchRow): Verdict[] {
  return BUDGETS.filter((budget) => row.entries >= budget.fromEntries).flatMap((budget) => {
    const judged = budget.judge(row);
    return judged ? [{ budget: budget.name, limit: budget.limit, ...judged }] : [];
  });
}

function judgeRatio(value: number, max: number): { value: string; pass: boolean } {
  return { value: ratio(value), pass: value <= max };
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** 1 KB = 1,000 bytes, as the budget is written. */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
}
