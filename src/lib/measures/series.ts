/**
 * Rows into series: one per site, in the order the sites first appear in the file (the order the
 * author chose for the small multiples), each sorted by date. Rows out of date order are sorted,
 * not refused: a team that appends a forgotten month at the end of the file means that month.
 * A date seen twice for the same site keeps its first row; the repeat is reported by the reader.
 */
import { toIsoDay } from '../dates.ts';
import type { MeasureRow, MeasureSeries } from './types.ts';

/** A row whose date its site already had, and the row that had it first. */
export interface DuplicateDate {
  row: MeasureRow;
  first: MeasureRow;
}

export interface Grouping {
  series: MeasureSeries[];
  duplicates: DuplicateDate[];
}

/** Groups rows (in file order) by site, drops repeated dates, and sorts each series by date. */
export function groupIntoSeries(rows: readonly MeasureRow[]): Grouping {
  const bySite = new Map<string | null, Map<string, MeasureRow>>();
  const duplicates: DuplicateDate[] = [];
  for (const row of rows) {
    const dates = bySite.get(row.site) ?? new Map<string, MeasureRow>();
    bySite.set(row.site, dates);
    const first = dates.get(row.date);
    if (first) duplicates.push({ row, first });
    else dates.set(row.date, row);
  }
  const series = [...bySite].map(([site, dates]) => ({ site, rows: sortByDate([...dates.values()]) }));
  return { series, duplicates };
}

/** `2025-03-01` from either an ISO date text or a Date at UTC midnight (as YAML loaders give). */
export function isoDayOf(date: string | Date): string {
  return date instanceof Date ? toIsoDay(date) : date;
}

/** ISO dates compare as text. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts in place by date; `sort` is stable, so equal dates (none after grouping) keep file order. */
export function sortByDate<T extends { date: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareIsoDates(a.date, b.date));
}

/** The first and last dates over every series (null without rows): the range phases must fall in. */
export function dateRange(series: readonly MeasureSeries[]): { first: string; last: string } | null {
  const dates = series.flatMap((one) => one.rows.map((row) => row.date));
  if (dates.length === 0) return null;
  const first = dates.reduce((earliest, date) => (date < earliest ? date : earliest));
  const last = dates.reduce((latest, date) => (date > latest ? date : latest));
  return { first, last };
}
