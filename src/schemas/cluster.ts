import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { idOf, idsOf, localId, publishedDate } from './fields.ts';

/**
 * A research action cluster: member alliances that work together on one primary driver of an
 * aim, led by its chairs. `content/clusters/<id>.yaml`
 */
export const clusterSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('clusters', context),
      published: publishedDate('2026-09-14'),
      aim: idOf('aims', context).meta({ description: 'The aim it works toward (the original, not a translation).', example: 'ninth-grade-on-track' }),
      driver: localId('a primary driver id').meta({ description: 'The id of one primary driver of that aim.', example: 'early-response' }),
      members: idsOf('alliances', context).meta({ description: 'The alliances that take part.', example: ['cedar-hollow-partnership'] }),
      chairs: idsOf('people', context, 0)
        .default([])
        .meta({ description: 'Who leads it.', example: ['lena-fischer', 'samuel-adeyemi'] }),
    })
    .check(publishingRules())
    .meta({ description: 'Research action clusters: member alliances working together on one primary driver of an aim.' });
export type Cluster = z.output<ReturnType<typeof clusterSchema>>;
