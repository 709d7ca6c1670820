import { describe, expect, it } from 'vitest';
import { compareIsoDates, dateRange, groupIntoSeries, isoDayOf, sortByDate } from '../../../../src/lib/measures/series.ts';
import type { MeasureRow } from '../../../../src/lib/measures/types.ts';

function row(line: number, date: string, site: string | null = null): MeasureRow {
  return { line, date, value: line, withheld: false, n: null, site };
}

describe('groupIntoSeries', () => {
  it('makes one series per site, in order of first appearance, each sorted by date', () => {
    const rows = [row(2, '2025-02-01', 'B'), row(3, '2025-01-01', 'A'), row(4, '2025-01-01', 'B')];
    const { series, duplicates } = groupIntoSeries(rows);
    expect(duplicates).toEqual([]);
    expect(series.map((one) => [one.site, one.rows.map((r) => r.line)])).toEqual([
      ['B', [4, 2]],
      ['A', [3]],
    ]);
  });

  it('keeps the first row of a repeated date and reports the repeat', () => {
    const rows = [row(2, '2025-01-01'), row(3, '2025-01-01'), row(4, '2025-02-01')];
    const { series, duplicates } = groupIntoSeries(rows);
    expect(series[0]!.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(duplicates).toEqual([{ row: rows[1], first: rows[0] }]);
  });

  it('allows the same date at different sites', () => {
    expect(groupIntoSeries([row(2, '2025-01-01', 'A'), row(3, '2025-01-01', 'B')]).duplicates).toEqual([]);
  });

  it('makes no series of no rows', () => {
    expect(groupIntoSeries([])).toEqual({ series: [], duplicates: [] });
  });
});

describe('dates', () => {
  it('compares and sorts ISO dates', () => {
    expect(compareIsoDates('2025-01-01', '2025-02-01')).toBe(-1);
    expect(compareIsoDates('2025-02-01', '2025-02-01')).toBe(0);
    expect(sortByDate([{ date: '2025-03-01' }, { date: '2024-12-01' }])).toEqual([{ date: '2024-12-01' }, { date: '2025-03-01' }]);
  });

  it('reads a Date at UTC midnight as its ISO day', () => {
    expect(isoDayOf(new Date('2025-03-01T00:00:00Z'))).toBe('2025-03-01');
    expect(isoDayOf('2025-03-01')).toBe('2025-03-01');
  });

  it('gives the range over every series', () => {
    const { series } = groupIntoSeries([row(2, '2025-02-01', 'A'), row(3, '2024-11-01', 'B'), row(4, '2025-05-01', 'B')]);
    expect(dateRange(series)).toEqual({ first: '2024-11-01', last: '2025-05-01' });
    expect(dateRange([])).toBeNull();
  });
});
