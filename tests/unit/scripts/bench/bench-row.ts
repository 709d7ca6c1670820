import type { BenchRow } from '../../../../scripts/bench/budgets.ts';

/** A 10,000-entry bench row within every budget; tests override the figures they are about. */
export function row(overrides: Partial<BenchRow> = {}): BenchRow {
  return {
    entries: 10_000,
    checkSeconds: 5,
    buildSeconds: 120,
    buildCpuSeconds: 150,
    buildPeakKb: 2_000_000,
    buildTreePeakKb: 2_500_000,
    checkPeakKb: 300_000,
    buildSucceeded: true,
    outOfMemory: false,
    distBytes: 1,
    pagefindBytes: 1,
    entryJsBytes: 0,
    entryCssBytes: 8000,
    searchBytes: 320_000,
    searchGzipBytes: 200_000,
    narrowedSearchGzipBytes: 250_000,
    firstResultMs: 150,
    blankPageMs: 60,
    pagefindAloneMs: 120,
    bare: { buildSeconds: 100, cpuSeconds: 100, peakKb: 1_800_000 },
    load: { ours: 1, bare: 1 },
    ...overrides,
  };
}
