import { describe, expect, it } from 'vitest';
import { analyseSeries } from '../../../../src/lib/measures/analysis.ts';
import {
  sharedXDomain,
  sharedYDomain,
  valueExtent,
  valuesToShow,
  xScaleFor,
  xTicks,
  yScaleFor,
  yTicks,
} from '../../../../src/lib/measures/chart-scales.ts';
import type { MeasureSettings, SeriesAnalysis } from '../../../../src/lib/measures/types.ts';
import { monthlySeries } from '../../../support/measure-series.ts';

function analysed(values: readonly (number | null)[], settings: MeasureSettings, site: string | null = null, startMonth = 0): SeriesAnalysis {
  return analyseSeries(monthlySeries(values, site, startMonth), settings);
}

describe('y domains', () => {
  it('covers values, centre, limits and target', () => {
    const series = analysed([10, 12, 10, 12], { better: 'higher', chart: 'xmr', target: 30 });
    const shown = valuesToShow(series);
    expect(Math.min(...shown)).toBeCloseTo(11 - 2.66 * 2, 10);
    expect(Math.max(...shown)).toBe(30);
  });

  it('shares one nice domain across sites', () => {
    const north = analysed([40, 45, 50], { better: 'higher' }, 'North');
    const south = analysed([61, 70, 83], { better: 'higher' }, 'South');
    expect(valueExtent([north, south])).toEqual([40, 83]);
    expect(sharedYDomain([north, south])).toEqual([40, 90]);
  });

  it('widens a flat series around its value, and an empty one to 0..1', () => {
    const flat = analysed([50, 50, 50], { better: 'higher' });
    expect(sharedYDomain([flat])).toEqual([44, 56]);
    expect(sharedYDomain([analysed([0, 0], { better: 'higher' })])).toEqual([-1, 1]);
    expect(sharedYDomain([analysed([null], { better: 'higher' })])).toEqual([0, 1]);
  });
});

describe('x domains', () => {
  it('spans the earliest to the latest date over the series', () => {
    const early = analysed([1, 2, 3], { better: 'higher' }, 'A', 0);
    const late = analysed([1, 2, 3], { better: 'higher' }, 'B', 5);
    expect(sharedXDomain([early, late])).toEqual(['2024-01-01', '2024-08-01']);
    expect(sharedXDomain([])).toBeNull();
  });

  it('puts a single date in the middle', () => {
    const scale = xScaleFor(['2025-01-01', '2025-01-01'], [0, 100]);
    expect(scale(new Date('2025-01-01T00:00:00Z'))).toBe(50);
  });
});

describe('ticks', () => {
  it('labels values with the decimals their step needs, in the reader\'s language', () => {
    const scale = yScaleFor([70, 72], [100, 0]);
    expect(yTicks(scale, 5, 'en').map((tick) => tick.label)).toEqual(['70.0', '70.5', '71.0', '71.5', '72.0']);
    expect(yTicks(scale, 5, 'es').map((tick) => tick.label)).toEqual(['70,0', '70,5', '71,0', '71,5', '72,0']);
    expect(yTicks(yScaleFor([0, 100], [100, 0]), 5).map((tick) => [tick.label, tick.y])).toEqual([
      ['0', 100],
      ['20', 80],
      ['40', 60],
      ['60', 40],
      ['80', 20],
      ['100', 0],
    ]);
  });

  it('labels monthly ticks with the year on the first and on each January', () => {
    const scale = xScaleFor(['2024-01-01', '2025-12-01'], [0, 700]);
    expect(xTicks(scale, 6, 'en').map((tick) => `${tick.date} ${tick.label}`)).toEqual([
      '2024-01-01 Jan 2024',
      '2024-04-01 Apr',
      '2024-07-01 Jul',
      '2024-10-01 Oct',
      '2025-01-01 Jan 2025',
      '2025-04-01 Apr',
      '2025-07-01 Jul',
      '2025-10-01 Oct',
    ]);
  });

  it('labels yearly ticks with the year and daily ticks with the day', () => {
    expect(xTicks(xScaleFor(['2015-01-01', '2025-01-01'], [0, 500]), 5).map((tick) => tick.label)).toEqual(['2016', '2018', '2020', '2022', '2024']);
    expect(xTicks(xScaleFor(['2025-03-03', '2025-03-10'], [0, 500]), 3).map((tick) => tick.label)).toEqual(['Mar 3', 'Mar 5', 'Mar 7', 'Mar 9']);
  });
});
