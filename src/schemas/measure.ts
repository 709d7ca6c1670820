import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { crossFieldRule, isoDate, publishedDate, requiredText } from './fields.ts';
import { toIsoDay } from '../lib/dates.ts';

/** What a measure tells: the aim itself, a step in the work, or a cost elsewhere. */
export const MEASURE_KINDS = ['outcome', 'process', 'balancing'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const BETTER_DIRECTIONS = ['higher', 'lower'] as const;
export const CHART_KINDS = ['run', 'xmr'] as const;
/** The fewest points a baseline may hold (content/README.md, section 8). */
export const MIN_BASELINE_POINTS = 6;

const phase = z.strictObject({
  from: isoDate().meta({ description: 'The first date of the phase; each phase is analysed on its own.', example: '2026-01-05' }),
  label: requiredText(120, 'a short label for the phase')
    .optional()
    .meta({ description: 'What changed when the phase began.', example: 'Weekly huddle in every team' }),
});

/**
 * A measure an aim or a cycle watches; its data, `<id>.csv` beside this file, is read by the
 * measures code (src/lib/measures/) and checked against these settings (src/check/measure-data.ts).
 */
export const measureSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('measures', context),
      published: publishedDate('2026-09-14'),
      kind: z.enum(MEASURE_KINDS, { error: `one of ${MEASURE_KINDS.join(', ')}` }).meta({
        description: 'Outcome (is the aim being met?), process (are the changes happening?) or balancing (is anything getting worse?).',
        example: 'process',
      }),
      definition: requiredText(1000, 'an operational definition: what is counted, numerator and denominator').meta({
        description: 'The operational definition: what is counted, the numerator and the denominator.',
        example: 'Ninth graders with a new D or F named at a team meeting within seven days, out of all with a new D or F.',
      }),
      unit: requiredText(40, 'a unit shown after values, such as %, days or students').meta({
        description: 'Shown after values.',
        example: '%',
      }),
      better: z
        .enum(BETTER_DIRECTIONS, { error: `one of ${BETTER_DIRECTIONS.join(', ')}: the direction of improvement` })
        .meta({ description: 'The direction of improvement.', example: 'higher' }),
      chart: z
        .enum(CHART_KINDS, { error: `one of ${CHART_KINDS.join(', ')}` })
        .default('run')
        .meta({ description: 'A run chart or an XmR chart (section 8).', example: 'xmr' }),
      baselinePoints: z
        .number({ error: `a whole number of points, ${MIN_BASELINE_POINTS} or more` })
        .int({ error: `a whole number of points, ${MIN_BASELINE_POINTS} or more` })
        .min(MIN_BASELINE_POINTS, { error: `a whole number of points, ${MIN_BASELINE_POINTS} or more` })
        .optional()
        .meta({ description: 'The centre line and limits come from the first this many present points of each phase.', example: 12 }),
      phases: z
        .array(phase, { error: 'a list of {from, label}' })
        .default([])
        .meta({ description: 'Where the chart is rebased, in date order.', example: [{ from: '2025-11-03', label: 'Weekly huddle in every team' }] }),
      target: z.number({ error: 'a number' }).optional().meta({ description: 'The value the work aims for, drawn on the chart.', example: 85 }),
    })
    .check(
      publishingRules(),
      crossFieldRule<{ phases?: { from?: unknown }[] }>((measure, report) => {
        const phases = Array.isArray(measure.phases) ? measure.phases : [];
        phases.forEach((current, index) => {
          const previous = phases[index - 1]?.from;
          if (index > 0 && previous instanceof Date && current?.from instanceof Date && current.from <= previous) {
            report(['phases', index, 'from'], `a date after the previous phase's (${toIsoDay(previous)}): phases in order`, current.from);
          }
        });
      }),
    )
    .meta({ description: 'The measures aims and cycles name, each with its data in a CSV file of the same name beside it.' });
export type Measure = z.output<ReturnType<typeof measureSchema>>;
