import { z } from 'astro/zod';
import { ENTRY_COLLECTIONS } from '../lib/collections.ts';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, entryRefSchema, publishingRules } from './entry-base.ts';
import { crossFieldRule, idsOf, isoDateTime, languageTag, requiredText, timeZone, webUrl } from './fields.ts';

export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;

/** A link to a site path (`/pdf/slides.pdf`) or a full web address. */
const href = z
  .string({ error: 'a site path such as /pdf/slides.pdf or a full https:// address' })
  .refine((value) => value.startsWith('/') || /^https?:\/\/\S+$/.test(value), {
    error: 'a site path such as /pdf/slides.pdf or a full https:// address',
  });

/** Slides, recordings, or the brief or finding discussed. */
const material = (context: SchemaContext) =>
  z.union(
    [
      z.strictObject({ label: requiredText(140, 'a label'), href }),
      entryRefSchema(context).and(z.object({ label: requiredText(140, 'a label') })),
    ],
    { error: `{label, href} or {label, collection, id} with collection one of ${ENTRY_COLLECTIONS.join(', ')}` },
  );

/** A knowledge-sharing event. `content/events/<id>.mdx` */
export const eventSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('events', context),
      /** With offset. @example 2027-02-11T18:00:00-06:00 */
      start: isoDateTime(),
      /** After `start`. */
      end: isoDateTime(),
      /** The zone attendees live in; times are shown in it. @example "America/Chicago" */
      timezone: timeZone(),
      format: z.enum(EVENT_FORMATS, { error: `one of ${EVENT_FORMATS.join(', ')}` }),
      /** Required unless online. */
      venue: z
        .strictObject({ name: requiredText(140, 'a venue name'), address: requiredText(300, 'a street address') })
        .optional(),
      /** Required unless in person. */
      onlineUrl: webUrl().optional(),
      /** Interpretation offered, as BCP 47 tags. @example ["es", "ar"] */
      languages: z.array(languageTag()).default([]),
      /** Captions, ASL, step-free access, quiet room... */
      accessibility: requiredText(600, 'accessibility details').optional(),
      registration: webUrl().optional(),
      materials: z.array(material(context)).default([]),
      presenters: idsOf('people', context, 0).default([]),
    })
    .check(
      publishingRules(),
      crossFieldRule<{ start?: Date; end?: Date; format?: string; venue?: unknown; onlineUrl?: unknown }>(
        (event, report) => {
          if (event.start instanceof Date && event.end instanceof Date && event.end <= event.start) {
            report(['end'], `a time after start (${event.start.toISOString()})`, event.end);
          }
          if (event.format && event.format !== 'online' && event.venue === undefined) {
            report(['venue'], `a venue {name, address}, because format is ${event.format}`, undefined);
          }
          if (event.format && event.format !== 'in-person' && event.onlineUrl === undefined) {
            report(['onlineUrl'], `an online link, because format is ${event.format}`, undefined);
          }
        },
      ),
    );
export type Event = z.output<ReturnType<typeof eventSchema>>;
