import { describe, expect, it } from 'vitest';
import { evidence, problemsOf, schemas, validFinding as finding } from './helpers.ts';

describe('evidence blocks', () => {
  it.each([
    ['an unknown design', { design: 'rtc' }, 'evidence.design: one of rct, quasi-experimental, regression-discontinuity, correlational, descriptive, qualitative, mixed-methods'],
    ['a negative sample', { sample: { students: -5 } }, 'evidence.sample.students: a whole number of students, 0 or more'],
    ['a fractional sample', { sample: { schools: 1.5 } }, 'evidence.sample.schools: a whole number of schools'],
    ['an interval upside down', { effect: { size: 0.2, ciLow: 0.3, ciHigh: 0.1 } }, 'evidence.effect.ciHigh: an upper bound at or above ciLow (0.3)'],
    ['an effect outside its interval', { effect: { size: 0.5, ciLow: 0.1, ciHigh: 0.3 } }, 'evidence.effect.size: an effect size inside its interval 0.1 to 0.3'],
    ['a field the model does not know', { tier: 1 }, 'evidence: Unrecognized key: "tier"'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.findings, { ...finding, evidence: { ...evidence, ...change } })).toContain(expected);
  });

  it('rejects a claimed tier stronger than the computed one, and says why', () => {
    const small = { ...evidence, sample: { students: 120, schools: 1 }, claimedTier: 1 };
    const [problem] = problemsOf(schemas.findings, { ...finding, evidence: small });
    expect(problem).toMatch(/^evidence\.claimedTier: no stronger than the computed tier 3, because: /);
  });

  it('accepts a claimed tier equal to or weaker than the computed one', () => {
    expect(problemsOf(schemas.findings, { ...finding, evidence: { ...evidence, claimedTier: 1 } })).toEqual([]);
    expect(problemsOf(schemas.findings, { ...finding, evidence: { ...evidence, claimedTier: 3 } })).toEqual([]);
  });
});
