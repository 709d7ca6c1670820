import { describe, expect, it } from 'vitest';
import { formatMeasureValue } from '../../../../src/lib/improvement/format.ts';

describe('formatMeasureValue', () => {
  it.each([
    [85, '%', 'en', '85%'],
    [85, '%', 'es', '85\u00a0%'],
    [2.5, 'hours', 'en', '2.5\u00a0hours'],
    [2.5, 'horas', 'es', '2,5\u00a0horas'],
    [1234.567, 'students', 'en', '1,234.57\u00a0students'],
  ])('writes %d %s in %s as %j', (value, unit, lang, expected) => {
    expect(formatMeasureValue(value, unit, lang)).toBe(expected);
  });
});
