/**
 * The facts of a study, as authors write them in an `evidence` block (content/README.md,
 * section 3).
 * Plain data with no zod, so pure functions and the schema can both use it.
 */

export const DESIGNS = [
  'rct',
  'quasi-experimental',
  'regression-discontinuity',
  'correlational',
  'descriptive',
  'qualitative',
  'mixed-methods',
] as const;
export type Design = (typeof DESIGNS)[number];

export const OUTCOMES = [
  'student-achievement',
  'student-attainment',
  'student-behavior',
  'student-wellbeing',
  'teacher-practice',
  'educator-perception',
  'system',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const DIRECTIONS = ['positive', 'negative', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Sample {
  students?: number | undefined;
  schools?: number | undefined;
  districts?: number | undefined;
  sites?: number | undefined;
}

export interface Effect {
  /** Standardized effect size (Hedges' g or similar). */
  size?: number | undefined;
  ciLow?: number | undefined;
  ciHigh?: number | undefined;
  significant?: boolean | undefined;
  direction?: Direction | undefined;
}

export interface Evidence {
  design: Design;
  outcome: Outcome;
  sample?: Sample | undefined;
  effect?: Effect | undefined;
  statisticalControls?: boolean | undefined;
  overridingNegative?: boolean | undefined;
  logicModel?: boolean | undefined;
  claimedTier?: Tier | undefined;
}

export type Tier = 1 | 2 | 3 | 4;
/** A computed tier; `none` when not even a logic model supports the claim. */
export type TierValue = Tier | 'none';
export const TIER_VALUES: readonly TierValue[] = [1, 2, 3, 4, 'none'];

export interface TierResult {
  tier: TierValue;
  /** Plain sentences, in order, that decided the tier. */
  reasons: string[];
  /** Plain sentences on what the evidence cannot tell a reader. */
  limits: string[];
}
