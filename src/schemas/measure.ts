import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { crossFieldRule, isoDate, requiredText } from './fields.ts';
import { toIsoDay } from '../lib/dates.ts';

/** What a measure tells: the aim itself, a step in the work, or a cost elsewhere. */
export const MEASURE_KINDS = ['outcome', 'process', 'balancing'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const BETTER_DIRECTIONS = ['higher', 'lower'] as const;
export const CHART_KINDS = ['run', 'xmr'] as const;
/** The fewest points a baseline may hold (CONTENT-MODEL.md §8). */
export const MIN_BASELINE_POINTS = 6;

const phase = z.strictObject({
  /** The first date of the phase; each phase is analysed on its own. @example 2026-01-05 */
  from: isoDate(),
  /** Optional. @example "After the weekly huddle began" */
  label: requiredText(120, 'a short label for the phase').optional(),
});

/**
 * A measure an aim or a cycle watches (its data, `<id>.csv` beside this file, is read by the
 * measures code). `content/measures/<id>.yaml`
 */
export const measureSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('measures', context),
      /** The day it was first published on the portal. @example 2026-09-01 */
      published: isoDate(),
      /** @example "outcome" */
      kind: z.enum(MEASURE_KINDS, { error: `one of ${MEASURE_KINDS.join(', ')}` }),
      /** What is counted: numerator and denominator. @example "Ninth graders with no failing course grade, out of all ninth graders enrolled" */
      definition: requiredText(1000, 'an operational definition: what is counted, numerator and denominator'),
      /** Shown after values. @example "%" */
      unit: requiredText(40, 'a unit shown after values, such as %, days or students'),
      /** The direction of improvement. @example "higher" */
      better: z.enum(BETTER_DIRECTIONS, { error: `one of ${BETTER_DIRECTIONS.join(', ')}: the direction of improvement` }),
      /** @example "xmr" */
      chart: z.enum(CHART_KINDS, { error: `one of ${CHART_KINDS.join(', ')}` }).default('run'),
      /** Centre line and limits come from the first N present points of each phase. @example 12 */
      baselinePoints: z
        .number({ error: `a whole number of points, ${MIN_BASELINE_POINTS} or more` })
        .int({ error: `a whole number of points, ${MIN_BASELINE_POINTS} or more` })
        .min(MIN_BASELINE_POINTS, { error: `a whole number of points, ${MIN_BASELINE_POINTS} or more` })
        .optional(),
      /** A new phase starts at `from`: the chart is rebased there. */
      phases: z.array(phase, { error: 'a list of {from, label}' }).default([]),
      /** @example 85 */
      target: z.number({ error: 'a number' }).optional(),
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
    );
export type Measure = z.output<ReturnType<typeof measureSchema>>;
