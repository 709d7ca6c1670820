/**
 * The ESSA thresholds and the facts the tier rules ask about, each one named, so the rules in
 * tier.ts read like the definitions and the explanations can quote the same numbers.
 */
import type { Design, Evidence, Outcome } from './types.ts';

/** Tiers 1 and 2 need at least this many students... */
export const MIN_STUDENTS = 350;
/** ...across at least this many sites (schools where `sites` is not given). */
export const MIN_SITES = 2;

export const EXPERIMENTAL_DESIGNS: readonly Design[] = ['rct'];
/** Regression discontinuity counts as quasi-experimental under ESSA. */
export const QUASI_EXPERIMENTAL_DESIGNS: readonly Design[] = ['quasi-experimental', 'regression-discontinuity'];
export const STUDENT_OUTCOMES: readonly Outcome[] = [
  'student-achievement',
  'student-attainment',
  'student-behavior',
  'student-wellbeing',
];
/** Months of progress describe learning; they mean nothing for attendance or a survey of views. */
export const LEARNING_OUTCOMES: readonly Outcome[] = ['student-achievement', 'student-attainment'];

export type DesignGroup = 'experimental' | 'quasi-experimental' | 'correlational' | 'other';

export function designGroup(design: Design): DesignGroup {
  if (EXPERIMENTAL_DESIGNS.includes(design)) return 'experimental';
  if (QUASI_EXPERIMENTAL_DESIGNS.includes(design)) return 'quasi-experimental';
  if (design === 'correlational') return 'correlational';
  return 'other';
}

export function isStudentOutcome(outcome: Outcome): boolean {
  return STUDENT_OUTCOMES.includes(outcome);
}

export function isLearningOutcome(outcome: Outcome): boolean {
  return LEARNING_OUTCOMES.includes(outcome);
}

/** `sample.sites`, or `sample.schools` where sites is absent; undefined when neither is given. */
export function siteCount(evidence: Evidence): number | undefined {
  return evidence.sample?.sites ?? evidence.sample?.schools;
}

/** A missing number counts as not shown: it never meets a requirement. */
export function meetsSampleRequirement(evidence: Evidence): boolean {
  const students = evidence.sample?.students;
  const sites = siteCount(evidence);
  return students !== undefined && sites !== undefined && students >= MIN_STUDENTS && sites >= MIN_SITES;
}

export function hasSignificantPositiveEffect(evidence: Evidence): boolean {
  return evidence.effect?.significant === true && evidence.effect.direction === 'positive';
}
