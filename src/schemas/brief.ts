import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { evidenceSchema } from './evidence.ts';
import { crossFieldRule, idsOf, isoDate, publishedDate, textList } from './fields.ts';

const DOI = /^10\.\d{4,9}\/\S+$/;
const SITE_PDF_PATH = /^\/[a-z0-9/_.-]+\.pdf$/i;
/** Key findings are a short list at the top of the page, not a second summary. */
export const KEY_FINDINGS_MAX = 7;

export const briefSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('briefs', context),
      published: publishedDate('2026-03-14'),
      updated: isoDate()
        .optional()
        .meta({ description: 'The date of the last substantive change; not before `published`.', example: '2026-04-02' }),
      authors: idsOf('people', context).meta({ description: 'Who wrote it.', example: ['maya-okafor', 'jorge-castillo'] }),
      keyFindings: textList({ min: 1, max: KEY_FINDINGS_MAX, what: 'key finding' }).meta({
        description: 'Short sentences, shown as a list at the top of the page.',
        example: ['Students in the program missed 3 fewer days in the fall.'],
      }),
      evidence: evidenceSchema.optional(),
      doi: z
        .string()
        .regex(DOI, { error: 'a DOI in 10. prefix form, such as 10.1234/abc.2026.1' })
        .optional()
        .meta({ description: 'A DOI in its `10.` form, without `https://doi.org/`; citations then link it.', example: '10.99999/rpp.2026.014' }),
      pdf: z
        .string()
        .regex(SITE_PDF_PATH, { error: 'a site path such as /pdf/summer-bridge.pdf' })
        .refine(context.publicFileExists, { error: 'a PDF that exists under public/ (file not found)' })
        .optional()
        .meta({ description: 'The site path of the full report, a file you put under `public/`.', example: '/pdf/summer-bridge.pdf' }),
    })
    .check(
      publishingRules(),
      crossFieldRule<{ published?: Date | undefined; updated?: Date | undefined }>((brief, report) => {
        if (brief.published instanceof Date && brief.updated instanceof Date && brief.updated < brief.published) {
          report(['updated'], `a date not before published (${brief.published.toISOString().slice(0, 10)})`, brief.updated);
        }
      }),
    )
    .meta({ description: 'Research briefs that researchers publish.' });
export type Brief = z.output<ReturnType<typeof briefSchema>>;
