/**
 * The performance budgets `npm run bench` holds the portal to (the quality issue, part 5), and
 * the verdict on one row of results. Change a limit here, in one place, and say why in the PR.
 */

/** One size's figures, as bench.ts measures them. */
export interface BenchRow {
  entries: number;
  /** `node scripts/check.ts`, wall clock. */
  checkSeconds: number;
  /** `astro build` including the Pagefind index, wall clock. */
  buildSeconds: number;
  /** The same build's CPU time, user plus system, over every thread and child process. */
  buildCpuSeconds: number;
  /** Max RSS of the largest process (node or the Pagefind binary) during `astro build`, in KB. */
  buildPeakKb: number;
  /** The most the build's process tree (node and Pagefind together) held at once, in KB. */
  buildTreePeakKb: number;
  checkPeakKb: number;
  /** Whether `astro build` exited 0, and whether it died for lack of memory. */
  buildSucceeded: boolean;
  outOfMemory: boolean;
  distBytes: number;
  pagefindBytes: number;
  /** Our JavaScript and CSS on the sample brief page (files it references, plus inline code). */
  entryJsBytes: number;
  entryCssBytes: number;
  /** Every response (headers and bodies, uncompressed) of one search on /search/?q=<word>, cold cache. */
  searchBytes: number;
  /**
   * The same with text bodies gzipped, as static hosts send them: what a browser fetches, so the
   * search budgets judge this (Pagefind's own index files are gzipped already and count as they are).
   */
  searchGzipBytes: number;
  /** The same search narrowed by a problem and an audience (their facet indexes load too), gzipped. */
  narrowedSearchGzipBytes: number;
  /** Median ms from navigation start to the first result card. */
  firstResultMs: number;
  /** The same browser's time to parse a one-line page: the part of firstResultMs no page can avoid. */
  blankPageMs: number;
  /** The same browser's time to a first result from Pagefind alone, one record, no page of ours. */
  pagefindAloneMs: number;
  /** The bare Astro + MDX site built from the same bodies: the floor for our stack. */
  bare: { buildSeconds: number; cpuSeconds: number; peakKb: number };
  /** 1-minute load average before our build and before the bare build. */
  load: { ours: number; bare: number };
}

export const BUDGETS = {
  /** Where the ratio budgets apply: the size a busy partnership reaches in a few years. */
  ratioAtEntries: 10_000,
  /** Our build plus index, as a multiple of the bare site's build. */
  maxTimeRatio: 1.3,
  /** Our peak memory, as a multiple of the bare site's. */
  maxMemoryRatio: 1.3,
  /** Entry pages are documents: no JavaScript of ours at all. */
  maxEntryJsBytes: 0,
  /**
   * A search on a phone plan: under 300 KB (300,000 bytes) fetched, as a static host sends them
   * (gzipped text), for a query (the search issue's "first results of a typical query", the
   * quality issue's "per search"), and for the same query narrowed by a problem and an audience.
   */
  maxSearchBytes: 300_000,
  /** First results while the reader still feels the page responding. */
  maxFirstResultMs: 300,
  /** From this size, a build must finish without running out of memory. */
  noOutOfMemoryFromEntries: 20_000,
} as const;

export interface Verdict {
  budget: string;
  /** The measured value as shown: "1.21x", "212 KB". */
  value: string;
  limit: string;
  pass: boolean;
}

/** Every budget that applies at this row's size, with its verdict. */
export function evaluateBudgets(row: BenchRow): Verdict[] {
  const verdicts: Verdict[] = [];
  if (row.entries >= BUDGETS.noOutOfMemoryFromEntries) {
    verdicts.push({
      budget: 'builds without running out of memory',
      value: row.outOfMemory ? 'out of memory' : row.buildSucceeded ? 'built' : 'failed',
      limit: 'built',
      pass: row.buildSucceeded && !row.outOfMemory,
    });
  }
  if (!row.buildSucceeded) return verdicts;
  if (row.entries >= BUDGETS.ratioAtEntries) {
    const timeRatio = row.buildSeconds / row.bare.buildSeconds;
    const memoryRatio = row.buildPeakKb / row.bare.peakKb;
    verdicts.push(
      { budget: 'build+index time vs bare', value: ratio(timeRatio), limit: `≤ ${ratio(BUDGETS.maxTimeRatio)}`, pass: timeRatio <= BUDGETS.maxTimeRatio },
      { budget: 'peak memory vs bare', value: ratio(memoryRatio), limit: `≤ ${ratio(BUDGETS.maxMemoryRatio)}`, pass: memoryRatio <= BUDGETS.maxMemoryRatio },
    );
  }
  verdicts.push(
    { budget: 'our JS on an entry page', value: `${row.entryJsBytes} B`, limit: `${BUDGETS.maxEntryJsBytes} B`, pass: row.entryJsBytes <= BUDGETS.maxEntryJsBytes },
    searchBytesVerdict('bytes fetched per search', row.searchGzipBytes),
    searchBytesVerdict('bytes, search narrowed by 2 facets', row.narrowedSearchGzipBytes),
    { budget: 'first results', value: `${Math.round(row.firstResultMs)} ms (blank page ${Math.round(row.blankPageMs)} ms, Pagefind alone ${Math.round(row.pagefindAloneMs)} ms)`, limit: `< ${BUDGETS.maxFirstResultMs} ms`, pass: row.firstResultMs < BUDGETS.maxFirstResultMs },
  );
  return verdicts;
}

function searchBytesVerdict(budget: string, bytes: number): Verdict {
  return { budget, value: kilobytes(bytes), limit: `< ${kilobytes(BUDGETS.maxSearchBytes)}`, pass: bytes < BUDGETS.maxSearchBytes };
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** 1 KB = 1,000 bytes, as the budget is written. */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
}
