import { z } from 'astro/zod';
import { isValidSlug, toSlug } from '../lib/slug.ts';
import { didYouMean } from '../lib/suggest.ts';
import {
  isValidLanguageTag,
  isValidTimeZone,
  parseIsoDate,
  parseIsoDateTime,
  isValidDate,
} from '../lib/dates.ts';
import type { CollectionName } from '../lib/collections.ts';
import type { SchemaContext } from './context.ts';

/**
 * Field builders shared by every schema. Custom messages are written as the *expected* value
 * ("a date such as 2026-03-14"): `npm run check` prints them after "expected", beside what it found.
 *
 * Each field documents itself with `.meta({ description, example })`, and builders whose type
 * JSON Schema cannot show (a transform) name it with `format`: src/schemas/describe.ts turns
 * both into the content reference (content/README.md) and the guide's field tables.
 */

/** Reports an issue from a transform and stops that field. */
function fail(ctx: z.RefinementCtx, expected: string, input: unknown): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message: expected, input });
  return z.NEVER;
}

export const requiredText = (max: number, what = 'text') =>
  z
    .string({ error: `${what} (required)` })
    .trim()
    .min(1, { error: `${what}, not empty` })
    .max(max, { error: `${what} of at most ${max} characters` });

export const textList = (options: { min?: number; max?: number; what: string }) => {
  let list = z.array(requiredText(1000, options.what), { error: `a list of ${options.what}s` });
  if (options.min !== undefined) list = list.min(options.min, { error: `at least ${options.min} ${options.what}(s)` });
  if (options.max !== undefined) list = list.max(options.max, { error: `at most ${options.max} ${options.what}s` });
  return list;
};

/** What an id field's `collection` says when it names an entry of its own collection (`translationOf`). */
export const SAME_COLLECTION = 'the same folder';

/** An id that must name an existing entry of `collection`. */
export const idOf = (collection: CollectionName, context: SchemaContext) =>
  z
    .string({ error: `an id from ${collection}` })
    .transform((id, ctx) => {
      const known = context.ids[collection];
      if (known.has(id)) return id;
      return fail(ctx, `an id from ${collection}${didYouMean(id, known)}`, id);
    })
    .meta({ format: 'id', collection });

export const idsOf = (collection: CollectionName, context: SchemaContext, min = 1) =>
  z
    .array(idOf(collection, context), { error: `a list of ids from ${collection}` })
    .min(min, { error: `at least ${min} id(s) from ${collection}` });

/**
 * An id that lives inside an entry, such as a driver's in an aim: the file-name rule of
 * content/README.md, section 1 (lowercase letters and digits joined by single hyphens), with the nearest
 * valid spelling suggested.
 */
export const localId = (what: string) =>
  z.string({ error: `${what} such as family-contact` }).transform((id, ctx) => {
    if (isValidSlug(id)) return id;
    const suggestion = toSlug(id);
    return fail(
      ctx,
      `${what}: lowercase letters and digits joined by single hyphens${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      id,
    );
  });

/** Astro hands us Date objects for unquoted dates; the check keeps text. Both are accepted. */
const dateField = (parse: (text: string) => Date | undefined, expected: string, format: 'date' | 'date-time') =>
  z
    .unknown()
    .transform((value, ctx) => {
      if (isValidDate(value)) return value;
      const date = typeof value === 'string' ? parse(value) : undefined;
      return date ?? fail(ctx, expected, value);
    })
    .meta({ format });

/** A calendar date: `2026-03-14`. */
export const isoDate = () => dateField(parseIsoDate, 'a date such as 2026-03-14', 'date');

/** A date-time that names its offset: `2027-02-11T18:00:00-06:00`. */
export const isoDateTime = () =>
  dateField(parseIsoDateTime, 'a date-time with its offset, such as 2027-02-11T18:00:00-06:00', 'date-time');

/** An entry's publication date. */
export const publishedDate = (example: string) => isoDate().meta({ description: 'The publication date.', example });

/** A YAML entry's place in lists. */
export const listOrder = () =>
  z
    .number({ error: 'a whole number (position in lists)' })
    .int({ error: 'a whole number' })
    .meta({ description: 'Position in lists, smallest first.', example: 1 });

/** A BCP 47 language tag in canonical form: `en`, `es`, `es-MX`. */
export const languageTag = () =>
  z
    .string({ error: 'a BCP 47 language tag such as en or es' })
    .refine(isValidLanguageTag, { error: 'a BCP 47 language tag such as en or es' })
    .meta({ format: 'language-tag' });

/**
 * A YAML entry's text fields in other languages, keyed by language tag, each translation whole:
 * `translations: { es: { label: ..., description: ... } }`. Optional; pages in a language
 * without one show the original (src/lib/translations.ts).
 */
export const translationsOf = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z
    .record(languageTag(), z.strictObject(shape), {
      // Zod's own words for a bad key are "Invalid key in record"; an author needs the rule.
      error: (issue) => (issue.code === 'invalid_key' ? 'a BCP 47 language tag such as es, as the key' : undefined),
    })
    .optional();

export const timeZone = () =>
  z
    .string({ error: 'an IANA time zone such as America/Chicago' })
    .refine(isValidTimeZone, { error: 'an IANA time zone such as America/Chicago' })
    .meta({ format: 'time-zone' });

export const webUrl = () =>
  z.url({ protocol: /^https?$/, error: 'a full web address starting with https://' });

/**
 * A rule across several fields. Zod skips object-level checks once any field has failed; these
 * must run anyway so one run reports every problem, hence `when: () => true` and defensive code.
 */
export function crossFieldRule<T extends Record<string, unknown>>(
  rule: (value: Partial<T>, report: (path: (string | number)[], expected: string, found: unknown) => void) => void,
) {
  return z.superRefine<T>(
    (value, ctx) => {
      if (typeof value !== 'object' || value === null) return;
      rule(value as Partial<T>, (path, expected, found) =>
        ctx.addIssue({ code: 'custom', path, message: expected, input: found }),
      );
    },
    { when: () => true } as never,
  );
}
