import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { crossFieldRule, idOf, idsOf, isoDate, requiredText } from './fields.ts';
import { toIsoDay } from '../lib/dates.ts';

/** What a team decided when a cycle ended (the "act" of plan, do, study, act). */
export const DECISIONS = ['adopt', 'adapt', 'abandon'] as const;
export type Decision = (typeof DECISIONS)[number];

interface CycleDates {
  started?: unknown;
  ended?: unknown;
  result?: unknown;
  decision?: unknown;
}

/**
 * One PDSA cycle: a small test of a change idea at one site. Its body is the plan and what the team
 * did. `content/cycles/<id>.mdx`
 */
export const cycleSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('cycles', context),
      /** The change idea it tests. @example "weekly-grade-check" */
      changeIdea: idOf('change-ideas', context),
      /** The school or team that ran it, written the same way in each of its cycles. @example "Millrace High School" */
      site: requiredText(120, 'the school or team that ran the cycle'),
      /** @example 2026-09-08 */
      started: isoDate(),
      /** Not before `started`; once set, `result` and `decision` are required. */
      ended: isoDate().optional(),
      /** @example "Will a ten-minute weekly grade check reach every ninth grader with a failing grade?" */
      question: requiredText(400, 'the question the cycle asks'),
      /** Written before the cycle began. @example "Four in five students with a failing grade will be named at the huddle." */
      prediction: requiredText(800, 'what the team expected before it began'),
      /** What happened, set against the prediction. */
      result: requiredText(1200, 'what happened, against the prediction').optional(),
      /** @example "adapt" */
      decision: z.enum(DECISIONS, { error: `one of ${DECISIONS.join(', ')}` }).optional(),
      /** The cycle this one builds on: a cycle of the same change idea. @example "grade-check-millrace-1" */
      follows: idOf('cycles', context).optional(),
      /** Measures the cycle watched. @example ["weekly-review-rate"] */
      measures: idsOf('measures', context, 0).default([]),
      /** Who ran it. @example ["lena-fischer"] */
      people: idsOf('people', context, 0).default([]),
    })
    .check(
      publishingRules(),
      crossFieldRule<CycleDates & Record<string, unknown>>((cycle, report) => {
        const { started, ended } = cycle;
        if (started instanceof Date && ended instanceof Date && ended < started) {
          report(['ended'], `a date not before started (${toIsoDay(started)})`, ended);
        }
        if (ended !== undefined) {
          if (cycle.result === undefined) report(['result'], 'what happened, against the prediction, because the cycle has ended', undefined);
          if (cycle.decision === undefined) report(['decision'], `a decision (${DECISIONS.join(', ')}), because the cycle has ended`, undefined);
        } else if (cycle.decision !== undefined) {
          report(['ended'], 'the date the cycle ended, because it has a decision (a cycle decides when it ends)', undefined);
        }
      }),
    );
export type Cycle = z.output<ReturnType<typeof cycleSchema>>;
