import { z } from 'astro/zod';
import { CHALLENGE_KINDS } from '../lib/collections.ts';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { publishedDate, textList } from './fields.ts';

export const STAKEHOLDERS = ['researchers', 'district', 'schools', 'community', 'funders'] as const;

export const challengeSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('challenges', context),
      published: publishedDate('2026-05-10'),
      challenge: z
        .enum(CHALLENGE_KINDS, { error: `one of ${CHALLENGE_KINDS.join(', ')}` })
        .meta({ description: 'The challenge of partnership work the note is about.', example: 'legitimacy' }),
      stakeholders: z
        .array(z.enum(STAKEHOLDERS, { error: `one of ${STAKEHOLDERS.join(', ')}` }))
        .default([])
        .meta({ description: 'Who the challenge involves.', example: ['district', 'community'] }),
      strategies: textList({ what: 'strategy' })
        .default([])
        .meta({ description: 'What the partnership tried.', example: ['Shared results with principals first.'] }),
    })
    .check(publishingRules())
    .meta({ description: "Notes on the partnership's legitimacy, alignment or learning." });
export type Challenge = z.output<ReturnType<typeof challengeSchema>>;
