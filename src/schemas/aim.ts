import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { crossFieldRule, idOf, idsOf, isoDate, localId, publishedDate, requiredText } from './fields.ts';

const driverText = () => requiredText(300, 'the driver in a few plain words');

/** A secondary driver: a place in the system where change can act on a primary driver. */
const secondaryDriver = (context: SchemaContext) =>
  z.strictObject({
    id: localId('a driver id').meta({ description: 'Unique within the aim; the id rule of section 1.', example: 'weekly-review' }),
    text: driverText().meta({ description: 'The driver in a few plain words.', example: 'Teacher teams look at every ninth grader\'s grades each week' }),
    changeIdeas: idsOf('change-ideas', context, 0)
      .default([])
      .meta({ description: 'The change ideas tested on it.', example: ['weekly-grade-huddle'] }),
  });

/** A primary driver: one of the few things that must change for the aim to be met. */
const primaryDriver = (context: SchemaContext) =>
  z.strictObject({
    id: localId('a driver id').meta({ description: 'Unique within the aim; clusters name it.', example: 'early-response' }),
    text: driverText().meta({ description: 'The driver in a few plain words.', example: 'Adults notice within days when a ninth grader starts to slip' }),
    secondary: z
      .array(secondaryDriver(context), { error: 'a list of {id, text, changeIdeas}' })
      .default([])
      .meta({ description: 'Its secondary drivers: where in daily work it can change.' }),
  });

interface DriverShape {
  id?: unknown;
  secondary?: { id?: unknown }[];
}

/**
 * Every driver id in the aim with its field path, primary and secondary alike: ids are unique
 * within their aim (content/README.md, section 7).
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
      published: publishedDate('2026-09-14'),
      statement: requiredText(300, 'the aim in one sentence: how much, by when, for whom').meta({
        description: 'The aim in one sentence: how much, by when, for whom.',
        example: 'By June 2028, 85 of every 100 ninth graders will end the year on track to graduate.',
      }),
      target: z
        .strictObject(
          {
            measure: idOf('measures', context).meta({ description: "One of the aim's `measures`.", example: 'ninth-grade-on-track-rate' }),
            value: z.number({ error: 'a number' }).meta({ description: 'The value to reach, in the measure\'s unit.', example: 85 }),
            by: isoDate().meta({ description: 'When.', example: '2028-06-15' }),
          },
          { error: 'a target {measure, value, by}' },
        )
        .meta({ description: 'The number the aim commits to, on one of its measures.' }),
      measures: idsOf('measures', context).meta({
        description: 'Its outcome, process and balancing measures.',
        example: ['ninth-grade-on-track-rate', 'failing-grades-reviewed'],
      }),
      drivers: z
        .array(primaryDriver(context), { error: 'a list of primary drivers {id, text, secondary}' })
        .min(1, { error: 'at least 1 primary driver' })
        .meta({ description: 'The driver diagram: primary drivers, each with its secondary drivers and the change ideas tested on them. Driver ids are unique within the aim, primary and secondary together.' }),
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
    )
    .meta({ description: "Networks' aims, each with its target, measures and driver diagram." });
export type Aim = z.output<ReturnType<typeof aimSchema>>;
export type PrimaryDriver = Aim['drivers'][number];
export type SecondaryDriver = PrimaryDriver['secondary'][number];
