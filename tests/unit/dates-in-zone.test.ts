import { describe, expect, it } from 'vitest';
import { isoDayInZone } from '../../src/lib/dates.ts';

describe('isoDayInZone', () => {
  it.each([
    ['2026-11-30T00:30:00Z', 'America/Chicago', '2026-11-29'],
    ['2026-11-30T00:30:00Z', 'UTC', '2026-11-30'],
    ['2026-11-30T23:30:00Z', 'Asia/Tokyo', '2026-12-01'],
    ['2026-03-14T00:00:00Z', 'UTC', '2026-03-14'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(isoDayInZone(new Date(instant), zone)).toBe(day);
  });
});

describe('isoDayInZone in UTC', () => {
  it('gives the UTC day for any instant of it', () => {
    expect(['2026-11-30T00:00:00Z', '2026-11-30T12:00:00Z', '2026-11-30T23:59:59.999Z'].map((instant) => isoDayInZone(new Date(instant), 'UTC'))).toEqual([
      '2026-11-30',
      '2026-11-30',
      '2026-11-30',
    ]);
  });
});
