import { describe, expect, it } from 'vitest';
import { parseRuns, performanceText, summarizeRuns, type Scores } from '../../../../scripts/lighthouse/scores.ts';

const scores = (performance: number, accessibility = 100): Scores => ({ performance, accessibility, 'best-practices': 100, seo: 100 });

describe('summarizeRuns', () => {
  it('judges a page on the median of its runs, not its worst or best', () => {
    const summary = summarizeRuns([scores(89), scores(97), scores(95)]);
    expect(summary.scores.performance).toBe(95);
    expect(summary.performanceRange).toEqual([89, 97]);
    expect(summary.misses).toEqual([]);
    expect(performanceText(summary)).toBe('95 (89-97)');
  });

  it('names every category whose median is under target', () => {
    expect(summarizeRuns([scores(90, 96), scores(94, 96), scores(99, 100)]).misses).toEqual(['performance', 'accessibility']);
  });

  it('prints a single run without a range', () => {
    expect(performanceText(summarizeRuns([scores(98)]))).toBe('98');
  });

  it('refuses to summarize no runs', () => {
    expect(() => summarizeRuns([])).toThrow(/no Lighthouse runs/);
  });
});

describe('parseRuns', () => {
  it('takes a whole number of one or more, or the default when absent', () => {
    expect(parseRuns('5', 3)).toBe(5);
    expect(parseRuns(undefined, 3)).toBe(3);
  });

  it.each(['0', '-1', '2.5', 'many', ''])('refuses %j', (text) => {
    expect(() => parseRuns(text, 3)).toThrow(/--runs: found/);
  });
});
