import { describe, expect, it } from 'vitest';
import { detectCadence } from '../../../../src/lib/measures/cadence.ts';

describe('detectCadence', () => {
  it.each([
    ['monthly', ['2025-01-01', '2025-02-01', '2025-03-01'], 'month'],
    ['monthly with a month without a row', ['2025-01-01', '2025-02-01', '2025-04-01'], 'month'],
    ['monthly on the 15th, over a year end', ['2024-11-15', '2024-12-15', '2025-01-15'], 'month'],
    ['monthly on month ends', ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30'], 'month'],
    ['quarterly', ['2025-01-01', '2025-04-01', '2025-07-01'], 'quarter'],
    ['yearly', ['2022-09-01', '2023-09-01', '2025-09-01'], 'year'],
    ['weekly', ['2025-01-06', '2025-01-13', '2025-01-27'], 'week'],
    ['daily', ['2025-01-06', '2025-01-07', '2025-01-09'], 'day'],
    ['irregular', ['2025-01-06', '2025-01-10', '2025-01-13'], 'point'],
    ['every two months', ['2025-01-01', '2025-03-01', '2025-05-01'], 'point'],
    ['a single date', ['2025-01-01'], 'point'],
    ['no dates', [], 'point'],
  ])('%s: %s', (_name, dates, cadence) => {
    expect(detectCadence(dates)).toBe(cadence);
  });
});
