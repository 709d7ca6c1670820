import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { evidenceSchema } from './evidence.ts';
import { idsOf, isoDate, textList } from './fields.ts';

/** An alliance finding: one claim, its evidence, and its sources. `content/findings/<id>.mdx` */
export const findingSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('findings', context),
      published: isoDate(),
      /** Required: a finding is a claim, and every claim shows its evidence. */
      evidence: evidenceSchema,
      /** The briefs the claim comes from. @example ["summer-bridge-attendance"] */
      sources: idsOf('briefs', context),
      /** What a district might do with it. */
      implications: textList({ what: 'implication' }).default([]),
    })
    .check(publishingRules());
export type Finding = z.output<ReturnType<typeof findingSchema>>;
