import { describe, expect, it } from 'vitest';
import { phaseStarts, splitIntoPhases } from '../../../../src/lib/measures/phases.ts';
import type { MeasureRow } from '../../../../src/lib/measures/types.ts';

function rows(...dates: string[]): MeasureRow[] {
  return dates.map((date, index) => ({ line: index + 2, date, value: index, withheld: false, n: null, site: null }));
}

function shape(phases: ReturnType<typeof splitIntoPhases>): [string, string | null, string[]][] {
  return phases.map((phase) => [phase.from, phase.label, phase.rows.map((row) => row.date)]);
}

describe('splitIntoPhases', () => {
  const data = rows('2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01');

  it('is one phase, from the first date, without phases', () => {
    expect(shape(splitIntoPhases(data))).toEqual([['2025-01-01', null, ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']]]);
  });

  it('starts a phase at each from, the rows before the first forming an unlabelled phase', () => {
    expect(shape(splitIntoPhases(data, [{ from: '2025-03-01', label: 'Tutoring' }]))).toEqual([
      ['2025-01-01', null, ['2025-01-01', '2025-02-01']],
      ['2025-03-01', 'Tutoring', ['2025-03-01', '2025-04-01']],
    ]);
  });

  it('has no unlabelled phase when the first from is the first date', () => {
    expect(shape(splitIntoPhases(data, [{ from: '2025-01-01', label: 'Before' }, { from: '2025-04-01' }]))).toEqual([
      ['2025-01-01', 'Before', ['2025-01-01', '2025-02-01', '2025-03-01']],
      ['2025-04-01', null, ['2025-04-01']],
    ]);
  });

  it('starts a phase at a from between two dates with the next date', () => {
    expect(shape(splitIntoPhases(data, [{ from: '2025-02-15' }])).map(([from, , dates]) => [from, dates])).toEqual([
      ['2025-01-01', ['2025-01-01', '2025-02-01']],
      ['2025-02-15', ['2025-03-01', '2025-04-01']],
    ]);
  });

  it('leaves out a phase with no rows in this series (a site that joined later)', () => {
    const late = rows('2025-03-01', '2025-04-01');
    expect(shape(splitIntoPhases(late, [{ from: '2025-02-01', label: 'Second' }]))).toEqual([
      ['2025-02-01', 'Second', ['2025-03-01', '2025-04-01']],
    ]);
  });

  it('has no phase without rows', () => {
    expect(splitIntoPhases([], [{ from: '2025-01-01' }])).toEqual([]);
  });
});

describe('phaseStarts', () => {
  it('puts the starts in date order, as ISO days, with null labels', () => {
    expect(phaseStarts([{ from: '2025-05-01', label: 'B' }, { from: new Date('2025-02-01T00:00:00Z') }])).toEqual([
      { from: '2025-02-01', label: null },
      { from: '2025-05-01', label: 'B' },
    ]);
  });
});
