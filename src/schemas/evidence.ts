import { z } from 'astro/zod';
import { DESIGNS, DIRECTIONS, OUTCOMES, type Evidence } from '../lib/evidence/types.ts';
import { computeTier, claimExceedsComputed } from '../lib/evidence/tier.ts';
import { crossFieldRule } from './fields.ts';

const count = (what: string) =>
  z
    .number({ error: `a whole number of ${what}` })
    .int({ error: `a whole number of ${what}` })
    .min(0, { error: `a whole number of ${what}, 0 or more` })
    .optional();

const boolean = (meaning: string) => z.boolean({ error: `true or false (${meaning})` }).optional();

/**
 * The facts of a study (CONTENT-MODEL.md §3). The portal computes the tier from these; authors
 * never set it directly, and a `claimedTier` stronger than the computed one is an error.
 */
export const evidenceSchema = z
  .strictObject({
    /** @example "rct" */
    design: z.enum(DESIGNS, { error: `one of ${DESIGNS.join(', ')}` }),
    /** What was measured: a student outcome, or educators' views. @example "student-achievement" */
    outcome: z.enum(OUTCOMES, { error: `one of ${OUTCOMES.join(', ')}` }),
    /** The study's size; a missing number counts as not shown. @example { students: 2633, schools: 12 } */
    sample: z
      .strictObject({
        students: count('students'),
        schools: count('schools'),
        districts: count('districts'),
        sites: count('sites'),
      })
      .optional(),
    /** Standardized effect size with its 95% interval. @example { size: 0.19, ciLow: 0.08, ciHigh: 0.3, significant: true, direction: positive } */
    effect: z
      .strictObject({
        size: z.number({ error: 'a number such as 0.19 (standardized effect size)' }).optional(),
        ciLow: z.number({ error: 'a number (lower end of the 95% interval)' }).optional(),
        ciHigh: z.number({ error: 'a number (upper end of the 95% interval)' }).optional(),
        significant: boolean('statistically significant'),
        direction: z.enum(DIRECTIONS, { error: `one of ${DIRECTIONS.join(', ')}` }).optional(),
      })
      .optional(),
    /** Correlational designs: did the analysis control for selection bias? */
    statisticalControls: boolean('controlled for selection bias'),
    /** Did other rigorous studies find significant negative effects? */
    overridingNegative: boolean('other rigorous studies found harm'),
    /** Is there a well-specified logic model informed by research? */
    logicModel: boolean('a logic model exists'),
    /** The tier the author believes it reaches; the build fails if stronger than computed. */
    claimedTier: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'a tier from 1 to 4' })
      .optional(),
  })
  .check(
    crossFieldRule<Evidence & Record<string, unknown>>((evidence, report) => {
      const { ciLow, ciHigh, size } = evidence.effect ?? {};
      if (ciLow !== undefined && ciHigh !== undefined && ciLow > ciHigh) {
        report(['effect', 'ciHigh'], `an upper bound at or above ciLow (${ciLow})`, ciHigh);
      }
      if (size !== undefined && ciLow !== undefined && ciHigh !== undefined && (size < ciLow || size > ciHigh)) {
        report(['effect', 'size'], `an effect size inside its interval ${ciLow} to ${ciHigh}`, size);
      }
    }),
    crossFieldRule<Evidence & Record<string, unknown>>((evidence, report) => {
      if (evidence.claimedTier === undefined || !evidence.design || !evidence.outcome) return;
      const computed = computeTier(evidence as Evidence);
      if (claimExceedsComputed(evidence.claimedTier, computed.tier)) {
        const tierText = computed.tier === 'none' ? 'no tier' : `tier ${computed.tier}`;
        report(
          ['claimedTier'],
          `no stronger than the computed ${tierText}, because: ${computed.reasons.join(' ')}`,
          evidence.claimedTier,
        );
      }
    }),
  );
