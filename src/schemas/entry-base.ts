import { z } from 'astro/zod';
import {
  DEFAULT_LANG,
  PAGE_COLLECTIONS,
  MAX_SUMMARY_GRADE,
  SUMMARY_MAX,
  TITLE_MAX,
  type EntryCollection,
  type PageCollection,
} from '../lib/collections.ts';
import { STATUSES } from '../lib/publishing.ts';
import { didYouMean } from '../lib/suggest.ts';
import type { SchemaContext } from './context.ts';
import { SAME_COLLECTION, crossFieldRule, idOf, idsOf, isoDateTime, languageTag, requiredText } from './fields.ts';

/**
 * `{ collection: briefs, id: summer-bridge }`: a link to another entry, checked to exist. Only
 * entries with pages can be linked to (PAGE_COLLECTIONS).
 */
export const entryRefSchema = (context: SchemaContext) =>
  z
    .strictObject({
      collection: z
        .enum(PAGE_COLLECTIONS, { error: `one of ${PAGE_COLLECTIONS.join(', ')}` })
        .meta({ description: 'The folder of the entry linked to: a kind of entry with pages.', example: 'findings' }),
      id: z.string({ error: 'an entry id' }).meta({ description: 'Its file name without the extension.', example: 'summer-bridge-attendance' }),
    })
    .check(
      crossFieldRule<{ collection: PageCollection; id: string }>((ref, report) => {
        if (!ref.collection || typeof ref.id !== 'string') return;
        const known = context.ids[ref.collection];
        if (known && !known.has(ref.id)) {
          report(['id'], `an id from ${ref.collection}${didYouMean(ref.id, known)}`, ref.id);
        }
      }),
    );

/**
 * Fields shared by every entry collection (content/README.md, sections 2 and 7): briefs, findings,
 * challenges, events, aims, change ideas, cycles, clusters and measures. Each kind spreads these
 * into its own object, then adds `publishingRules` for the cross-field rules.
 */
export const entryBaseFields = (collection: EntryCollection, context: SchemaContext) => ({
  title: requiredText(TITLE_MAX, 'a title').meta({
    description: 'The headline, in plain words.',
    example: 'Summer bridge raised ninth-grade attendance',
  }),
  summary: requiredText(SUMMARY_MAX, 'a plain-language summary').meta({
    description: `One or two plain sentences, shown on cards, in search results and as the page description. The check warns when an English summary reads above grade ${MAX_SUMMARY_GRADE}.`,
    example: 'Students who went to a summer program missed fewer days.',
  }),
  audiences: idsOf('audiences', context).meta({ description: 'Who it is for.', example: ['district-staff', 'community'] }),
  problems: idsOf('problems', context).meta({
    description: 'The problems of practice it speaks to.',
    example: ['chronic-absenteeism'],
  }),
  alliance: idOf('alliances', context).meta({ description: 'The alliance that publishes it.', example: 'riverbend-alliance' }),
  status: z
    .enum(STATUSES, { error: `one of ${STATUSES.join(', ')}` })
    .default('published')
    .meta({
      description: 'Who may see it: the public site shows `published` entries and embargoes that have lifted (section 4).',
      example: 'review',
    }),
  embargoUntil: isoDateTime()
    .optional()
    .meta({
      description: 'When an embargoed entry goes public. Required when `status` is `embargoed`, and only then.',
      example: '2026-09-01T09:00:00-05:00',
    }),
  lang: languageTag().default(DEFAULT_LANG).meta({ description: 'The language the entry is written in.', example: 'es' }),
  translationOf: idOf(collection, context)
    .optional()
    .meta({
      collection: SAME_COLLECTION,
      description: "For a translation: the id of the original; `lang` must differ from the original's.",
      example: 'summer-bridge',
    }),
  related: z
    .array(entryRefSchema(context), { error: 'a list of {collection, id}' })
    .default([])
    .meta({
      description: 'Other entries worth reading next.',
      example: [{ collection: 'findings', id: 'summer-bridge-attendance' }],
    }),
});

interface PublishingFields {
  status?: string | undefined;
  embargoUntil?: unknown;
}

/** `embargoUntil` is required when embargoed and forbidden otherwise. */
export const publishingRules = () =>
  crossFieldRule<PublishingFields & Record<string, unknown>>((entry, report) => {
    const status = entry.status ?? 'published';
    if (status === 'embargoed' && entry.embargoUntil === undefined) {
      report(['embargoUntil'], 'a release date-time, because status is embargoed', undefined);
    }
    if (status !== 'embargoed' && entry.embargoUntil !== undefined) {
      report(['embargoUntil'], `no embargoUntil, because status is ${status} (only embargoed entries take one)`, entry.embargoUntil);
    }
  });
