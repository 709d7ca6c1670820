import { describe, expect, it } from 'vitest';
import { readTarget } from '../../../../src/lib/measures/target.ts';

const limits = { lower: 60, upper: 80 };

describe('readTarget: will the process, as it runs, meet its target?', () => {
  it.each([
    ['higher', 85, 'never', 'above the upper limit, when higher is better'],
    ['higher', 55, 'always', 'below the lower limit, when higher is better'],
    ['higher', 70, 'sometimes', 'between the limits'],
    ['higher', 80, 'sometimes', 'on the upper limit (not beyond it)'],
    ['higher', 60, 'sometimes', 'on the lower limit (not beyond it)'],
    ['lower', 85, 'always', 'above the upper limit, when lower is better'],
    ['lower', 55, 'never', 'below the lower limit, when lower is better'],
    ['lower', 70, 'sometimes', 'between the limits, when lower is better'],
  ] as const)('better %s, target %d: %s (%s)', (better, target, met, _why) => {
    expect(readTarget(target, limits, better)).toBe(met);
  });
});
