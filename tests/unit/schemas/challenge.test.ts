import { describe, expect, it } from 'vitest';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const challenge = { ...baseEntry, published: '2026-04-01', challenge: 'legitimacy' };

describe('challenge notes', () => {
  it('accepts a valid note', () => {
    expect(problemsOf(schemas.challenges, { ...challenge, stakeholders: ['district', 'community'] })).toEqual([]);
  });
  it.each([
    ['an unknown challenge', { challenge: 'trust' }, 'challenge: one of legitimacy, alignment, learning'],
    ['an unknown stakeholder', { stakeholders: ['parents'] }, 'stakeholders.0: one of researchers, district, schools, community, funders'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.challenges, { ...challenge, ...change })).toContain(expected);
  });
});
