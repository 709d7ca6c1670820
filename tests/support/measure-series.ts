/**
 * Monthly measure data for the measures library's tests, dated from January 2024: one builder
 * instead of one per test file.
 */
import type { MeasureRow, MeasureSeries } from '../../src/lib/measures/types.ts';

/** A value, `null` for a missing one, `'w'` for a withheld row (which the reader leaves without value and count). */
export type Cell = number | null | 'w';

/** `2024-01-01` for index 0, then the first of each following month. */
export function monthDate(index: number, startMonth = 0): string {
  return new Date(Date.UTC(2024, startMonth + index, 1)).toISOString().slice(0, 10);
}

/** Rows as the CSV reader returns them (the header is line 1). */
export function monthlyRows(cells: readonly Cell[], site: string | null = null, startMonth = 0): MeasureRow[] {
  return cells.map((cell, index) => ({
    line: index + 2,
    date: monthDate(index, startMonth),
    value: cell === 'w' ? null : cell,
    withheld: cell === 'w',
    n: null,
    site,
  }));
}

/** One series of monthly rows. */
export function monthlySeries(cells: readonly Cell[], site: string | null = null, startMonth = 0): MeasureSeries {
  return { site, rows: monthlyRows(cells, site, startMonth) };
}
