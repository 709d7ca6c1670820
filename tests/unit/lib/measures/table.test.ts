import { describe, expect, it } from 'vitest';
import { analyseSeries } from '../../../../src/lib/measures/analysis.ts';
import { longRunReading, rowSignals, rowText, tableRows, type RowText, type TableRow } from '../../../../src/lib/measures/table.ts';
import { readSeries } from '../../../../src/lib/measures/verdict.ts';
import en from '../../../../src/i18n/languages/en.ts';
import es from '../../../../src/i18n/languages/es.ts';
import type { MeasureRow, MeasureSettings } from '../../../../src/lib/measures/types.ts';
import { monthDate } from '../../../support/measure-series.ts';

type Cell = number | null | { withheld: true } | { value: number; n: number };

/** Monthly rows from January 2024; a withheld row has lost its value and count, as the reader leaves it. */
function rowsOf(cells: readonly Cell[]): MeasureRow[] {
  return cells.map((cell, index) => {
    const date = monthDate(index);
    const base = { line: index + 2, date, site: null };
    if (cell !== null && typeof cell === 'object' && 'withheld' in cell) return { ...base, value: null, withheld: true, n: null };
    if (cell !== null && typeof cell === 'object') return { ...base, value: cell.value, withheld: false, n: cell.n };
    return { ...base, value: cell, withheld: false, n: null };
  });
}

function table(cells: readonly Cell[], settings: MeasureSettings) {
  const rows = rowsOf(cells);
  const series = analyseSeries({ site: null, rows }, settings);
  const reading = readSeries(series);
  return { rows: tableRows(series, rows, reading), reading, series };
}

const STABLE = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

describe('tableRows', () => {
  it('keeps every row in date order, with counts, and never a withheld value or count', () => {
    const { rows } = table([{ value: 10, n: 120 }, { withheld: true }, null, { value: 12, n: 95 }], { better: 'higher' });
    expect(rows.map(({ date, value, withheld, n }) => ({ date, value, withheld, n }))).toEqual([
      { date: '2024-01-01', value: 10, withheld: false, n: 120 },
      { date: '2024-02-01', value: null, withheld: true, n: null },
      { date: '2024-03-01', value: null, withheld: false, n: null },
      { date: '2024-04-01', value: 12, withheld: false, n: 95 },
    ]);
  });

  it('marks where each phase after the first begins, and a first phase with a label', () => {
    const { rows } = table([...STABLE, 20, 21], { better: 'higher', phases: [{ from: '2025-01-01', label: 'Huddles' }] });
    expect(rows.filter((row) => row.phaseStart).map((row) => [row.date, row.phaseStart])).toEqual([['2025-01-01', { from: '2025-01-01', label: 'Huddles' }]]);
    const labelled = table(STABLE, { better: 'higher', phases: [{ from: '2024-01-01', label: 'Start' }] });
    expect(labelled.rows[0]!.phaseStart).toEqual({ from: '2024-01-01', label: 'Start' });
    expect(table(STABLE, { better: 'higher' }).rows.some((row) => row.phaseStart)).toBe(false);
  });

  it('lists the XmR rules a point meets, each once, with its reading', () => {
    const { rows } = table([...STABLE, 40, 41], { better: 'lower', chart: 'xmr', baselinePoints: 12 });
    expect(rows.at(-1)!.signals).toEqual([
      { kind: 'outside', reading: 'concern' },
      { kind: 'two-of-three', reading: 'concern' },
    ]);
    expect(rows[0]!.signals).toEqual([]);
  });

  it("reads a run chart's long run by its side and direction", () => {
    const { rows } = table([...STABLE, 20, 21, 20, 22, 21, 20, 22, 21], { better: 'higher', chart: 'run', baselinePoints: 12 });
    expect(rows.at(-1)!.signals).toEqual([{ kind: 'long-run', reading: 'improvement' }]);
    expect(rows[0]!.signals).toEqual([]);
  });
});

describe('rowSignals and longRunReading', () => {
  it('gives nothing for a point without a value', () => {
    expect(rowSignals({ date: '2024-01-01', value: null, withheld: true, inBaseline: false, flags: [], inLongRun: false }, undefined)).toEqual([]);
  });

  it('is null outside any long run, or without a phase', () => {
    const { reading } = table([...STABLE, 20, 21, 20, 22, 21, 20, 22, 21], { better: 'lower', chart: 'run', baselinePoints: 12 });
    expect(longRunReading('2025-08-01', reading.phases[0])).toBe('concern');
    expect(longRunReading('2024-01-01', reading.phases[0])).toBeNull();
    expect(longRunReading('2025-08-01', undefined)).toBeNull();
  });
});

describe('rowText', () => {
  const row: TableRow = { date: '2024-03-01', phaseStart: null, value: 71.5, withheld: false, n: 1234, inBaseline: true, signals: [] };

  it.each<[string, TableRow, typeof en, RowText]>([
    ['a value with its unit and count', row, en, { date: 'March 2024', value: '71.5%', n: '1,234', signals: [] }],
    ['a withheld row in words, never a number', { ...row, value: null, withheld: true, n: null }, en, { date: 'March 2024', value: 'withheld (fewer than 10 people)', n: '', signals: [] }],
    ['a missing value', { ...row, value: null, n: null }, en, { date: 'March 2024', value: 'no value', n: '', signals: [] }],
    ['signals in words', { ...row, signals: [{ kind: 'outside', reading: 'improvement' }, { kind: 'long-run', reading: null }] }, en, { date: 'March 2024', value: '71.5%', n: '1,234', signals: ['Beyond the usual range (better)', 'Long run on one side of the middle line'] }],
    ['Spanish', { ...row, signals: [{ kind: 'shift', reading: 'concern' }] }, es, { date: 'marzo de 2024', value: '71,5 %', n: '1234', signals: ['Siete o más a un lado del promedio (peor)'] }],
  ])('writes %s', (_name, input, language, expected) => {
    expect(rowText(input, '%', 'month', language.measureWords)).toEqual(expected);
  });
});
