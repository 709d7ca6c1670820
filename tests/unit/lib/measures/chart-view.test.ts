import { describe, expect, it } from 'vitest';
import { analyseSeries } from '../../../../src/lib/measures/analysis.ts';
import { chartGeometry } from '../../../../src/lib/measures/chart.ts';
import { cyclesForSeries, legendOf, pointTone } from '../../../../src/lib/measures/chart-view.ts';
import { readSeries } from '../../../../src/lib/measures/verdict.ts';
import type { MeasureSettings } from '../../../../src/lib/measures/types.ts';
import { monthlySeries, type Cell } from '../../../support/measure-series.ts';

/** A series of monthly cells from January 2024 (`w` withheld), analysed, read and laid out. */
function drawn(cells: readonly Cell[], settings: MeasureSettings, cycles: { id: string; label: string; date: string }[] = []) {
  const series = analyseSeries(monthlySeries(cells), settings);
  const reading = readSeries(series);
  const geometry = chartGeometry(series, { width: 600, height: 300, cycles });
  return { geometry, reading, tones: geometry.points.map((point) => pointTone(point, reading.phases)) };
}

const STABLE = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
const SHIFTED = [...STABLE, 20, 21, 20, 22, 21, 20, 22, 21];

describe('pointTone', () => {
  it('is neutral for a point that signals nothing', () => {
    expect(new Set(drawn(STABLE, { better: 'higher', chart: 'xmr' }).tones)).toEqual(new Set(['neutral']));
  });

  it.each([
    ['higher', 'improvement'],
    ['lower', 'concern'],
  ] as const)("reads a run chart's long run above the middle as %s is better: %s", (better, tone) => {
    // The run starts at the baseline's last point, above its median.
    const { tones } = drawn(SHIFTED, { better, chart: 'run', baselinePoints: 12 });
    expect(tones.slice(0, 11).every((one) => one === 'neutral')).toBe(true);
    expect(tones.slice(11)).toEqual(Array(9).fill(tone));
  });

  it('takes the reading of the XmR rules a point meets', () => {
    const { tones } = drawn([...STABLE, 40, 41], { better: 'lower', chart: 'xmr', baselinePoints: 12 });
    expect(tones.slice(-2)).toEqual(['concern', 'concern']);
  });

  it('reads a long run in a later phase by that phase', () => {
    const { tones } = drawn([...SHIFTED, ...SHIFTED], { better: 'higher', chart: 'run', baselinePoints: 12, phases: [{ from: '2025-09-01', label: 'Again' }] });
    expect(tones.slice(-8)).toEqual(Array(8).fill('improvement'));
  });
});

describe('legendOf', () => {
  it('lists what a run chart shows, and its long run as a marker', () => {
    const { geometry, tones } = drawn([...SHIFTED.slice(0, 14), 'w', ...SHIFTED.slice(14)], { better: 'higher', chart: 'run', baselinePoints: 12, target: 30 });
    expect(legendOf([geometry], 'run', [tones])).toEqual({
      lines: ['value', 'centre', 'target', 'withheld'],
      markers: [{ shape: 'square', rule: 'long-run', tone: 'improvement' }],
    });
  });

  it('lists limits, phases and cycles on an XmR chart, and each kind of flagged point once, strongest first', () => {
    const { geometry, tones } = drawn([...STABLE, 40, 41, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10], { better: 'higher', chart: 'xmr', baselinePoints: 12, phases: [{ from: '2025-03-01', label: 'Next' }] }, [
      { id: 'c1', label: 'A cycle', date: '2024-06-15' },
    ]);
    const legend = legendOf([geometry], 'xmr', [tones]);
    expect(legend.lines).toEqual(['value', 'centre', 'limits', 'near', 'phase', 'cycle']);
    expect(legend.markers).toEqual([{ shape: 'diamond', rule: 'outside', tone: 'improvement' }]);
  });

  it('gathers the legend of small multiples together', () => {
    const plain = drawn(STABLE, { better: 'higher', chart: 'xmr' });
    const shifted = drawn(SHIFTED, { better: 'lower', chart: 'xmr', baselinePoints: 12 });
    const legend = legendOf([plain.geometry, shifted.geometry], 'xmr', [plain.tones, shifted.tones]);
    expect(legend.markers.map((marker) => `${marker.shape}/${marker.rule}/${marker.tone}`)).toEqual(['diamond/outside/concern', 'square/shift/concern']);
  });
});

describe('cyclesForSeries', () => {
  const cycles = [
    { id: 'a', site: 'Millrace High School' },
    { id: 'b', site: ' millrace high school ' },
    { id: 'c', site: 'Eastgate High School' },
  ];

  it('marks every cycle on a measure without sites', () => {
    expect(cyclesForSeries(cycles, null).map((cycle) => cycle.id)).toEqual(['a', 'b', 'c']);
  });

  it("marks a site's own cycles on its chart, whatever the capitals and spaces", () => {
    expect(cyclesForSeries(cycles, 'Millrace High School').map((cycle) => cycle.id)).toEqual(['a', 'b']);
    expect(cyclesForSeries(cycles, 'Wrenfield High School')).toEqual([]);
  });
});
