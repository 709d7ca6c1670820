/**
 * The Anhøj limits of a run chart: how long the longest run and how few the crossings may be
 * before chance stops explaining them, given the number of useful points (those not on the centre
 * line). As in qicharts2's runs.analysis(): round(log2(n)) + 3 (Schilling 2012) and
 * qbinom(0.05, n - 1, 0.5) (Chen 2010).
 */
import binomialQuantile from '@stdlib/stats-base-dists-binomial-quantile';

/** Below this many useful points the rules are not applied (the contract's `too-few`). */
export const MIN_USEFUL_POINTS = 10;

/**
 * The longest run chance allows. JavaScript's Math.round rounds halves up and R's round() rounds
 * them to even, but log2 of a whole number is never k + 0.5 (it is a whole number or irrational,
 * and in doubles it stays far from a half: see the test), so the two agree.
 */
export function longestRunMax(useful: number): number {
  return Math.round(Math.log2(useful)) + 3;
}

/**
 * The fewest crossings chance allows: the smallest k with P(X <= k) >= 0.05 for
 * X ~ Binomial(useful - 1, 0.5), from stdlib's binomial quantile (R's qbinom).
 */
export function crossingsMin(useful: number): number {
  return binomialQuantile(0.05, Math.max(useful - 1, 0), 0.5);
}
