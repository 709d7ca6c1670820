import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_GRADE, readingGrade, summaryReadability } from '../../../src/check/readability.ts';

const lineOf = (field: string) => (field === 'summary' ? 3 : undefined);
const plain = 'Students who had a tutor every day read better by spring. Most of them liked it.';
const convoluted =
  'The multifaceted intervention demonstrated statistically significant improvements in standardized assessment outcomes across heterogeneous subpopulations, notwithstanding considerable implementation variability.';

describe('readingGrade', () => {
  it('scores plain words in short sentences low and dense prose high', () => {
    expect(readingGrade(plain)).toBeLessThanOrEqual(MAX_SUMMARY_GRADE);
    expect(readingGrade(convoluted)).toBeGreaterThan(MAX_SUMMARY_GRADE);
  });
});

describe('summaryReadability', () => {
  it('passes a plain English summary', () => {
    expect(summaryReadability('content/briefs/plain.mdx', { lang: 'en', summary: plain }, lineOf)).toEqual([]);
  });

  it('warns about a convoluted one, naming the file, the field, the score and what to do', () => {
    const [problem, ...rest] = summaryReadability('content/briefs/dense.mdx', { lang: 'en', summary: convoluted }, lineOf);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', file: 'content/briefs/dense.mdx', field: 'summary', line: 3 });
    expect(problem?.found).toBe(`a Flesch-Kincaid reading grade of ${readingGrade(convoluted)}`);
    expect(problem?.expected).toContain('shorter sentences and everyday words');
  });

  it('leaves summaries in other languages alone: the formula is for English', () => {
    expect(summaryReadability('content/briefs/es.mdx', { lang: 'es', summary: convoluted }, lineOf)).toEqual([]);
  });

  it('ignores entries without a summary (YAML data entries)', () => {
    expect(summaryReadability('content/people/pat.yaml', { name: 'Pat' }, lineOf)).toEqual([]);
  });
});
