/**
 * The limits of an XmR chart ("Making Data Count", as NHSRplotthedots' ptd_spc_standard()): the
 * mean of the baseline, MR̄ the mean moving range between consecutive baseline points, process
 * limits 2.66 MR̄ from the mean and two-sigma lines two thirds of the way there.
 */
import type { XmrLimits } from './types.ts';

/** 3 / d2, with d2 = 1.128 for moving ranges of two points. */
export const LIMIT_FACTOR = 2.66;
/** The two-sigma lines: two thirds of the distance to the process limits. */
export const NEAR_LIMIT_FACTOR = (2 / 3) * LIMIT_FACTOR;
/**
 * Limits from fewer baseline points are `trial`. NHSRplotthedots warns below 13 rows of the whole
 * group (its message says 12); the contract counts the baseline's present points, and says 12.
 */
export const TRIAL_BELOW_POINTS = 12;

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of no values');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The mean absolute difference between consecutive values. The values are the present points:
 * NHSRplotthedots drops a moving range that spans a missing value, while the contract analyses
 * present points in order, so the points either side of a gap are consecutive here.
 * NHSRplotthedots also screens out moving ranges of 3.267 MR̄ or more by default; the contract
 * takes the mean of them all, so none is screened.
 */
export function meanMovingRange(values: readonly number[]): number {
  const ranges = values.slice(1).map((value, index) => Math.abs(value - values[index]!));
  return mean(ranges);
}

/** Limits around `centre` from the baseline's values; null with fewer than two (no moving range). */
export function xmrLimits(baseline: readonly number[], centre: number): XmrLimits | null {
  if (baseline.length < 2) return null;
  const movingRange = meanMovingRange(baseline);
  return {
    meanMovingRange: movingRange,
    lower: centre - LIMIT_FACTOR * movingRange,
    upper: centre + LIMIT_FACTOR * movingRange,
    nearLower: centre - NEAR_LIMIT_FACTOR * movingRange,
    nearUpper: centre + NEAR_LIMIT_FACTOR * movingRange,
    trial: baseline.length < TRIAL_BELOW_POINTS,
  };
}
