import { z } from 'astro/zod';
import { DESIGNS, DIRECTIONS, OUTCOMES, type Evidence } from '../lib/evidence/types.ts';
import { STUDENT_OUTCOMES } from '../lib/evidence/rules.ts';
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
 * The facts of a study (content/README.md, section 3). The portal computes the tier from these;
 * authors never set it directly, and a `claimedTier` stronger than the computed one is an error.
 * Its `title` makes the reference document it once, as a block of its own.
 */
export const evidenceSchema = z
  .strictObject({
    design: z
      .enum(DESIGNS, { error: `one of ${DESIGNS.join(', ')}` })
      .meta({ description: 'The study design.', example: 'rct' }),
    outcome: z.enum(OUTCOMES, { error: `one of ${OUTCOMES.join(', ')}` }).meta({
      description: `What was measured: a student outcome (${STUDENT_OUTCOMES.join(', ')}), or adults and the system.`,
      example: 'student-achievement',
    }),
    sample: z
      .strictObject({
        students: count('students'),
        schools: count('schools'),
        districts: count('districts'),
        sites: count('sites'),
      })
      .optional()
      .meta({
        description: 'The study size. A missing number counts as not shown; `schools` stands in for `sites` where `sites` is absent.',
        example: { students: 2633, schools: 12 },
      }),
    effect: z
      .strictObject({
        size: z
          .number({ error: 'a number such as 0.19 (standardized effect size)' })
          .optional()
          .meta({ description: "Standardized effect size (Hedges' g or similar)." }),
        ciLow: z
          .number({ error: 'a number (lower end of the 95% interval)' })
          .optional()
          .meta({ description: 'Lower end of its 95% interval; not above `ciHigh`.' }),
        ciHigh: z
          .number({ error: 'a number (upper end of the 95% interval)' })
          .optional()
          .meta({ description: 'Upper end of its 95% interval; `size` must lie between the two.' }),
        significant: boolean('statistically significant').meta({ description: 'Whether the effect is statistically significant.' }),
        direction: z
          .enum(DIRECTIONS, { error: `one of ${DIRECTIONS.join(', ')}` })
          .optional()
          .meta({ description: 'Which way the effect goes.' }),
      })
      .optional()
      .meta({
        description: 'The effect on the outcome.',
        example: { size: 0.19, ciLow: 0.08, ciHigh: 0.3, significant: true, direction: 'positive' },
      }),
    statisticalControls: boolean('controlled for selection bias').meta({
      description: 'For correlational designs: whether the analysis controlled for selection bias.',
      example: true,
    }),
    overridingNegative: boolean('other rigorous studies found harm').meta({
      description: 'Whether other rigorous studies found significant negative effects.',
      example: false,
    }),
    logicModel: boolean('a logic model exists').meta({
      description: 'Whether a well-specified logic model informed by research exists.',
      example: true,
    }),
    claimedTier: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'a tier from 1 to 4' })
      .optional()
      .meta({
        description: 'The tier the author believes it reaches; the check and the build fail where it is stronger than the computed tier.',
        example: 2,
      }),
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
  )
  .meta({
    title: 'The evidence block',
    description: 'The facts of a study, from which the portal computes its evidence tier.',
  });
