/**
 * Every collection's schema in one place, keyed by folder name. `content.config.ts` and
 * `npm run check` both build them from here with the same context.
 */
import type { CollectionName } from '../lib/collections.ts';
import { aimSchema } from './aim.ts';
import { allianceSchema } from './alliance.ts';
import { audienceSchema } from './audience.ts';
import { briefSchema } from './brief.ts';
import { challengeSchema } from './challenge.ts';
import { changeIdeaSchema } from './change-idea.ts';
import { clusterSchema } from './cluster.ts';
import type { SchemaContext } from './context.ts';
import { cycleSchema } from './cycle.ts';
import { eventSchema } from './event.ts';
import { findingSchema } from './finding.ts';
import { glossarySchema } from './glossary.ts';
import { measureSchema } from './measure.ts';
import { personSchema } from './person.ts';
import { problemSchema } from './problem.ts';

export function createSchemas(context: SchemaContext) {
  return {
    briefs: briefSchema(context),
    findings: findingSchema(context),
    challenges: challengeSchema(context),
    events: eventSchema(context),
    aims: aimSchema(context),
    'change-ideas': changeIdeaSchema(context),
    cycles: cycleSchema(context),
    clusters: clusterSchema(context),
    measures: measureSchema(context),
    audiences: audienceSchema,
    problems: problemSchema,
    alliances: allianceSchema,
    people: personSchema,
    glossary: glossarySchema,
  } satisfies Record<CollectionName, unknown>;
}

export type { SchemaContext } from './context.ts';
export type { Aim, PrimaryDriver, SecondaryDriver } from './aim.ts';
export type { Alliance, NetworkKind } from './alliance.ts';
export type { Audience } from './audience.ts';
export type { Brief } from './brief.ts';
export type { Challenge } from './challenge.ts';
export type { ChangeIdea } from './change-idea.ts';
export type { Cluster } from './cluster.ts';
export type { Cycle, Decision } from './cycle.ts';
export type { Event } from './event.ts';
export type { Finding } from './finding.ts';
export type { GlossaryTerm } from './glossary.ts';
export type { Measure, MeasureKind } from './measure.ts';
export type { Person } from './person.ts';
export type { Problem } from './problem.ts';
