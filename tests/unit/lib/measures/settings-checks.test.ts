import { describe, expect, it } from 'vitest';
import { readMeasureCsv } from '../../../../src/lib/measures/csv.ts';
import { baselineProblems, checkMeasureSettings, phaseOrderProblems, phaseRangeProblems } from '../../../../src/lib/measures/settings-checks.ts';
import type { MeasureSettings } from '../../../../src/lib/measures/types.ts';
import { monthDate } from '../../../support/measure-series.ts';

/** Monthly rows from January 2024, `-` for an empty value. */
function csv(values: string, site?: string): string {
  const rows = values.split(' ').map((value, index) => {
    const date = monthDate(index);
    return `${date},${value === '-' ? '' : value}${site ? `,${site}` : ''}`;
  });
  return rows.join('\n');
}

const twelve = readMeasureCsv(`date,value\n${csv('1 2 3 4 5 6 7 8 9 10 11 12')}`).data;
const settings: MeasureSettings = { better: 'higher' };

describe('phaseOrderProblems', () => {
  it('accepts phases in date order', () => {
    expect(phaseOrderProblems({ ...settings, phases: [{ from: '2024-03-01' }, { from: '2024-06-01' }] })).toEqual([]);
  });

  it.each([
    ['out of order', ['2024-06-01', '2024-03-01']],
    ['the same start twice', ['2024-06-01', '2024-06-01']],
  ])('reports phases %s, at the later one', (_name, starts) => {
    const problems = phaseOrderProblems({ ...settings, phases: starts.map((from) => ({ from })) });
    expect(problems).toEqual([
      {
        source: 'yaml',
        field: 'phases[1].from',
        found: `${starts[1]}, not after phases[0].from (${starts[0]})`,
        expected: 'phases in date order, each starting after the one before',
      },
    ]);
  });
});

describe('phaseRangeProblems', () => {
  it.each([
    ['2024-01-01', 0],
    ['2024-12-01', 0],
    ['2024-06-15', 0],
    ['2023-12-01', 1],
    ['2025-01-01', 1],
  ])('a phase from %s: %i problem(s)', (from, count) => {
    expect(phaseRangeProblems(twelve, { ...settings, phases: [{ from }] })).toHaveLength(count);
  });

  it('says the range it expected', () => {
    expect(phaseRangeProblems(twelve, { ...settings, phases: [{ from: '2023-01-01', label: 'Early' }] })).toEqual([
      { source: 'yaml', field: 'phases[0].from', found: '2023-01-01', expected: 'a date within the data, from 2024-01-01 to 2024-12-01' },
    ]);
  });

  it('accepts a Date, as YAML loaders give', () => {
    expect(phaseRangeProblems(twelve, { ...settings, phases: [{ from: new Date('2024-05-01T00:00:00Z') }] })).toEqual([]);
  });
});

describe('baselineProblems: baselinePoints larger than a phase', () => {
  it('accepts a baseline that every ended phase can fill', () => {
    expect(baselineProblems(twelve, { ...settings, baselinePoints: 6, phases: [{ from: '2024-07-01' }] })).toEqual([]);
  });

  it('reports an ended phase with fewer present points than the baseline', () => {
    const problems = baselineProblems(twelve, { ...settings, baselinePoints: 6, phases: [{ from: '2024-05-01', label: 'Coaching' }] });
    expect(problems).toEqual([
      {
        source: 'yaml',
        field: 'baselinePoints',
        found: '6, but the phase from 2024-01-01 has 4 points with a value',
        expected: 'at most 4, or phases long enough for the baseline (a phase that has ended gains no points)',
      },
    ]);
  });

  it('counts present points only: missing and withheld rows do not fill a baseline', () => {
    const text = [
      'date,value,n',
      '2024-01-01,1,20',
      '2024-02-01,,20',
      '2024-03-01,3,5',
      '2024-04-01,4,20',
      '2024-05-01,5,20',
      '2024-06-01,6,20',
      '2024-07-01,7,20',
      '2024-08-01,8,20',
    ].join('\n');
    const { data, problems: csvProblems } = readMeasureCsv(text);
    expect(csvProblems).toEqual([]);
    const problems = baselineProblems(data, { ...settings, baselinePoints: 6, phases: [{ from: '2024-08-01', label: 'Later' }] });
    expect(problems.map((problem) => problem.found)).toEqual(['6, but the phase from 2024-01-01 has 5 points with a value']);
  });

  it('lets the last phase hold fewer points: it is still collecting data', () => {
    expect(baselineProblems(twelve, { ...settings, baselinePoints: 6, phases: [{ from: '2024-10-01' }] })).toEqual([]);
    expect(baselineProblems(twelve, { ...settings, baselinePoints: 20 })).toEqual([]);
  });

  it('names the phase label and the site', () => {
    const text = `date,value,site\n${csv('1 2 3 4 5 6', 'North')}\n${csv('1 2 - - 5 6', 'South')}`;
    const data = readMeasureCsv(text).data;
    const problems = baselineProblems(data, { ...settings, baselinePoints: 3, phases: [{ from: '2024-01-01', label: 'Pilot' }, { from: '2024-05-01' }] });
    expect(problems.map((problem) => problem.found)).toEqual(['3, but phase "Pilot" from 2024-01-01 at site "South" has 2 points with a value']);
  });
});

describe('checkMeasureSettings', () => {
  it('gathers every problem of the settings', () => {
    const problems = checkMeasureSettings(twelve, {
      ...settings,
      baselinePoints: 6,
      phases: [{ from: '2024-04-01' }, { from: '2024-02-01' }, { from: '2026-01-01' }],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['phases[1].from', 'phases[2].from', 'baselinePoints', 'baselinePoints']);
  });

  it('finds nothing wrong with settings that fit', () => {
    expect(checkMeasureSettings(twelve, { ...settings, baselinePoints: 6, phases: [{ from: '2024-07-01' }] })).toEqual([]);
  });
});
