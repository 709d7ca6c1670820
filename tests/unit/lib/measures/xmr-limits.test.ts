import { describe, expect, it } from 'vitest';
import { LIMIT_FACTOR, mean, meanMovingRange, NEAR_LIMIT_FACTOR, xmrLimits } from '../../../../src/lib/measures/xmr-limits.ts';

describe('mean and mean moving range', () => {
  it('averages values', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
  });

  it('averages the absolute differences between consecutive values', () => {
    // Differences 2, 4, 1: MR̄ = 7 / 3.
    expect(meanMovingRange([10, 12, 8, 9])).toBeCloseTo(7 / 3, 12);
  });

  it('refuses no values', () => {
    expect(() => mean([])).toThrow(RangeError);
  });
});

describe('xmrLimits', () => {
  it('puts the limits 2.66 MR̄ and the two-sigma lines (2/3 × 2.66) MR̄ from the centre', () => {
    const limits = xmrLimits([10, 12, 8, 9], 9.75)!;
    const movingRange = 7 / 3;
    expect(limits.meanMovingRange).toBeCloseTo(movingRange, 12);
    expect(limits.upper).toBeCloseTo(9.75 + 2.66 * movingRange, 12);
    expect(limits.lower).toBeCloseTo(9.75 - 2.66 * movingRange, 12);
    expect(limits.nearUpper).toBeCloseTo(9.75 + (2 / 3) * 2.66 * movingRange, 12);
    expect(limits.nearLower).toBeCloseTo(9.75 - (2 / 3) * 2.66 * movingRange, 12);
  });

  it('uses the constants of Making Data Count', () => {
    expect(LIMIT_FACTOR).toBe(2.66);
    expect(NEAR_LIMIT_FACTOR).toBeCloseTo(1.7733333, 6);
  });

  it.each([
    [11, true],
    [12, false],
    [20, false],
  ])('a baseline of %i points gives trial limits: %s', (count, trial) => {
    const baseline = Array.from({ length: count }, (_, index) => (index % 2 ? 11 : 9));
    expect(xmrLimits(baseline, 10)!.trial).toBe(trial);
  });

  it('has no limits with fewer than two baseline points (no moving range)', () => {
    expect(xmrLimits([5], 5)).toBeNull();
    expect(xmrLimits([], 0)).toBeNull();
  });
});
