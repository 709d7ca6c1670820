import { describe, expect, it } from 'vitest';
import { median } from '../../../../scripts/bench/stats.ts';

describe('median', () => {
  it('takes the middle value whatever the order', () => {
    expect(median([300, 100, 200])).toBe(200);
  });

  it('takes the upper middle of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});
