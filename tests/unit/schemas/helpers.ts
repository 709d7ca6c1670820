import type { z } from 'astro/zod';
import type { CollectionName } from '../../../src/lib/collections.ts';
import { createSchemas, type SchemaContext } from '../../../src/schemas/index.ts';

/** A small world of ids for reference rules. */
export const context: SchemaContext = {
  ids: {
    briefs: new Set(['summer-bridge', 'tutoring-study']),
    findings: new Set(['tutoring-gains', 'ninth-grade-teams']),
    challenges: new Set(['keeping-trust']),
    events: new Set(['spring-forum']),
    aims: new Set(['on-track-aim']),
    'change-ideas': new Set(['weekly-grade-check', 'family-call']),
    cycles: new Set(['grade-check-1', 'grade-check-2']),
    clusters: new Set(['early-response-cluster']),
    measures: new Set(['on-track-rate', 'huddle-rate', 'failing-grades-named', 'teacher-hours']),
    audiences: new Set(['district-staff', 'researchers', 'community']),
    problems: new Set(['chronic-absenteeism', 'early-literacy']),
    alliances: new Set(['riverbend-alliance']),
    people: new Set(['ana-ruiz', 'sam-okafor']),
    glossary: new Set(['effect-size']),
  } satisfies Record<CollectionName, Set<string>>,
  publicFileExists: (sitePath) => sitePath === '/pdf/summer-bridge.pdf',
};

export const schemas = createSchemas(context);

/** The problems a value has, as "path: message" lines, for precise assertions. */
export function problemsOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

export const baseEntry = {
  title: 'Summer bridge raised ninth-grade attendance',
  summary: 'Students who joined a summer program came to school more often in the fall.',
  audiences: ['district-staff'],
  problems: ['chronic-absenteeism'],
  alliance: 'riverbend-alliance',
};

export const validBrief = {
  ...baseEntry,
  published: '2026-03-14',
  authors: ['ana-ruiz'],
  keyFindings: ['Attendance rose by four days.'],
};

/** A randomized trial with a significant positive effect: tier 1 unless something is changed. */
export const evidence = {
  design: 'rct',
  outcome: 'student-achievement',
  sample: { students: 2633, schools: 12 },
  effect: { size: 0.19, ciLow: 0.08, ciHigh: 0.3, significant: true, direction: 'positive' },
};

export const validFinding = { ...baseEntry, published: '2026-04-01', evidence, sources: ['summer-bridge'] };
