import normal from '@stdlib/random-base-normal';
import { describe, expect, it } from 'vitest';
import { analyseMeasure, analyseSeries, baselineOf, presentPoints } from '../../../../src/lib/measures/analysis.ts';
import type { MeasureSettings, PhaseAnalysis } from '../../../../src/lib/measures/types.ts';
import { monthlyRows, monthlySeries, type Cell } from '../../../support/measure-series.ts';

const run: MeasureSettings = { better: 'higher', chart: 'run' };
const xmr: MeasureSettings = { better: 'higher', chart: 'xmr' };

function onlyPhase(cells: readonly Cell[], settings: MeasureSettings): PhaseAnalysis {
  const phases = analyseSeries(monthlySeries(cells), settings).phases;
  expect(phases).toHaveLength(1);
  return phases[0]!;
}

describe('baselineOf and presentPoints', () => {
  it.each([
    [[1, 2, 3, 4], undefined, [1, 2, 3, 4]],
    [[1, 2, 3, 4], 2, [1, 2]],
    [[1, 2, 3], 6, [1, 2, 3]],
  ] as const)('%j with baselinePoints %s -> %j', (values, count, expected) => {
    expect(baselineOf(values, count)).toEqual(expected);
  });

  it('skips missing and withheld rows', () => {
    expect(presentPoints(monthlyRows([1, null, 'w', 4])).map((point) => point.value)).toEqual([1, 4]);
  });
});

describe('run chart phase', () => {
  it('takes the median of the baseline as centre, and counts all present points', () => {
    const phase = onlyPhase([1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 5, 5], run);
    expect(phase.centre).toBe(5);
    expect(phase.baselinePoints).toBe(12);
    expect(phase.runs).toMatchObject({ useful: 10, crossings: 9, verdict: 'no-signal' });
    expect(phase.limits).toBeNull();
  });

  it('skips missing values: they neither count nor break a run', () => {
    const cells: Cell[] = [1, 2, 1, 2, 1, 2, 8, null, 9, 8, null, 9, 8, 9, 8, 9];
    const phase = onlyPhase(cells, { ...run, baselinePoints: 6 });
    expect(phase.centre).toBe(1.5);
    // Around 1.5 the last 2 and the eight values after it make one run of 9 across the gaps.
    expect(phase.runs).toMatchObject({ useful: 14, longestRun: 9, longestRunMax: 7, verdict: 'signal' });
    expect(phase.points.filter((point) => point.inLongRun).map((point) => point.value)).toEqual([2, 8, 9, 8, 9, 8, 9, 8, 9]);
  });

  it('freezes the baseline: later points do not move the centre', () => {
    const frozen = onlyPhase([10, 11, 10, 11, 10, 11, 50, 60, 70, 80], { ...run, baselinePoints: 6 });
    const open = onlyPhase([10, 11, 10, 11, 10, 11, 50, 60, 70, 80], run);
    expect(frozen.centre).toBe(10.5);
    expect(open.centre).toBe(11);
    expect(frozen.points.map((point) => point.inBaseline)).toEqual([true, true, true, true, true, true, false, false, false, false]);
  });

  it('counts the baseline in present points, past missing rows', () => {
    const phase = onlyPhase([null, 1, 'w', 2, 3, 4, 5, 6, 7, 8], { ...run, baselinePoints: 6 });
    expect(phase.baselinePoints).toBe(6);
    expect(phase.centre).toBe(3.5);
    expect(phase.points.filter((point) => point.inBaseline).map((point) => point.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('has no centre without a present point', () => {
    const phase = onlyPhase([null, 'w'], run);
    expect(phase.centre).toBeNull();
    expect(phase.runs?.verdict).toBe('too-few');
    expect(phase.points).toHaveLength(2);
  });
});

describe('XmR phase', () => {
  it('takes the mean and moving range of the baseline, and flags later points against them', () => {
    const cells: Cell[] = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30];
    const phase = onlyPhase(cells, { ...xmr, baselinePoints: 12 });
    expect(phase.centre).toBe(11);
    expect(phase.limits).toMatchObject({ meanMovingRange: 2, upper: 11 + 5.32, lower: 11 - 5.32, trial: false });
    expect(phase.runs).toBeNull();
    expect(phase.points.at(-1)!.flags.map((flag) => flag.rule)).toEqual(['outside']);
  });

  it('marks limits from fewer than 12 baseline points as trial', () => {
    expect(onlyPhase([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10], xmr).limits!.trial).toBe(true);
  });

  it('never flags missing or withheld points, and skips them in the rules', () => {
    // Seven points above the mean with a missing and a withheld row among them: still a shift.
    const cells: Cell[] = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 13, null, 13, 'w', 13, 13, 13, 13, 13];
    const phase = onlyPhase(cells, { ...xmr, baselinePoints: 12 });
    const later = phase.points.slice(12);
    expect(later.map((point) => point.flags.some((flag) => flag.rule === 'shift'))).toEqual([true, false, true, false, true, true, true, true, true]);
    expect(later.filter((point) => point.value === null).every((point) => point.flags.length === 0)).toBe(true);
  });

  it('has no limits and no flags with a single present point', () => {
    const phase = onlyPhase([null, 5], xmr);
    expect(phase.centre).toBe(5);
    expect(phase.limits).toBeNull();
    expect(phase.points.every((point) => point.flags.length === 0)).toBe(true);
  });
});

describe('phases and sites', () => {
  it('rebases at each phase: each phase has its own centre and baseline', () => {
    const cells: Cell[] = [10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22];
    const result = analyseSeries(monthlySeries(cells), { ...xmr, phases: [{ from: '2024-07-01', label: 'New schedule' }] });
    expect(result.phases.map((phase) => [phase.from, phase.label, phase.centre, phase.baselinePoints])).toEqual([
      ['2024-01-01', null, 11, 6],
      ['2024-07-01', 'New schedule', 21, 6],
    ]);
    expect(result.phases.flatMap((phase) => phase.points.flatMap((point) => point.flags))).toEqual([]);
  });

  it('accepts phase starts as Dates at UTC midnight, as YAML loaders give them', () => {
    const result = analyseSeries(monthlySeries([1, 2, 3, 4]), { ...run, phases: [{ from: new Date('2024-03-01T00:00:00Z') }] });
    expect(result.phases.map((phase) => phase.from)).toEqual(['2024-01-01', '2024-03-01']);
  });

  it('analyses each site on its own, in the order of the data', () => {
    const data = { columns: ['date', 'value', 'site'] as const, rows: [], series: [monthlySeries([1, 2, 3], 'North'), monthlySeries([7, 8, 9], 'South')] };
    const result = analyseMeasure({ ...data, columns: [...data.columns] }, run);
    expect(result.series.map((one) => [one.site, one.phases[0]!.centre])).toEqual([
      ['North', 2],
      ['South', 8],
    ]);
    expect(result.chart).toBe('run');
  });

  it('defaults to a run chart', () => {
    expect(analyseSeries(monthlySeries([1, 2]), { better: 'lower' }).chart).toBe('run');
  });
});

/**
 * Property: with no pattern the rules rarely signal; with a clear shift they almost always do.
 * Seeded, so the rates are the same on every run; the thresholds are loose bounds on what the
 * rules are designed for (a false signal now and then, a true one most of the time), not the rates
 * these seeds happen to give.
 */
describe('signal rates on simulated series (seeded)', () => {
  const TRIALS = 1000;

  function signalRate(settings: MeasureSettings, make: (draw: () => number) => number[], seed: number): number {
    const draw = normal.factory(0, 1, { seed });
    let signals = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const [phase] = analyseSeries(monthlySeries(make(draw)), settings).phases;
      const signalled = settings.chart === 'run' ? phase!.runs!.verdict === 'signal' : phase!.points.some((point) => point.flags.length > 0);
      if (signalled) signals += 1;
    }
    return signals / TRIALS;
  }

  const noise = (count: number) => (draw: () => number) => Array.from({ length: count }, draw);
  const shifted = (before: number, after: number, shift: number) => (draw: () => number) => [
    ...Array.from({ length: before }, draw),
    ...Array.from({ length: after }, () => draw() + shift),
  ];

  it('a run chart of 24 points of noise signals rarely', () => {
    expect(signalRate(run, noise(24), 2025)).toBeLessThan(0.12);
  });

  it('a run chart with a shift of 2 SD after 12 baseline points signals most of the time', () => {
    expect(signalRate({ ...run, baselinePoints: 12 }, shifted(12, 12, 2), 7)).toBeGreaterThan(0.8);
  });

  it('a run chart with a shift of 3 SD after 12 baseline points signals almost always', () => {
    expect(signalRate({ ...run, baselinePoints: 12 }, shifted(12, 12, 3), 8)).toBeGreaterThan(0.95);
  });

  it('an XmR chart of 24 points of noise has a point beyond the limits rarely', () => {
    const draw = normal.factory(0, 1, { seed: 11 });
    let outside = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const [phase] = analyseSeries(monthlySeries(noise(24)(draw)), xmr).phases;
      if (phase!.points.some((point) => point.flags.some((flag) => flag.rule === 'outside'))) outside += 1;
    }
    expect(outside / TRIALS).toBeLessThan(0.15);
  });

  it('an XmR chart of 24 points of noise meets any rule in a minority of series', () => {
    expect(signalRate(xmr, noise(24), 13)).toBeLessThan(0.25);
  });

  it('an XmR chart with a shift of 2 SD after a 12-point baseline signals almost always', () => {
    expect(signalRate({ ...xmr, baselinePoints: 12 }, shifted(12, 12, 2), 3)).toBeGreaterThan(0.95);
  });
});
