import { describe, expect, it } from 'vitest';
import { driverOutline, improvementProblems, type ValidEntries } from '../../../src/check/improvement-rules.ts';
import type { CollectionName } from '../../../src/lib/collections.ts';
import type { Problem } from '../../../src/check/problem.ts';

type Entries = Partial<Record<CollectionName, Record<string, Record<string, unknown>>>>;

const aim = {
  drivers: [
    { id: 'early-response', text: 'A', secondary: [{ id: 'weekly-review', text: 'B', changeIdeas: ['huddle'] }] },
    { id: 'family-partnership', text: 'C', secondary: [{ id: 'good-news', text: 'D', changeIdeas: ['call-home'] }] },
  ],
  target: { measure: 'on-track', value: 85, by: new Date('2028-06-15') },
  measures: ['on-track'],
};

/** Problems for a small content tree, as "file field: found → expected" lines. */
function problemsFor(tree: Entries): string[] {
  const entries: ValidEntries = new Map(
    Object.entries(tree).map(([collection, byId]) => [collection as CollectionName, new Map(Object.entries(byId!))]),
  );
  return improvementProblems({
    entries,
    fileOf: (collection, id) => `content/${collection}/${id}`,
    lineOf: (_collection, _id, field) => (field === 'follows' ? 9 : undefined),
  }).map(asLine);
}

function asLine(problem: Problem): string {
  return `${problem.file} ${problem.field}${problem.line ? ` (line ${problem.line})` : ''}: ${problem.found} → ${problem.expected}`;
}

const cycle = (changeIdea: string, follows?: string) => ({ changeIdea, ...(follows ? { follows } : {}) });

describe('improvement rules across entries', () => {
  it('finds nothing wrong with a consistent network', () => {
    expect(
      problemsFor({
        aims: { 'on-track': aim, 'en-camino': { ...aim, translationOf: 'on-track' } },
        cycles: { a: cycle('huddle'), b: cycle('huddle', 'a'), c: cycle('huddle', 'b'), d: cycle('call-home') },
        clusters: { early: { aim: 'on-track', driver: 'early-response' } },
        'change-ideas': { huddle: {}, 'call-home': {} },
      }),
    ).toEqual([]);
  });

  it('refuses a cycle that follows a cycle of another change idea', () => {
    expect(problemsFor({ cycles: { a: cycle('huddle'), b: cycle('call-home', 'a') } })).toEqual([
      'content/cycles/b follows (line 9): "a", a cycle of huddle → a cycle of the same change idea as this one (call-home)',
    ]);
  });

  it('refuses a cycle that follows itself', () => {
    expect(problemsFor({ cycles: { a: cycle('huddle', 'a') } })).toEqual([
      'content/cycles/a follows (line 9): "a" → the id of an earlier cycle, not this one',
    ]);
  });

  it('refuses every cycle of a loop, naming the loop from each', () => {
    expect(problemsFor({ cycles: { a: cycle('huddle', 'c'), b: cycle('huddle', 'a'), c: cycle('huddle', 'b'), d: cycle('huddle', 'a') } })).toEqual([
      'content/cycles/a follows (line 9): "c" → a chain of earlier cycles that ends; this one loops: a → c → b → a',
      'content/cycles/b follows (line 9): "a" → a chain of earlier cycles that ends; this one loops: b → a → c → b',
      'content/cycles/c follows (line 9): "b" → a chain of earlier cycles that ends; this one loops: c → b → a → c',
    ]);
  });

  it('leaves a follows of a cycle that failed its own schema to that cycle’s problems', () => {
    expect(problemsFor({ cycles: { b: cycle('huddle', 'broken') } })).toEqual([]);
  });

  it('refuses a cluster whose driver is not a primary driver of its aim, suggesting the nearest', () => {
    expect(problemsFor({ aims: { 'on-track': aim }, clusters: { early: { aim: 'on-track', driver: 'early-respons' } } })).toEqual([
      'content/clusters/early driver: "early-respons" → the id of a primary driver of on-track: early-response, family-partnership (did you mean early-response?)',
    ]);
  });

  it('says so when a cluster names a secondary driver', () => {
    expect(problemsFor({ aims: { 'on-track': aim }, clusters: { early: { aim: 'on-track', driver: 'weekly-review' } } })).toEqual([
      'content/clusters/early driver: "weekly-review" → the id of a primary driver of on-track: early-response, family-partnership; weekly-review is a secondary driver under early-response, and clusters form around primary drivers',
    ]);
  });

  it('leaves a cluster of an aim that failed its own schema alone', () => {
    expect(problemsFor({ clusters: { early: { aim: 'broken', driver: 'x' } } })).toEqual([]);
  });

  it('refuses references that name a translation instead of its original', () => {
    const translatedAim = { ...aim, drivers: [{ id: 'early-response', text: 'A', secondary: [{ id: 'weekly-review', text: 'B', changeIdeas: ['reunion'] }] }] };
    expect(
      problemsFor({
        'change-ideas': { huddle: {}, reunion: { translationOf: 'huddle' } },
        cycles: { a: cycle('huddle'), 'a-es': { changeIdea: 'huddle', translationOf: 'a' }, b: cycle('reunion', 'a-es') },
        aims: { 'on-track': translatedAim, 'en-camino': { ...aim, translationOf: 'on-track' } },
        clusters: { early: { aim: 'en-camino', driver: 'early-response' } },
      }),
    ).toEqual([
      'content/cycles/b changeIdea: "reunion", a translation of huddle → the id of the original, huddle (its translations are found through it)',
      'content/cycles/b follows (line 9): "a-es", a translation of a → the id of the original, a (its translations are found through it)',
      'content/clusters/early aim: "en-camino", a translation of on-track → the id of the original, on-track (its translations are found through it)',
      'content/aims/on-track drivers[0].secondary[0].changeIdeas[0]: "reunion", a translation of huddle → the id of the original, huddle (its translations are found through it)',
      'content/aims/en-camino drivers: early-response (weekly-review); family-partnership (good-news) → the driver ids of its original on-track: early-response (weekly-review)',
    ]);
  });

  it('refuses a translated aim whose change ideas, target or measures differ from its original', () => {
    const changed = {
      ...aim,
      translationOf: 'on-track',
      drivers: [aim.drivers[0], { ...aim.drivers[1], secondary: [{ id: 'good-news', text: 'D', changeIdeas: [] }] }],
      measures: ['on-track', 'huddles'],
    };
    expect(problemsFor({ aims: { 'on-track': aim, 'en-camino': changed } })).toEqual([
      'content/aims/en-camino drivers: weekly-review: huddle; good-news:  → the change ideas of its original on-track, driver by driver: weekly-review: huddle; good-news: call-home',
      'content/aims/en-camino measures: ["on-track","huddles"] → the measures of its original on-track: ["on-track"]',
    ]);
  });
});

describe('driverOutline', () => {
  it('writes primary ids with their secondary ids', () => {
    expect(driverOutline(aim.drivers)).toBe('early-response (weekly-review); family-partnership (good-news)');
  });
});
