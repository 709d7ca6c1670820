import { z } from 'astro/zod';
import { PAGE_COLLECTIONS } from '../lib/collections.ts';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, entryRefSchema, publishingRules } from './entry-base.ts';
import { crossFieldRule, idsOf, isoDateTime, languageTag, requiredText, timeZone, webUrl } from './fields.ts';

export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;

/** A site path (`/pdf/slides.pdf`) or a full web address. */
const href = z
  .string({ error: 'a site path such as /pdf/slides.pdf or a full https:// address' })
  .refine((value) => value.startsWith('/') || /^https?:\/\/\S+$/.test(value), {
    error: 'a site path such as /pdf/slides.pdf or a full https:// address',
  });

const materialLabel = () => requiredText(140, 'a label').meta({ description: 'What the link says.', example: 'Slides' });

const material = (context: SchemaContext) =>
  z.union(
    [
      z.strictObject({
        label: materialLabel(),
        href: href.meta({ description: 'A site path or a full web address; for an entry of the portal, give `collection` and `id` instead.', example: '/pdf/slides.pdf' }),
      }),
      entryRefSchema(context).and(z.object({ label: materialLabel() })),
    ],
    { error: `{label, href} or {label, collection, id} with collection one of ${PAGE_COLLECTIONS.join(', ')}` },
  );

export const eventSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('events', context),
      start: isoDateTime().meta({ description: 'When it starts, with its offset from UTC.', example: '2027-02-11T18:00:00-06:00' }),
      end: isoDateTime().meta({ description: 'When it ends, with its offset; after `start`.', example: '2027-02-11T19:30:00-06:00' }),
      timezone: timeZone().meta({ description: 'The zone attendees live in; times are shown in it.', example: 'America/Chicago' }),
      format: z
        .enum(EVENT_FORMATS, { error: `one of ${EVENT_FORMATS.join(', ')}` })
        .meta({ description: 'How people take part.', example: 'hybrid' }),
      venue: z
        .strictObject({
          name: requiredText(140, 'a venue name').meta({ description: 'The building or room.' }),
          address: requiredText(300, 'a street address').meta({ description: 'The street address.' }),
        })
        .optional()
        .meta({ description: 'Where it happens; required unless `format` is `online`.', example: { name: 'Central Library', address: '100 Main St' } }),
      onlineUrl: webUrl()
        .optional()
        .meta({ description: 'The meeting link; required unless `format` is `in-person`.', example: 'https://meet.example.org/forum' }),
      languages: z
        .array(languageTag())
        .default([])
        .meta({ description: 'Interpretation offered, as language tags.', example: ['es', 'ar'] }),
      accessibility: requiredText(600, 'accessibility details')
        .optional()
        .meta({
          description: 'Optional, but please say it: captions, ASL, step-free access, a quiet room.',
          example: 'Live captions and ASL. Step-free entrance.',
        }),
      registration: webUrl().optional().meta({ description: 'Where to sign up.', example: 'https://example.org/register' }),
      materials: z
        .array(material(context))
        .default([])
        .meta({
          description: 'Slides, recordings, or the entries discussed: `{label, href}` with a site path or web address, or `{label, collection, id}` for an entry of the portal.',
          example: [{ label: 'Slides', href: '/pdf/slides.pdf' }],
        }),
      presenters: idsOf('people', context, 0)
        .default([])
        .meta({ description: 'Who presents.', example: ['maya-okafor'] }),
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
    )
    .meta({ description: 'Knowledge-sharing events for district staff and community members.' });
export type Event = z.output<ReturnType<typeof eventSchema>>;
