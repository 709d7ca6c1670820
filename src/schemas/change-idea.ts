import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { idsOf, publishedDate } from './fields.ts';

/**
 * A change a network tests in PDSA cycles; its body says what it is. Its status at each site is
 * derived from its published cycles, never written here. `content/change-ideas/<id>.mdx`
 */
export const changeIdeaSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('change-ideas', context),
      published: publishedDate('2026-09-14'),
      findings: idsOf('findings', context, 0)
        .default([])
        .meta({ description: 'The evidence behind the idea, shown with each finding\'s tier.', example: ['ninth-grade-teams-raise-credits'] }),
    })
    .check(publishingRules())
    .meta({ description: 'Changes a network tests in PDSA cycles; the body says what the change is. Their status comes from their cycles.' });
export type ChangeIdea = z.output<ReturnType<typeof changeIdeaSchema>>;
