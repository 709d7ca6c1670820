/**
 * The bench's result: one Markdown table, a row per corpus size, each budgeted figure marked
 * with its verdict (✓ within, ✗ over) and its limit in the column's heading, so the table can
 * replace the one in scripts/bench/README.md as it is. Pure: rows in, text out.
 */
import { BUDGETS, evaluateBudgets, kilobytes, ratio, type BenchRow } from './budgets.ts';

interface Column {
  heading: string;
  /** The budget this column's figure is judged by, if any. */
  budget?: string;
  cell: (row: BenchRow) => string;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const gigabytes = (kb: number) => `${(kb / 1_000_000).toFixed(1)} GB`;
const count = (value: number) => value.toLocaleString('en-US');
const onSite = (format: (site: NonNullable<BenchRow['site']>) => string) => (row: BenchRow) => (row.site ? format(row.site) : '—');

const COLUMNS: Column[] = [
  { heading: 'entries', cell: (row) => count(row.entries) },
  {
    heading: 'check + build',
    cell: (row) => `${row.checkSeconds.toFixed(1)} + ${row.build.succeeded ? seconds(row.build.seconds) : row.build.outOfMemory ? 'out of memory' : 'failed'}`,
  },
  { heading: 'peak memory', cell: (row) => gigabytes(row.build.peakKb) },
  { heading: 'bare site', cell: (row) => `${seconds(row.bare.seconds)}, ${gigabytes(row.bare.peakKb)}` },
  { heading: 'build / bare', budget: 'build+index time vs bare', cell: (row) => ratio(row.build.seconds / row.bare.seconds) },
  { heading: 'memory / bare', budget: 'peak memory vs bare', cell: (row) => ratio(row.build.peakKb / row.bare.peakKb) },
  { heading: 'rebuild after 1 edit (bare)', cell: (row) => (row.rebuild ? `${seconds(row.rebuild.seconds)} (${seconds(row.rebuild.bareSeconds)})` : '—') },
  { heading: 'rebuild / bare', budget: 'rebuild after one edit vs bare', cell: (row) => (row.rebuild ? ratio(row.rebuild.seconds / row.rebuild.bareSeconds) : '—') },
  { heading: 'our JS, entry page', budget: 'our JS on an entry page', cell: onSite((site) => `${site.entryJsBytes} B`) },
  { heading: 'largest page', budget: 'largest page', cell: onSite((site) => `${kilobytes(site.largestPageBytes)} (${site.largestPage})`) },
  { heading: 'list page, gzipped', cell: onSite((site) => `${kilobytes(site.listPageGzipBytes)} (${site.listPage})`) },
  {
    heading: 'measure pages',
    cell: ({ measurePages: cost }) =>
      cost ? `${count(cost.pages)} at ${Math.round(cost.meanMs)} ms (entries ${Math.round(cost.entryMeanMs)} ms), ${Math.round(cost.share * 100)}% of page time` : '—',
  },
  { heading: 'search, gzipped', budget: 'bytes fetched per search', cell: onSite((site) => kilobytes(site.searchGzipBytes)) },
  { heading: 'narrowed by 2 facets', budget: 'bytes, search narrowed by 2 facets', cell: onSite((site) => kilobytes(site.narrowedSearchGzipBytes)) },
  { heading: 'first results (Pagefind UI)', cell: onSite((site) => `${Math.round(site.firstResultMs)} ms (${Math.round(site.pagefindUiFirstResultMs)} ms)`) },
  { heading: 'first results / Pagefind UI', budget: 'first results vs Pagefind UI', cell: onSite((site) => ratio(site.firstResultMs / site.pagefindUiFirstResultMs)) },
];

function heading(column: Column): string {
  const budget = BUDGETS.find((candidate) => candidate.name === column.budget);
  if (!budget) return column.heading;
  return `${column.heading} (${budget.limit}${budget.fromEntries ? ` from ${count(budget.fromEntries)}` : ''})`;
}

export function formatReport(rows: readonly BenchRow[]): string {
  const lines = rows.map((row) => {
    const verdicts = new Map(evaluateBudgets(row).map((verdict) => [verdict.budget, verdict.pass]));
    return COLUMNS.map((column) => {
      const text = column.cell(row);
      const pass = column.budget === undefined ? undefined : verdicts.get(column.budget);
      return pass === undefined ? text : `${text} ${pass ? '✓' : '✗'}`;
    });
  });
  const over = rows.flatMap((row) =>
    evaluateBudgets(row)
      .filter((verdict) => !verdict.pass)
      .map((verdict) => `${verdict.budget} at ${count(row.entries)} entries (${verdict.value}; limit ${verdict.limit})`),
  );
  return [
    `| ${COLUMNS.map(heading).join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    over.length ? `Over budget: ${over.join('; ')}.` : 'Every budget that applies is met.',
  ].join('\n');
}
