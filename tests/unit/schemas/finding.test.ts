import { describe, expect, it } from 'vitest';
import { problemsOf, schemas, validFinding as finding } from './helpers.ts';

describe('findings', () => {
  it('accepts a valid finding', () => {
    expect(problemsOf(schemas.findings, finding)).toEqual([]);
  });
  it.each([
    ['no evidence', { evidence: undefined }],
    ['no sources', { sources: [] }],
    ['a source that is not a brief', { sources: ['tutoring-gains'] }],
  ])('rejects %s', (_name, change) => {
    expect(problemsOf(schemas.findings, { ...finding, ...change })).not.toEqual([]);
  });
});
