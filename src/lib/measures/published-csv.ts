/**
 * The rows `/measures/<id>.csv` publishes: the data as read, series by series in date order, with
 * the columns the source had. A withheld row keeps its date (and site) but not its value, and
 * not its `n` either: a count from 1 to 9 is itself the small count the rule protects.
 */
import { stringify } from 'csv-stringify/sync';
import type { CsvColumn, MeasureData, MeasureRow } from './types.ts';

/** Header and rows as text fields, ready for any CSV writer. */
export function publishedRows(data: MeasureData): string[][] {
  const rows = data.series.flatMap((series) => series.rows.map((row) => data.columns.map((column) => publishedField(row, column))));
  return [[...data.columns], ...rows];
}

/** The published CSV file's text. */
export function publishedCsv(data: MeasureData): string {
  return stringify(publishedRows(data));
}

/** One field; withheld values and counts are empty whatever the row held. */
export function publishedField(row: MeasureRow, column: CsvColumn): string {
  switch (column) {
    case 'date':
      return row.date;
    case 'value':
      return row.withheld || row.value === null ? '' : String(row.value);
    case 'n':
      return row.withheld || row.n === null ? '' : String(row.n);
    case 'site':
      return row.site ?? '';
  }
}
