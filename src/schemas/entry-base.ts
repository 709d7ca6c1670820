import { z } from 'astro/zod';
import { ENTRY_COLLECTIONS, TITLE_MAX, type EntryCollection } from '../lib/collections.ts';
import { STATUSES } from '../lib/publishing.ts';
import { didYouMean } from '../lib/suggest.ts';
import type { SchemaContext } from './context.ts';
import { crossFieldRule, idOf, idsOf, isoDateTime, languageTag, requiredText } from './fields.ts';

/** `{ collection: briefs, id: summer-bridge }`: a link to another entry, checked to exist. */
export const entryRefSchema = (context: SchemaContext) =>
  z
    .strictObject({
      /** A folder name. @example "findings" */
      collection: z.enum(ENTRY_COLLECTIONS, { error: `one of ${ENTRY_COLLECTIONS.join(', ')}` }),
      /** The entry's file name without extension. */
      id: z.string({ error: 'an entry id' }),
    })
    .check(
      crossFieldRule<{ collection: EntryCollection; id: string }>((ref, report) => {
        if (!ref.collection || typeof ref.id !== 'string') return;
        const known = context.ids[ref.collection];
        if (known && !known.has(ref.id)) {
          report(['id'], `an id from ${ref.collection}${didYouMean(ref.id, known)}`, ref.id);
        }
      }),
    );

/**
 * Fields shared by briefs, findings, challenges and events (CONTENT-MODEL.md §2). Each kind
 * spreads these into its own object, then adds `publishingRules` for the cross-field rules.
 */
export const entryBaseFields = (collection: EntryCollection, context: SchemaContext) => ({
  /** @example "Summer bridge raised ninth-grade attendance" */
  title: requiredText(TITLE_MAX, 'a title'),
  /** Plain language, at most 400 characters: cards, search results and the page description. */
  summary: requiredText(400, 'a plain-language summary'),
  /** Who it is for. @example ["district-staff", "community"] */
  audiences: idsOf('audiences', context),
  /** Problems of practice it speaks to. @example ["chronic-absenteeism"] */
  problems: idsOf('problems', context),
  /** @example "riverbend-alliance" */
  alliance: idOf('alliances', context),
  /** Only `published` entries (and lifted embargoes) reach the public site. */
  status: z.enum(STATUSES, { error: `one of ${STATUSES.join(', ')}` }).default('published'),
  /** Release time, with offset; required exactly when `status` is `embargoed`. */
  embargoUntil: isoDateTime().optional(),
  /** BCP 47 tag of the entry's language. @example "es" */
  lang: languageTag().default('en'),
  /** For a translation: the id of the original in the same collection. */
  translationOf: idOf(collection, context).optional(),
  /** Other entries worth reading next. */
  related: z.array(entryRefSchema(context), { error: 'a list of {collection, id}' }).default([]),
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
