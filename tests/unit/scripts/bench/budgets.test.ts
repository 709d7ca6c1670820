import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../../../scripts/bench/budgets.ts';
import { row } from './bench-row.ts';

const byBudget = (verdicts: ReturnType<typeof evaluateBudgets>) => Object.fromEntries(verdicts.map((verdict) => [verdict.budget, verdict]));

describe('evaluateBudgets', () => {
  it('passes a row within every budget, showing the measured values', () => {
    const verdicts = byBudget(evaluateBudgets(row()));
    expect(Object.values(verdicts).every((verdict) => verdict.pass)).toBe(true);
    expect(verdicts['build+index time vs bare']).toMatchObject({ value: '1.20x', limit: '≤ 1.30x' });
    expect(verdicts['peak memory vs bare']).toMatchObject({ value: '1.11x' });
    expect(verdicts['rebuild after one edit vs bare']).toMatchObject({ value: '1.20x', limit: '≤ 1.60x' });
    expect(verdicts['our JS on an entry page']).toMatchObject({ value: '0 B', limit: '0 B' });
    expect(verdicts['largest page']).toMatchObject({ value: '120 KB', limit: '≤ 150 KB' });
    expect(verdicts['bytes fetched per search']).toMatchObject({ value: '200 KB', limit: '< 300 KB' });
    expect(verdicts['bytes, search narrowed by 2 facets']).toMatchObject({ value: '250 KB', limit: '< 300 KB' });
    expect(verdicts['first results vs Pagefind UI']).toMatchObject({ value: '0.75x', limit: '≤ 1.00x' });
  });

  it('fails each budget that is over its limit', () => {
    const verdicts = byBudget(
      evaluateBudgets(
        row({
          build: { seconds: 131, peakKb: 2_400_000, succeeded: true, outOfMemory: false },
          rebuild: { seconds: 81, bareSeconds: 50 },
          site: { entryJsBytes: 12, largestPageBytes: 150_001, searchGzipBytes: 300_000, narrowedSearchGzipBytes: 300_000, firstResultMs: 201 },
        }),
      ),
    );
    expect(Object.values(verdicts).map((verdict) => [verdict.budget, verdict.pass])).toEqual([
      ['build+index time vs bare', false],
      ['peak memory vs bare', false],
      ['our JS on an entry page', false],
      ['bytes fetched per search', false],
      ['bytes, search narrowed by 2 facets', false],
      ['largest page', false],
      ['first results vs Pagefind UI', false],
      ['rebuild after one edit vs bare', false],
    ]);
  });

  it('holds the ratios to the bare site and to Pagefind UI only from 10,000 entries', () => {
    const budgets = evaluateBudgets(row({ entries: 5000, build: { seconds: 500, peakKb: 9_000_000, succeeded: true, outOfMemory: false } })).map(
      (verdict) => verdict.budget,
    );
    expect(budgets).toEqual(['our JS on an entry page', 'bytes fetched per search', 'bytes, search narrowed by 2 facets', 'largest page']);
  });

  it('asks 20,000 entries to build without running out of memory, and judges nothing else of a failed build', () => {
    expect(byBudget(evaluateBudgets(row({ entries: 20_000 })))['builds without running out of memory']?.pass).toBe(true);
    const failed = evaluateBudgets(
      row({ entries: 20_000, build: { seconds: 900, peakKb: 8_000_000, succeeded: false, outOfMemory: true }, site: null }),
    );
    expect(failed).toEqual([{ budget: 'builds without running out of memory', value: 'out of memory', limit: 'built', pass: false }]);
  });

  it('judges a query and the same query narrowed by two facets separately', () => {
    const verdicts = byBudget(evaluateBudgets(row({ site: { searchGzipBytes: 276_000, narrowedSearchGzipBytes: 330_000 } })));
    expect(verdicts['bytes fetched per search']).toMatchObject({ value: '276 KB', pass: true });
    expect(verdicts['bytes, search narrowed by 2 facets']).toMatchObject({ value: '330 KB', pass: false });
  });

  it('allows first results exactly as fast as Pagefind UI, and a page of exactly 150 KB', () => {
    const verdicts = byBudget(evaluateBudgets(row({ site: { firstResultMs: 200, pagefindUiFirstResultMs: 200, largestPageBytes: 150_000 } })));
    expect(verdicts['first results vs Pagefind UI']).toMatchObject({ value: '1.00x', pass: true });
    expect(verdicts['largest page']?.pass).toBe(true);
  });
});
