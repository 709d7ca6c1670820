import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { entryBaseFields, publishingRules } from './entry-base.ts';
import { idOf, idsOf, isoDate, localId } from './fields.ts';

/**
 * A research action cluster: member alliances that work together on one primary driver of an
 * aim, led by its chairs. `content/clusters/<id>.yaml`
 */
export const clusterSchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...entryBaseFields('clusters', context),
      /** The day it was first published on the portal. @example 2026-09-01 */
      published: isoDate(),
      /** @example "ninth-grade-on-track" */
      aim: idOf('aims', context),
      /** The id of one primary driver of that aim. @example "early-response" */
      driver: localId('a primary driver id'),
      /** Alliances that take part, at least one. @example ["cedar-hollow-partnership"] */
      members: idsOf('alliances', context),
      /** Who leads it. @example ["lena-fischer"] */
      chairs: idsOf('people', context, 0).default([]),
    })
    .check(publishingRules());
export type Cluster = z.output<ReturnType<typeof clusterSchema>>;
