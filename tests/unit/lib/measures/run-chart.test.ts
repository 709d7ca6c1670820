import { describe, expect, it } from 'vitest';
import { analyseRuns, datesInRuns, median, runsAround, runsVerdict, type DatedValue } from '../../../../src/lib/measures/run-chart.ts';
import { monthDate } from '../../../support/measure-series.ts';

/** Values dated one month apart from January 2024. */
function monthly(values: readonly number[]): DatedValue[] {
  return values.map((value, index) => ({ date: monthDate(index), value }));
}

describe('median', () => {
  it.each([
    [[3], 3],
    [[1, 3], 2],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[2, 2, 2, 9], 2],
  ])('%j -> %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('runsAround: points on the centre line neither count nor break a run', () => {
  it.each([
    ['alternating sides', [1, 3, 1, 3], 2, ['down:1', 'up:1', 'down:1', 'up:1']],
    ['a tie inside a run joins its two halves', [3, 3, 2, 3, 3], 2, ['up:4']],
    ['a tie between sides is skipped', [1, 2, 3], 2, ['down:1', 'up:1']],
    ['all on the centre line: no runs', [2, 2, 2], 2, []],
  ] as const)('%s', (_name, values, centre, expected) => {
    const runs = runsAround(monthly(values), centre);
    expect(runs.map((run) => `${run.side}:${run.points}`)).toEqual(expected);
  });

  it('dates a run by its first and last useful points', () => {
    const [run] = runsAround(monthly([2, 5, 6, 2]), 2);
    expect(run).toEqual({ side: 'up', points: 2, start: '2024-02-01', end: '2024-03-01' });
  });
});

describe('analyseRuns', () => {
  it('counts useful points, the longest run and crossings, as qicharts2 does', () => {
    // Around 5.5 the sides are - - + + + - + - - + + +: six runs, so five crossings.
    const values = [1, 2, 8, 9, 7, 3, 6, 4, 2, 9, 8, 7];
    const result = analyseRuns(monthly(values), 5.5);
    expect(result).toMatchObject({ useful: 12, longestRun: 3, longestRunMax: 7, crossings: 5, crossingsMin: 3, verdict: 'no-signal' });
  });

  it('ties on the centre line are not useful and do not break the run', () => {
    // Centre 5: three 5s are skipped; the rest are 11 points above after 0 below.
    const values = [6, 7, 5, 8, 6, 5, 7, 9, 6, 5, 7, 8, 6, 7];
    const result = analyseRuns(monthly(values), 5);
    expect(result.useful).toBe(11);
    expect(result.longestRun).toBe(11);
    expect(result.crossings).toBe(0);
    expect(result.verdict).toBe('signal');
  });

  it.each([
    ['9 useful points are too few, whatever they show', [1, 1, 1, 1, 9, 9, 9, 9, 9], 5, 'too-few'],
    ['10 useful points are enough', [1, 9, 1, 9, 1, 9, 1, 9, 1, 9], 5, 'no-signal'],
    ['a run of 7 in 10 points is one too many (limit 6)', [1, 1, 1, 9, 9, 9, 9, 9, 9, 9], 5, 'signal'],
    ['a run of 6 in 10 points is allowed', [1, 9, 1, 1, 9, 9, 9, 9, 9, 9], 5, 'no-signal'],
    ['1 crossing in 10 points is too few (minimum 2)', [1, 1, 1, 1, 1, 9, 9, 9, 9, 9], 5, 'signal'],
    ['2 crossings in 10 points are enough', [1, 1, 1, 9, 9, 9, 9, 1, 1, 1], 5, 'no-signal'],
  ] as const)('%s', (_name, values, centre, verdict) => {
    expect(analyseRuns(monthly(values), centre).verdict).toBe(verdict);
  });

  it('reports a run longer than the limit with its dates and side', () => {
    // 14 useful points allow runs of 7; the last nine (from the 4 in June) are all below 5.
    const values = [6, 4, 6, 4, 6, 4, 1, 2, 1, 2, 1, 2, 1, 2];
    const result = analyseRuns(monthly(values), 5);
    expect(result.longestRunMax).toBe(7);
    expect(result.longRuns).toEqual([{ side: 'down', points: 9, start: '2024-06-01', end: '2025-02-01' }]);
  });

  it('has no limits without a useful point, and says too-few', () => {
    expect(analyseRuns(monthly([5, 5, 5]), 5)).toEqual({
      useful: 0,
      longestRun: 0,
      longestRunMax: null,
      crossings: 0,
      crossingsMin: null,
      verdict: 'too-few',
      longRuns: [],
    });
  });

  it('still reports the limits below 10 useful points (qicharts2 does), with the verdict too-few', () => {
    const result = analyseRuns(monthly([1, 9, 1, 9, 1]), 5);
    expect(result).toMatchObject({ useful: 5, longestRunMax: 5, crossingsMin: 0, verdict: 'too-few' });
  });
});

describe('runsVerdict', () => {
  it.each([
    [9, 1, 6, 8, 2, 'too-few'],
    [10, 7, 6, 3, 2, 'signal'],
    [10, 6, 6, 1, 2, 'signal'],
    [10, 6, 6, 2, 2, 'no-signal'],
  ] as const)('useful %i, run %i (max %i), crossings %i (min %i): %s', (useful, run, runMax, crossings, crossMin, verdict) => {
    expect(runsVerdict(useful, run, runMax, crossings, crossMin)).toBe(verdict);
  });
});

describe('datesInRuns', () => {
  it('returns the useful points of the runs, not the ties inside them', () => {
    const points = monthly([6, 5, 7, 1]);
    const runs = runsAround(points, 5).filter((run) => run.side === 'up');
    expect([...datesInRuns(points, 5, runs)]).toEqual(['2024-01-01', '2024-03-01']);
  });
});
