import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/numbers.ts';

describe('formatNumber', () => {
  it.each([
    [4500, 'en', '4,500'],
    [4500, 'es', '4500'],
    [45000, 'es', '45.000'],
    [7, 'en', '7'],
  ])('writes %i in %s as %s', (value, lang, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });
});
