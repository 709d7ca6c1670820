import { describe, expect, it } from 'vitest';
import { isWithheldCount, LARGEST_WITHHELD_COUNT } from '../../../../src/lib/measures/small-counts.ts';

describe('isWithheldCount: the small-count rule, 1 to 9 people', () => {
  it.each([
    [0, false],
    [1, true],
    [5, true],
    [9, true],
    [10, false],
    [250, false],
  ])('%i people: withheld %s', (n, withheld) => {
    expect(isWithheldCount(n)).toBe(withheld);
  });

  it('withholds up to 9', () => {
    expect(LARGEST_WITHHELD_COUNT).toBe(9);
  });
});
