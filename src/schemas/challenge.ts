import { z } from 'astro/zod';
import { CHALLENGE_KINDS } from '../lib/collections.ts';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { isoDate, textList } from './fields.ts';

export const STAKEHOLDERS = ['researchers', 'district', 'schools', 'community', 'funders'] as const;

/** A note on a challenge of partnership work. `content/challenges/<id>.mdx` */
export const challengeSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('challenges', context),
      published: isoDate(),
      /** @example "legitimacy" */
      challenge: z.enum(CHALLENGE_KINDS, { error: `one of ${CHALLENGE_KINDS.join(', ')}` }),
      /** Who the challenge involves. @example ["district", "community"] */
      stakeholders: z
        .array(z.enum(STAKEHOLDERS, { error: `one of ${STAKEHOLDERS.join(', ')}` }))
        .default([]),
      /** What the partnership tried. */
      strategies: textList({ what: 'strategy' }).default([]),
    })
    .check(publishingRules());
export type Challenge = z.output<ReturnType<typeof challengeSchema>>;
