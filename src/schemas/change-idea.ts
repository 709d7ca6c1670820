import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { idsOf, isoDate } from './fields.ts';

/**
 * A change a network tests in PDSA cycles; its body says what it is. Its status at each site is
 * derived from its published cycles, never written here. `content/change-ideas/<id>.mdx`
 */
export const changeIdeaSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('change-ideas', context),
      /** The day it was first published on the portal. @example 2026-09-01 */
      published: isoDate(),
      /** The evidence behind the idea, optional. @example ["ninth-grade-teams-raise-credits"] */
      findings: idsOf('findings', context, 0).default([]),
    })
    .check(publishingRules());
export type ChangeIdea = z.output<ReturnType<typeof changeIdeaSchema>>;
