import { describe, expect, it } from 'vitest';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const idea = { ...baseEntry, published: '2026-09-14', findings: ['ninth-grade-teams'] };

describe('change ideas', () => {
  it('accepts a valid change idea, and one with no findings', () => {
    expect(problemsOf(schemas['change-ideas'], idea)).toEqual([]);
    expect(schemas['change-ideas'].parse({ ...idea, findings: undefined }).findings).toEqual([]);
  });

  it.each([
    ['an unknown finding', { findings: ['ninth-grade-team'] }, 'findings.0: an id from findings (did you mean ninth-grade-teams?)'],
    ['a hand-written status of the idea', { decision: 'adopt' }, ': Unrecognized key: "decision"'],
    ['no published date', { published: undefined }, 'published: a date such as 2026-03-14'],
    ['a translation of a missing change idea', { translationOf: 'weekly-grade-chek', lang: 'es' }, 'translationOf: an id from change-ideas (did you mean weekly-grade-check?)'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas['change-ideas'], { ...idea, ...change })).toContain(expected);
  });
});
