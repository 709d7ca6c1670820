import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { crossFieldRule, idOf, idsOf, isoDate, localId, requiredText } from './fields.ts';

const driverText = () => requiredText(300, 'the driver in a few plain words');

/** A secondary driver: a place in the system where change can act on a primary driver. */
const secondaryDriver = (context: SchemaContext) =>
  z.strictObject({
    /** Unique within the aim. @example "early-warning-list" */
    id: localId('a driver id'),
    /** @example "Teachers see which students are slipping within two weeks" */
    text: driverText(),
    /** The change ideas tested on it. @example ["weekly-grade-check"] */
    changeIdeas: idsOf('change-ideas', context, 0).default([]),
  });

/** A primary driver: one of the few things that must change for the aim to be met. */
const primaryDriver = (context: SchemaContext) =>
  z.strictObject({
    /** Unique within the aim; clusters name it. @example "early-response" */
    id: localId('a driver id'),
    /** @example "Adults notice and respond early when a ninth grader slips" */
    text: driverText(),
    secondary: z.array(secondaryDriver(context), { error: 'a list of {id, text, changeIdeas}' }).default([]),
  });

interface DriverShape {
  id?: unknown;
  secondary?: { id?: unknown }[];
}

/**
 * Every driver id in the aim with its field path, primary and secondary alike: ids are unique
 * within their aim (CONTENT-MODEL.md §7).
 */
export function driverIdPaths(drivers: readonly DriverShape[] | undefined): { id: string; path: (string | number)[] }[] {
  const found: { id: string; path: (string | number)[] }[] = [];
  (Array.isArray(drivers) ? drivers : []).forEach((primary, index) => {
    if (typeof primary?.id === 'string') found.push({ id: primary.id, path: ['drivers', index, 'id'] });
    const secondaries: { id?: unknown }[] = Array.isArray(primary?.secondary) ? primary.secondary : [];
    secondaries.forEach((secondary, inner) => {
      if (typeof secondary?.id === 'string') found.push({ id: secondary.id, path: ['drivers', index, 'secondary', inner, 'id'] });
    });
  });
  return found;
}

/** `drivers[0].secondary[1].id`, as the check prints field paths. */
function dotted(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`)).join('');
}

/**
 * A network's aim, with its theory of improvement as a driver diagram: aim → primary drivers →
 * secondary drivers → change ideas. `content/aims/<id>.yaml`
 */
export const aimSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('aims', context),
      /** The day it was first published on the portal. @example 2026-09-01 */
      published: isoDate(),
      /** One sentence: how much, by when, for whom. @example "By June 2028, 85% of ninth graders in our six high schools will be on track to graduate." */
      statement: requiredText(300, 'the aim in one sentence: how much, by when, for whom'),
      /** The number the aim commits to, on one of its measures. */
      target: z.strictObject(
        {
          /** One of the aim's `measures`. @example "ninth-grade-on-track" */
          measure: idOf('measures', context),
          /** @example 85 */
          value: z.number({ error: 'a number' }),
          /** @example 2028-06-15 */
          by: isoDate(),
        },
        { error: 'a target {measure, value, by}' },
      ),
      /** Its outcome, process and balancing measures. @example ["ninth-grade-on-track", "weekly-review-rate"] */
      measures: idsOf('measures', context),
      /** Primary drivers, each with its secondary drivers and their change ideas. */
      drivers: z
        .array(primaryDriver(context), { error: 'a list of primary drivers {id, text, secondary}' })
        .min(1, { error: 'at least 1 primary driver' }),
    })
    .check(
      publishingRules(),
      crossFieldRule<{ drivers: DriverShape[]; target: { measure?: unknown }; measures: unknown[] }>((aim, report) => {
        const firstPath = new Map<string, (string | number)[]>();
        for (const { id, path } of driverIdPaths(aim.drivers)) {
          const first = firstPath.get(id);
          if (first) report(path, `a driver id used once in this aim (${id} is also ${dotted(first)})`, id);
          else firstPath.set(id, path);
        }
        const measure = aim.target?.measure;
        if (typeof measure === 'string' && Array.isArray(aim.measures) && !aim.measures.includes(measure)) {
          report(['target', 'measure'], `one of the aim's measures (${aim.measures.join(', ')}); add ${measure} to measures`, measure);
        }
      }),
    );
export type Aim = z.output<ReturnType<typeof aimSchema>>;
export type PrimaryDriver = Aim['drivers'][number];
export type SecondaryDriver = PrimaryDriver['secondary'][number];
