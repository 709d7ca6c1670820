import type { BenchRow, SiteFigures } from '../../../../scripts/bench/budgets.ts';

/** A 10,000-entry bench row within every budget; tests override the figures they are about. */
export function row(overrides: Partial<Omit<BenchRow, 'site'>> & { site?: Partial<SiteFigures> | null } = {}): BenchRow {
  const { site, ...rest } = overrides;
  const figures: BenchRow = {
    entries: 10_000,
    checkSeconds: 5,
    build: { seconds: 120, peakKb: 2_000_000, succeeded: true, outOfMemory: false },
    bare: { seconds: 100, peakKb: 1_800_000 },
    rebuild: { seconds: 60, bareSeconds: 50 },
    site: {
      entryJsBytes: 0,
      largestPageBytes: 120_000,
      largestPage: 'guide/index.html',
      listPageGzipBytes: 9_000,
      listPage: 'briefs/page/2/',
      searchGzipBytes: 200_000,
      narrowedSearchGzipBytes: 250_000,
      firstResultMs: 150,
      pagefindUiFirstResultMs: 200,
    },
    ...rest,
  };
  if (site === null) delete figures.site;
  else if (site) figures.site = { ...figures.site!, ...site };
  return figures;
}
