import { describe, expect, it } from 'vitest';
import { flagPoints, outsideFlags, readSide, shiftFlags, trendFlags, twoOfThreeFlags } from '../../../../src/lib/measures/xmr-rules.ts';
import type { XmrLimits } from '../../../../src/lib/measures/types.ts';

/** Centre 50, limits 44 to 56, two-sigma lines 46 to 54 (MR̄ chosen to make round numbers). */
const limits: XmrLimits = { meanMovingRange: 6 / 2.66, lower: 44, upper: 56, nearLower: 46, nearUpper: 54, trial: false };
const CENTRE = 50;

/** `u`/`d` for a flag on that side, `.` for none: compact to read in a table. */
function marks(flags: readonly ('up' | 'down' | null)[]): string {
  return flags.map((flag) => (flag === 'up' ? 'u' : flag === 'down' ? 'd' : '.')).join('');
}

describe('outside: beyond a process limit', () => {
  it.each([
    [[57, 56, 50, 44, 43], 'u...d'],
    [[56.0001, 43.9999], 'ud'],
  ])('%j -> %s (a point on a limit is not beyond it)', (values, expected) => {
    expect(marks(outsideFlags(values, limits))).toBe(expected);
  });
});

describe('two-of-three: two of three consecutive points beyond the same two-sigma line', () => {
  it.each([
    ['two in a row above', [50, 55, 55, 50], '.uu.'],
    ['two with one between them', [55, 50, 55, 50], 'u.u.'],
    ['the third point below the mean does not matter (unlike NHSRplotthedots)', [55, 40.5, 55], 'u.u'],
    ['a point beyond the process limit counts, and is flagged too', [57, 55, 50], 'uu.'],
    ['two beyond the lower line', [50, 45, 45.5], '.dd'],
    ['one above and one below do not combine', [55, 45, 50], '...'],
    ['a point on the two-sigma line is not beyond it', [54, 55, 50], '...'],
    ['two points apart by two others are not in one window', [55, 50, 50, 55], '....'],
    ['only the points beyond the line are flagged', [55, 52, 55, 52], 'u.u.'],
    ['fewer than three points make no window', [55, 55], '..'],
  ] as const)('%s: %j -> %s', (_name, values, expected) => {
    expect(marks(twoOfThreeFlags(values, limits))).toBe(expected);
  });
});

describe('shift: 7 or more consecutive points on one side of the mean', () => {
  it.each([
    ['seven above', [51, 52, 51, 53, 51, 52, 51], 'uuuuuuu'],
    ['six above is not enough', [51, 52, 51, 53, 51, 52, 49], '.......'],
    ['a point on the mean breaks the run', [51, 52, 51, 50, 51, 52, 51, 53], '........'],
    ['the run is flagged from its first point', [49, 51, 52, 51, 53, 51, 52, 51, 48], '.uuuuuuu.'],
    ['eight below', [49, 48, 47, 49, 48, 47, 49, 48], 'dddddddd'],
  ] as const)('%s: %j -> %s', (_name, values, expected) => {
    expect(marks(shiftFlags(values, CENTRE))).toBe(expected);
  });
});

describe('trend: 7 or more points rising (or falling) at every step', () => {
  it.each([
    ['seven rising', [1, 2, 3, 4, 5, 6, 7], 'uuuuuuu', '.......'],
    ['six rising is not enough', [1, 2, 3, 4, 5, 6], '......', '......'],
    ['an equal value breaks it', [1, 2, 3, 4, 4, 5, 6, 7], '........', '........'],
    ['seven falling after a flat start', [9, 9, 8, 7, 6, 5, 4, 3], '........', '.ddddddd'],
    ['the turning point belongs to both trends', [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1], 'uuuuuuu......', '......ddddddd'],
  ] as const)('%s: %j', (_name, values, rising, falling) => {
    const flags = trendFlags(values);
    expect(marks(flags.rising)).toBe(rising);
    expect(marks(flags.falling)).toBe(falling);
  });

  it('handles no values', () => {
    expect(trendFlags([])).toEqual({ rising: [], falling: [] });
  });
});

describe('readSide: improvement or concern by the direction of improvement', () => {
  it.each([
    ['up', 'higher', 'improvement'],
    ['down', 'higher', 'concern'],
    ['up', 'lower', 'concern'],
    ['down', 'lower', 'improvement'],
  ] as const)('%s when %s is better: %s', (side, better, reading) => {
    expect(readSide(side, better)).toBe(reading);
  });
});

describe('flagPoints: every rule a point meets', () => {
  it('gives a point each rule it meets, with side and reading', () => {
    // Seven rising points above the mean, the last beyond the upper limit.
    const values = [51, 52, 53, 54.5, 55, 55.5, 57];
    const flags = flagPoints(values, CENTRE, limits, 'lower');
    expect(flags[6]).toEqual([
      { rule: 'outside', side: 'up', reading: 'concern' },
      { rule: 'two-of-three', side: 'up', reading: 'concern' },
      { rule: 'shift', side: 'up', reading: 'concern' },
      { rule: 'trend', side: 'up', reading: 'concern' },
    ]);
    expect(flags[0]).toEqual([
      { rule: 'shift', side: 'up', reading: 'concern' },
      { rule: 'trend', side: 'up', reading: 'concern' },
    ]);
  });

  it('flags nothing in a stable process', () => {
    const values = [49, 51, 50.5, 48, 52, 49.5, 51, 50, 48.5, 51.5];
    expect(flagPoints(values, CENTRE, limits, 'higher').every((point) => point.length === 0)).toBe(true);
  });
});
