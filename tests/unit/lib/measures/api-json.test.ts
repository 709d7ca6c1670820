import { describe, expect, it } from 'vitest';
import { analyseMeasure } from '../../../../src/lib/measures/analysis.ts';
import { measureJson, phaseJson } from '../../../../src/lib/measures/api-json.ts';
import { readMeasureCsv } from '../../../../src/lib/measures/csv.ts';
import type { PhaseAnalysis } from '../../../../src/lib/measures/types.ts';
import { monthDate } from '../../../support/measure-series.ts';

const identity = { id: 'on-track-rate', title: 'Ninth graders on track', unit: '%' };

function monthlyCsv(values: readonly (number | string)[], header = 'date,value'): string {
  const rows = values.map((value, index) => `${monthDate(index)},${value}`);
  return [header, ...rows].join('\n');
}

describe('measureJson: the shape of /api/measures/<id>.json', () => {
  const { data } = readMeasureCsv(monthlyCsv([70, 72, 71, '', 73, 70, 72, 71, 70, 73, 72, 71]));
  const json = measureJson(identity, analyseMeasure(data, { better: 'higher', chart: 'run' }));

  it('has exactly the contract\'s fields, at every level', () => {
    expect(Object.keys(json)).toEqual(['id', 'title', 'unit', 'better', 'chart', 'series']);
    expect(Object.keys(json.series[0]!)).toEqual(['site', 'phases']);
    const phase = json.series[0]!.phases[0]!;
    expect(Object.keys(phase)).toEqual(['from', 'label', 'centre', 'baselinePoints', 'runs', 'limits', 'points']);
    expect(Object.keys(phase.runs!)).toEqual(['useful', 'longestRun', 'longestRunMax', 'crossings', 'crossingsMin', 'verdict']);
    expect(Object.keys(phase.points[0]!)).toEqual(['date', 'value', 'withheld', 'flags']);
  });

  it('fills them as the contract shows: site null without sites, limits null on a run chart', () => {
    expect(json).toMatchObject({ id: 'on-track-rate', title: 'Ninth graders on track', unit: '%', better: 'higher', chart: 'run' });
    const phase = json.series[0]!.phases[0]!;
    expect(json.series[0]!.site).toBeNull();
    expect(phase).toMatchObject({ from: '2024-01-01', label: null, centre: 71, baselinePoints: 11, limits: null });
    expect(phase.points[3]).toEqual({ date: '2024-04-01', value: null, withheld: false, flags: [] });
  });

  it('is plain JSON (survives a round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('measureJson on an XmR chart', () => {
  const text = monthlyCsv(['10,20', '12,20', '10,20', '12,20', '10,3', '12,20', '10,20', '12,20', '10,20', '12,20', '10,20', '12,20', '30,20'], 'date,value,n');
  const { data } = readMeasureCsv(text);
  const json = measureJson(identity, analyseMeasure(data, { better: 'lower', chart: 'xmr', baselinePoints: 12 }));
  const phase = json.series[0]!.phases[0]!;

  it('has limits with exactly the contract\'s fields, and runs null', () => {
    expect(phase.runs).toBeNull();
    expect(Object.keys(phase.limits!)).toEqual(['lower', 'upper', 'nearLower', 'nearUpper', 'trial']);
  });

  it('lists the rules a point meets, by name', () => {
    expect(phase.points.at(-1)!.flags).toEqual(['outside']);
  });

  it('publishes a withheld point as null, withheld, and unflagged', () => {
    expect(phase.points[4]).toEqual({ date: '2024-05-01', value: null, withheld: true, flags: [] });
    expect(JSON.stringify(json)).not.toContain('"n"');
  });
});

describe('phaseJson', () => {
  it('names each rule once, in a fixed order, however many sides met it', () => {
    const phase: PhaseAnalysis = {
      from: '2024-01-01',
      label: 'After',
      centre: 5,
      baselinePoints: 1,
      runs: null,
      limits: { meanMovingRange: 1, lower: 1, upper: 9, nearLower: 2, nearUpper: 8, trial: true },
      points: [
        {
          date: '2024-01-01',
          value: 5,
          withheld: false,
          inBaseline: true,
          inLongRun: false,
          flags: [
            { rule: 'trend', side: 'up', reading: 'improvement' },
            { rule: 'trend', side: 'down', reading: 'concern' },
            { rule: 'outside', side: 'up', reading: 'improvement' },
          ],
        },
      ],
    };
    expect(phaseJson(phase).points[0]!.flags).toEqual(['outside', 'trend']);
    expect(phaseJson(phase).limits).toEqual({ lower: 1, upper: 9, nearLower: 2, nearUpper: 8, trial: true });
  });
});
