import { describe, expect, it } from 'vitest';
import { analyseSeries } from '../../../../src/lib/measures/analysis.ts';
import type { MeasureSettings } from '../../../../src/lib/measures/types.ts';
import { monthlySeries } from '../../../support/measure-series.ts';
import { headline, readSeries, type Signal } from '../../../../src/lib/measures/verdict.ts';


function read(values: readonly (number | null)[], settings: MeasureSettings) {
  return readSeries(analyseSeries(monthlySeries(values), settings));
}

const STABLE = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

describe('readSeries on run charts', () => {
  it('reads a long run at the end as an ongoing shift, good news when higher is better', () => {
    const reading = read([...STABLE, 20, 21, 20, 22, 21, 20, 22, 21], { better: 'higher', chart: 'run', baselinePoints: 12 });
    expect(reading.cadence).toBe('month');
    expect(reading.current).toMatchObject({ verdict: 'signal', useful: 20 });
    // The last 12 of the baseline alternate; the 12 (December) and the eight after it make the run.
    expect(reading.current!.headline).toEqual({ kind: 'long-run', side: 'up', reading: 'improvement', points: 9, start: '2024-12-01', end: '2025-08-01', ongoing: true });
    expect(reading.target).toBeNull();
  });

  it('reads too few crossings as a signal of its own', () => {
    const reading = read([1, 1, 1, 1, 1, 9, 9, 9, 9, 9], { better: 'lower', chart: 'run' });
    expect(reading.current!.signals).toEqual([{ kind: 'few-crossings', crossings: 1, crossingsMin: 2 }]);
  });

  it.each([
    ['too few useful points', [1, 9, 1, 9, 1], 'too-few'],
    ['only chance', STABLE, 'no-signal'],
    ['no values', [null, null], 'no-data'],
  ] as const)('%s: %s', (_name, values, verdict) => {
    const reading = read(values, { better: 'higher', chart: 'run' });
    expect(reading.current!.verdict).toBe(verdict);
    expect(reading.current!.signals).toEqual([]);
  });
});

describe('readSeries on XmR charts', () => {
  it('groups consecutive flagged points into episodes and leads with the ongoing one', () => {
    const values = [...STABLE, 30, 11, 11.5, 10.5, 13, 14, 13, 14, 13, 14, 13];
    const reading = read(values, { better: 'lower', chart: 'xmr', baselinePoints: 12 });
    const kinds = reading.current!.signals.map((signal) => signal.kind !== 'few-crossings' && [signal.kind, signal.side, signal.points, signal.ongoing]);
    expect(kinds).toEqual([
      ['outside', 'up', 1, false],
      ['shift', 'up', 7, true],
    ]);
    expect(reading.current!.headline).toMatchObject({ kind: 'shift', reading: 'concern', start: '2025-05-01', end: '2025-11-01' });
    expect(reading.current!.verdict).toBe('signal');
  });

  it('reads trial limits and no signal', () => {
    const reading = read(STABLE.slice(0, 8), { better: 'higher', chart: 'xmr' });
    expect(reading.current).toMatchObject({ verdict: 'no-signal', trial: true, signals: [], headline: null });
  });

  it.each([
    ['higher', 20, 'never'],
    ['higher', 2, 'always'],
    ['higher', 11, 'sometimes'],
    ['lower', 20, 'always'],
    ['lower', 2, 'never'],
    ['lower', 11, 'sometimes'],
  ] as const)('better %s, target %d: met %s (against the current phase)', (better, target, met) => {
    expect(read(STABLE, { better, chart: 'xmr', target }).target).toEqual({ value: target, met });
  });

  it('says how the level moved at the last phase, and whether for the better', () => {
    const values = [...STABLE, 20, 22, 20, 22, 20, 22];
    const reading = read(values, { better: 'lower', chart: 'xmr', phases: [{ from: '2025-01-01', label: 'New bus routes' }] });
    expect(reading.levelChange).toEqual({ before: 11, after: 21, since: '2025-01-01', label: 'New bus routes', reading: 'concern' });
    expect(reading.phases).toHaveLength(2);
  });
});

describe('headline', () => {
  const episode = (kind: 'shift' | 'outside' | 'trend', end: string, ongoing: boolean): Signal => ({
    kind,
    side: 'up',
    reading: 'improvement',
    points: 1,
    start: end,
    end,
    ongoing,
  });

  it.each([
    ['an ongoing signal before a past one', [episode('shift', '2024-05-01', false), episode('outside', '2024-09-01', true)], 1],
    ['a shift before an outside point, both ongoing', [episode('outside', '2024-09-01', true), episode('shift', '2024-09-01', true)], 1],
    ['the latest of two past signals of one kind', [episode('trend', '2024-03-01', false), episode('trend', '2024-06-01', false)], 1],
  ] as const)('%s', (_name, signals, index) => {
    expect(headline(signals)).toBe(signals[index]);
  });

  it('is null without signals', () => {
    expect(headline([])).toBeNull();
  });
});
