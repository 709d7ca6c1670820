import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { evidenceSchema } from './evidence.ts';
import { idsOf, publishedDate, textList } from './fields.ts';

export const findingSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('findings', context),
      published: publishedDate('2026-04-01'),
      evidence: evidenceSchema.meta({ description: 'Required: a finding is a claim, and every claim shows its evidence.' }),
      sources: idsOf('briefs', context).meta({ description: 'The briefs the claim comes from.', example: ['summer-bridge'] }),
      implications: textList({ what: 'implication' })
        .default([])
        .meta({ description: 'What a district might do with it.', example: ['Offer the program at every middle school.'] }),
    })
    .check(publishingRules())
    .meta({ description: 'Alliance findings: one claim each, its evidence, and the briefs it comes from.' });
export type Finding = z.output<ReturnType<typeof findingSchema>>;
