import { describe, expect, it } from 'vitest';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const measure = {
  ...baseEntry,
  published: '2026-09-14',
  kind: 'outcome',
  definition: 'Ninth graders on track, divided by all ninth graders enrolled.',
  unit: '%',
  better: 'higher',
};

describe('measures (YAML)', () => {
  it('accepts a minimal measure, with a run chart by default', () => {
    expect(problemsOf(schemas.measures, measure)).toEqual([]);
    expect(schemas.measures.parse(measure)).toMatchObject({ chart: 'run', phases: [] });
  });

  it('accepts every optional field', () => {
    const full = {
      ...measure,
      chart: 'xmr',
      baselinePoints: 6,
      target: 85,
      phases: [{ from: '2025-09-01', label: 'Before' }, { from: '2025-11-03' }],
    };
    expect(problemsOf(schemas.measures, full)).toEqual([]);
  });

  it.each([
    ['no kind', { kind: undefined }, 'kind: one of outcome, process, balancing'],
    ['an unknown kind', { kind: 'outcomes' }, 'kind: one of outcome, process, balancing'],
    ['no definition', { definition: undefined }, 'definition: an operational definition: what is counted, numerator and denominator (required)'],
    ['no unit', { unit: undefined }, 'unit: a unit shown after values, such as %, days or students (required)'],
    ['no direction', { better: undefined }, 'better: one of higher, lower: the direction of improvement'],
    ['an unknown chart', { chart: 'pareto' }, 'chart: one of run, xmr'],
    ['a baseline of five points', { baselinePoints: 5 }, 'baselinePoints: a whole number of points, 6 or more'],
    ['a baseline of 6.5 points', { baselinePoints: 6.5 }, 'baselinePoints: a whole number of points, 6 or more'],
    ['a target that is no number', { target: '85%' }, 'target: a number'],
    ['a phase without a date', { phases: [{ label: 'After' }] }, 'phases.0.from: a date such as 2026-03-14'],
    ['a phase with a field the model does not know', { phases: [{ from: '2025-09-01', name: 'After' }] }, 'phases.0: Unrecognized key: "name"'],
    ['phases out of order', { phases: [{ from: '2025-11-03' }, { from: '2025-09-01' }] }, "phases.1.from: a date after the previous phase's (2025-11-03): phases in order"],
    ['two phases on one date', { phases: [{ from: '2025-11-03' }, { from: '2025-11-03' }] }, "phases.1.from: a date after the previous phase's (2025-11-03): phases in order"],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.measures, { ...measure, ...change })).toContain(expected);
  });
});
