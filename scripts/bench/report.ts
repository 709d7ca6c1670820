/**
 * The bench's printed tables: our figures per size, the bare site and the ratios to it, and the
 * budgets with pass/fail. Pure: rows in, text out.
 */
import { evaluateBudgets, kilobytes, ratio, type BenchRow } from './budgets.ts';
import type { RouteTime } from './routes.ts';

type Cell = string | number;

/** Columns padded to their widest cell; numbers right-aligned, text left-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length)));
  const line = (cells: readonly Cell[]) =>
    cells
      .map((cell, column) => (typeof cell === 'number' ? String(cell).padStart(widths[column]!) : String(cell).padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(rows: readonly BenchRow[]): string {
  const mb = (bytes: number) => Number((bytes / 1_000_000).toFixed(1));
  const seconds = (value: number) => Number(value.toFixed(1));
  const ours = formatTable(
    ['entries', 'check s', 'build s', 'total s', 'ms/entry', 'peak MB', 'tree MB', 'dist MB', 'pagefind MB', 'entry JS B', 'entry CSS B', 'search KB', 'gzipped KB', 'narrowed gz KB', 'first result ms', 'blank page ms', 'Pagefind alone ms', 'load 1m'],
    rows.map((row) => {
      const total = row.checkSeconds + row.buildSeconds;
      return [
        row.entries,
        seconds(row.checkSeconds),
        row.buildSucceeded ? seconds(row.buildSeconds) : 'failed',
        seconds(total),
        Number(((total * 1000) / row.entries).toFixed(1)),
        Math.round(Math.max(row.buildPeakKb, row.checkPeakKb) / 1000),
        Math.round(row.buildTreePeakKb / 1000),
        mb(row.distBytes),
        mb(row.pagefindBytes),
        row.entryJsBytes,
        row.entryCssBytes,
        Number((row.searchBytes / 1000).toFixed(1)),
        Number((row.searchGzipBytes / 1000).toFixed(1)),
        Number((row.narrowedSearchGzipBytes / 1000).toFixed(1)),
        Math.round(row.firstResultMs),
        Math.round(row.blankPageMs),
        Math.round(row.pagefindAloneMs),
        row.load.ours.toFixed(2),
      ];
    }),
  );
  const bare = formatTable(
    ['entries', 'bare build s', 'bare peak MB', 'build+index / bare', 'check+build / bare', 'peak / bare', 'CPU s ours / bare', 'CPU ratio', 'load 1m'],
    rows.map((row) => [
      row.entries,
      seconds(row.bare.buildSeconds),
      Math.round(row.bare.peakKb / 1000),
      ratio(row.buildSeconds / row.bare.buildSeconds),
      ratio((row.checkSeconds + row.buildSeconds) / row.bare.buildSeconds),
      ratio(row.buildPeakKb / row.bare.peakKb),
      `${seconds(row.buildCpuSeconds)} / ${seconds(row.bare.cpuSeconds)}`,
      ratio(row.buildCpuSeconds / row.bare.cpuSeconds),
      row.load.bare.toFixed(2),
    ]),
  );
  const budgets = formatTable(
    ['entries', 'budget', 'measured', 'limit', 'result'],
    rows.flatMap((row) => evaluateBudgets(row).map((verdict) => [row.entries, verdict.budget, verdict.value, verdict.limit, verdict.pass ? 'pass' : 'FAIL'])),
  );
  return [
    'Portal (check, then astro build with Pagefind, exactly as npm run build):',
    ours,
    '',
    'Bare Astro + MDX site from the same bodies (one page per entry, no features), and our ratios to it:',
    bare,
    '',
    'Budgets (scripts/bench/budgets.ts):',
    budgets,
  ].join('\n');
}

/** A one-line note on a size's search, for the log: "attendance": 212 KB in 31 responses, 4,180 results. */
export function searchNote(word: string, bytes: number, responses: number, results: string): string {
  return `"${word}": ${kilobytes(bytes)} in ${responses} responses, ${results}`;
}

/** The heaviest routes of a build, one line each: "  14.6 s  1990 × /briefs/*\/ (7.3 ms each)". */
export function formatRouteTimes(routes: readonly RouteTime[], limit = 8): string {
  return routes
    .slice(0, limit)
    .map((route) => `${(route.ms / 1000).toFixed(1).padStart(7)} s ${String(route.pages).padStart(6)} × ${route.route} (${(route.ms / route.pages).toFixed(1)} ms each)`)
    .join('\n');
}
