import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { evidenceSchema } from './evidence.ts';
import { crossFieldRule, idsOf, isoDate, textList } from './fields.ts';

const DOI = /^10\.\d{4,9}\/\S+$/;
const SITE_PDF_PATH = /^\/[a-z0-9/_.-]+\.pdf$/i;

/** A research brief that researchers publish. `content/briefs/<id>.mdx` */
export const briefSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('briefs', context),
      /** @example 2026-03-14 */
      published: isoDate(),
      /** Not before `published`. */
      updated: isoDate().optional(),
      /** People ids, at least one. @example ["ana-ruiz"] */
      authors: idsOf('people', context),
      /** One to seven short findings, shown as a list at the top. */
      keyFindings: textList({ min: 1, max: 7, what: 'key finding' }),
      evidence: evidenceSchema.optional(),
      /** @example "10.99999/rpp.2026.014" */
      doi: z.string().regex(DOI, { error: 'a DOI in 10. prefix form, such as 10.1234/abc.2026.1' }).optional(),
      /** A site path of a file under public/. @example "/pdf/summer-bridge.pdf" */
      pdf: z
        .string()
        .regex(SITE_PDF_PATH, { error: 'a site path such as /pdf/summer-bridge.pdf' })
        .refine(context.publicFileExists, { error: 'a PDF that exists under public/ (file not found)' })
        .optional(),
    })
    .check(
      publishingRules(),
      crossFieldRule<{ published?: Date | undefined; updated?: Date | undefined }>((brief, report) => {
        if (brief.published instanceof Date && brief.updated instanceof Date && brief.updated < brief.published) {
          report(['updated'], `a date not before published (${brief.published.toISOString().slice(0, 10)})`, brief.updated);
        }
      }),
    );
export type Brief = z.output<ReturnType<typeof briefSchema>>;
