import { describe, expect, it } from 'vitest';
import { crossingsMin, longestRunMax, MIN_USEFUL_POINTS } from '../../../../src/lib/measures/anhoej.ts';

/**
 * The published table of Anhøj critical values for 10 to 100 useful points: "Appendix 2: Critical
 * values for longest run and number of crossings" of the qicharts2 vignette, as R rendered it in
 * the package's docs/articles/qicharts2.html (github.com/anhoej/qicharts2, commit 1b9487e, 2025-09-05):
 * [useful points, upper limit for longest run, lower limit for number of crossings].
 * Typed in from that page, not computed here.
 */
const ANHOEJ_TABLE: readonly (readonly [number, number, number])[] = [
  [10, 6, 2], [11, 6, 2], [12, 7, 3], [13, 7, 3], [14, 7, 4], [15, 7, 4], [16, 7, 4], [17, 7, 5], [18, 7, 5],
  [19, 7, 6], [20, 7, 6], [21, 7, 6], [22, 7, 7], [23, 8, 7], [24, 8, 8], [25, 8, 8], [26, 8, 8], [27, 8, 9],
  [28, 8, 9], [29, 8, 10], [30, 8, 10], [31, 8, 11], [32, 8, 11], [33, 8, 11], [34, 8, 12], [35, 8, 12],
  [36, 8, 13], [37, 8, 13], [38, 8, 14], [39, 8, 14], [40, 8, 14], [41, 8, 15], [42, 8, 15], [43, 8, 16],
  [44, 8, 16], [45, 8, 17], [46, 9, 17], [47, 9, 17], [48, 9, 18], [49, 9, 18], [50, 9, 19], [51, 9, 19],
  [52, 9, 20], [53, 9, 20], [54, 9, 21], [55, 9, 21], [56, 9, 21], [57, 9, 22], [58, 9, 22], [59, 9, 23],
  [60, 9, 23], [61, 9, 24], [62, 9, 24], [63, 9, 25], [64, 9, 25], [65, 9, 25], [66, 9, 26], [67, 9, 26],
  [68, 9, 27], [69, 9, 27], [70, 9, 28], [71, 9, 28], [72, 9, 29], [73, 9, 29], [74, 9, 29], [75, 9, 30],
  [76, 9, 30], [77, 9, 31], [78, 9, 31], [79, 9, 32], [80, 9, 32], [81, 9, 33], [82, 9, 33], [83, 9, 34],
  [84, 9, 34], [85, 9, 34], [86, 9, 35], [87, 9, 35], [88, 9, 36], [89, 9, 36], [90, 9, 37], [91, 10, 37],
  [92, 10, 38], [93, 10, 38], [94, 10, 39], [95, 10, 39], [96, 10, 39], [97, 10, 40], [98, 10, 40],
  [99, 10, 41], [100, 10, 41],
];

/**
 * The 5th percentile of Binomial(m, 0.5) in exact integer arithmetic: the smallest k with
 * sum_{j<=k} C(m, j) / 2^m >= 1/20, i.e. 20 * sum >= 2^m. An independent way to the same number.
 */
function exactFifthPercentile(m: number): number {
  const total = 2n ** BigInt(m);
  let coefficient = 1n;
  let sum = 0n;
  for (let k = 0; k <= m; k += 1) {
    sum += coefficient;
    if (20n * sum >= total) return k;
    coefficient = (coefficient * BigInt(m - k)) / BigInt(k + 1);
  }
  return m;
}

describe('Anhøj limits against the published table (10 to 100 useful points)', () => {
  it('covers every n from 10 to 100', () => {
    expect(ANHOEJ_TABLE.map(([n]) => n)).toEqual(Array.from({ length: 91 }, (_, index) => index + 10));
  });

  it.each(ANHOEJ_TABLE)('%i useful points: longest run at most %i, at least %i crossings', (useful, runMax, crossMin) => {
    expect(longestRunMax(useful)).toBe(runMax);
    expect(crossingsMin(useful)).toBe(crossMin);
  });

  it('agrees with the vignette\'s worked example: 24 points allow runs of 8 and need 8 crossings', () => {
    expect([longestRunMax(24), crossingsMin(24)]).toEqual([8, 8]);
  });

  it('the rules start at 10 useful points', () => {
    expect(MIN_USEFUL_POINTS).toBe(10);
  });
});

describe('crossingsMin: the binomial quantile', () => {
  it('matches the exact 5th percentile of Binomial(n - 1, 0.5) from 1 to 600 useful points', () => {
    const mismatches = [];
    for (let useful = 1; useful <= 600; useful += 1) {
      const exact = exactFifthPercentile(useful - 1);
      if (crossingsMin(useful) !== exact) mismatches.push([useful, crossingsMin(useful), exact]);
    }
    expect(mismatches).toEqual([]);
  });

  it('is 0 for one useful point (Binomial(0, 0.5) is always 0)', () => {
    expect(crossingsMin(1)).toBe(0);
  });
});

describe('longestRunMax: rounding as R does', () => {
  it('log2 of a whole number never lands on a half, so half-up (JS) and half-to-even (R) agree', () => {
    // R's round() sends 0.5 to 0 and 2.5 to 2; Math.round sends them to 1 and 3. They can only
    // differ at an exact half: check that none occurs, with room to spare for a last-digit difference.
    let closest = 1;
    for (let n = 1; n <= 1_000_000; n += 1) {
      const fraction = Math.log2(n) % 1;
      closest = Math.min(closest, Math.abs(fraction - 0.5));
    }
    expect(closest).toBeGreaterThan(1e-9);
  });

  it.each([
    [1, 3],
    [2, 4],
    [8, 6],
    [11, 6],
    [12, 7],
    [22, 7],
    [23, 8],
    [45, 8],
    [46, 9],
    [90, 9],
    [91, 10],
    [1024, 13],
  ])('%i useful points: %i', (useful, expected) => {
    expect(longestRunMax(useful)).toBe(expected);
  });
});
