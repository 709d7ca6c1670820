import { describe, expect, it } from 'vitest';
import { analyseSeries } from '../../../../src/lib/measures/analysis.ts';
import { chartGeometry, cycleMarkers, markerPath, markerShape } from '../../../../src/lib/measures/chart.ts';
import { sharedYDomain } from '../../../../src/lib/measures/chart-scales.ts';
import type { MeasureSettings, SeriesAnalysis } from '../../../../src/lib/measures/types.ts';
import { monthlySeries, type Cell } from '../../../support/measure-series.ts';

function analysed(cells: readonly Cell[], settings: MeasureSettings, site: string | null = null): SeriesAnalysis {
  return analyseSeries(monthlySeries(cells, site), settings);
}

const size = { width: 640, height: 320, margin: { top: 10, right: 20, bottom: 30, left: 40 } };

describe('chartGeometry: the plot, the value line and the points', () => {
  const series = analysed([10, 20, null, 'w', 30, 40], { better: 'higher', chart: 'run' });
  const chart = chartGeometry(series, { ...size, yDomain: [0, 50] });

  it('lays the plot inside the margins', () => {
    expect(chart.plot).toEqual({ left: 40, top: 10, right: 620, bottom: 290 });
  });

  it('places points by date and value, and leaves the rows without a value out', () => {
    expect(chart.points.map((point) => [point.date, point.value])).toEqual([
      ['2024-01-01', 10],
      ['2024-02-01', 20],
      ['2024-05-01', 30],
      ['2024-06-01', 40],
    ]);
    expect(chart.points[0]).toMatchObject({ x: 40, y: 234 });
    expect(chart.points.at(-1)).toMatchObject({ x: 620, y: 66 });
  });

  it('breaks the value line at missing and withheld rows', () => {
    expect(chart.valuePath.match(/M/g)).toHaveLength(2);
    expect(chart.gaps.map((gap) => [gap.date, gap.withheld])).toEqual([
      ['2024-03-01', false],
      ['2024-04-01', true],
    ]);
  });

  it('draws the centre line across the phase, and no limits on a run chart', () => {
    const [phase] = chart.phases;
    expect(phase).toMatchObject({ x1: 40, x2: 620, breakX: null, baselineEndX: null, upper: null, lower: null });
    expect(phase!.centre).toEqual({ x1: 40, x2: 620, y: 150, d: 'M40,150L620,150' });
  });

  it('gives value and date ticks with labels', () => {
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['0', '10', '20', '30', '40', '50']);
    expect(chart.xTicks.length).toBeGreaterThan(1);
    expect(chart.xTicks[0]!.label).toBe('Jan 2024');
  });
});

describe('chartGeometry: XmR limits, phases, baselines and the target', () => {
  const cells = [10, 12, 10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22, 40];
  const series = analysed(cells, { better: 'higher', chart: 'xmr', baselinePoints: 6, target: 25, phases: [{ from: '2024-09-01', label: 'Coaching' }] });
  const chart = chartGeometry(series, size);

  it('draws limits and two-sigma lines per phase, and breaks between phases', () => {
    expect(chart.phases.map((phase) => [phase.from, phase.label])).toEqual([
      ['2024-01-01', null],
      ['2024-09-01', 'Coaching'],
    ]);
    const [first, second] = chart.phases;
    for (const phase of [first!, second!]) {
      expect(phase.upper!.y).toBeLessThan(phase.nearUpper!.y);
      expect(phase.nearUpper!.y).toBeLessThan(phase.centre!.y);
      expect(phase.centre!.y).toBeLessThan(phase.nearLower!.y);
      expect(phase.nearLower!.y).toBeLessThan(phase.lower!.y);
    }
    expect(second!.breakX).toBeGreaterThan(first!.x2);
    expect(second!.breakX).toBeLessThan(second!.x1);
  });

  it('marks where the frozen baseline ends', () => {
    const [first] = chart.phases;
    expect(first!.baselineEndX).toBe(chart.points[5]!.x);
  });

  it('draws the target line', () => {
    expect(chart.target!.value).toBe(25);
  });

  it('marks a flagged point by shape, not colour alone', () => {
    const last = chart.points.at(-1)!;
    expect(last.flags).toContain('outside');
    expect(last.marker).toBe('diamond');
    expect(last.reading).toBe('improvement');
    expect(last.markerPath).not.toBe(chart.points[0]!.markerPath);
    expect(chart.points[0]!.marker).toBe('circle');
  });
});

describe('markers', () => {
  it.each([
    [[], false, 'circle'],
    [[], true, 'square'],
    [['shift'], false, 'square'],
    [['two-of-three', 'shift'], false, 'wye'],
    [['trend', 'two-of-three'], false, 'triangle'],
    [['shift', 'trend', 'outside'], false, 'diamond'],
  ] as const)('flags %j (long run %s): %s', (flags, inLongRun, shape) => {
    expect(markerShape(flags, inLongRun)).toBe(shape);
  });

  it('gives every shape its own path', () => {
    const paths = (['circle', 'diamond', 'triangle', 'wye', 'square'] as const).map(markerPath);
    expect(new Set(paths).size).toBe(5);
    expect(paths.every((path) => path.startsWith('M'))).toBe(true);
  });

  it('marks the long run of a run chart', () => {
    const series = analysed([1, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 9, 8, 9], { better: 'lower', chart: 'run', baselinePoints: 6 });
    const chart = chartGeometry(series, size);
    expect(chart.points.map((point) => point.marker === 'square')).toEqual([false, false, false, false, false, true, true, true, true, true, true, true, true, true]);
  });
});

describe('PDSA cycle markers', () => {
  const series = analysed([1, 2, 3, 4, 5, 6], { better: 'higher' });

  it('places cycles at their start, in date order, and leaves out those outside the chart', () => {
    const chart = chartGeometry(series, {
      ...size,
      cycles: [
        { id: 'second', label: 'Cycle 2', date: '2024-04-01' },
        { id: 'first', label: 'Cycle 1', date: new Date('2024-02-01T00:00:00Z') },
        { id: 'before', label: 'Earlier', date: '2023-06-01' },
      ],
    });
    expect(chart.cycles.map((cycle) => [cycle.id, cycle.date])).toEqual([
      ['first', '2024-02-01'],
      ['second', '2024-04-01'],
    ]);
    const pointAt = (date: string) => chart.points.find((point) => point.date === date)!.x;
    expect(chart.cycles[0]!.x).toBe(pointAt('2024-02-01'));
  });

  it('keeps cycles on the same date in id order', () => {
    const markers = cycleMarkers(
      [
        { id: 'b', label: 'B', date: '2024-02-01' },
        { id: 'a', label: 'A', date: '2024-02-01' },
      ],
      ['2024-01-01', '2024-06-01'],
      () => 0,
    );
    expect(markers.map((marker) => marker.id)).toEqual(['a', 'b']);
  });
});

describe('small multiples on one scale', () => {
  it('puts the same value at the same height on every site\'s chart', () => {
    const north = analysed([40, 50, 60], { better: 'higher' }, 'North');
    const south = analysed([50, 70, 90], { better: 'higher' }, 'South');
    const yDomain = sharedYDomain([north, south]);
    const [northChart, southChart] = [north, south].map((series) => chartGeometry(series, { ...size, yDomain }));
    const yOf = (chart: typeof northChart, value: number) => chart!.points.find((point) => point.value === value)!.y;
    expect(yOf(northChart, 50)).toBe(yOf(southChart, 50));
    expect(northChart!.yTicks).toEqual(southChart!.yTicks);
  });
});
