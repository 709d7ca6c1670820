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
      changeIdea: idOf('change-ideas', context).meta({ description: 'The change idea it tests (the original, not a translation).', example: 'weekly-grade-huddle' }),
      site: requiredText(120, 'the school or team that ran the cycle').meta({
        description: 'The school or team that ran it, written the same way in each of its cycles.',
        example: 'Millrace High School',
      }),
      started: isoDate().meta({ description: 'The first day of the test; the date it is listed by.', example: '2026-09-08' }),
      ended: isoDate()
        .optional()
        .meta({ description: 'Not before `started`; once set, `result` and `decision` are required.', example: '2026-09-26' }),
      question: requiredText(400, 'the question the cycle asks').meta({
        description: 'What this small test asks.',
        example: 'Can one team review every failing grade in fifteen minutes?',
      }),
      prediction: requiredText(800, 'what the team expected before it began').meta({
        description: 'What the team expected, written before the cycle began.',
        example: 'The team will reach at least 15 of about 20 students.',
      }),
      result: requiredText(1200, 'what happened, against the prediction')
        .optional()
        .meta({ description: 'What happened, against the prediction; required once `ended` is set.', example: 'The team reached 14 of 22 students.' }),
      decision: z
        .enum(DECISIONS, { error: `one of ${DECISIONS.join(', ')}` })
        .optional()
        .meta({ description: 'What the team decided when the cycle ended; required once `ended` is set, and only then.', example: 'adapt' }),
      follows: idOf('cycles', context)
        .optional()
        .meta({ description: 'The cycle this one builds on: a cycle of the same change idea, at any site, never making a loop.', example: 'huddle-millrace-1' }),
      measures: idsOf('measures', context, 0).default([]).meta({ description: 'The measures the cycle watched.', example: ['failing-grades-reviewed'] }),
      people: idsOf('people', context, 0).default([]).meta({ description: 'Who ran it.', example: ['lena-fischer'] }),
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
    )
    .meta({ description: 'PDSA cycles: one small test of a change idea at one site; the body is the plan and what the team did.' });
export type Cycle = z.output<ReturnType<typeof cycleSchema>>;
