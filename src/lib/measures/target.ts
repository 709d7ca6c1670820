/**
 * Whether a process, as it runs, will meet its target (the "assurance" of Making Data Count, as
 * NHSRplotthedots' ptd_calculate_assurance_type()): a target beyond a process limit is met by
 * every point or by none; a target between the limits (or on one) is met only some of the time.
 */
import type { Better, XmrLimits } from './types.ts';

export type TargetMet = 'always' | 'never' | 'sometimes';

/** Read against the limits of the phase the process is in now (the last one). */
export function readTarget(target: number, limits: Pick<XmrLimits, 'lower' | 'upper'>, better: Better): TargetMet {
  const higherIsBetter = better === 'higher';
  if (target > limits.upper) return higherIsBetter ? 'never' : 'always';
  if (target < limits.lower) return higherIsBetter ? 'always' : 'never';
  return 'sometimes';
}
