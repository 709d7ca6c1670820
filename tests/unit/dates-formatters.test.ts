import { describe, expect, it } from 'vitest';
import { formatDay, formatEventTime, isoDayInZone, timeZoneName } from '../../src/lib/dates.ts';

/** The formatters are reused across calls: each language, zone and style must keep its own. */
describe('reused date formatters', () => {
  const evening = new Date('2027-02-12T01:30:00Z');

  it('keep zones apart when calls alternate between them', () => {
    const days = ['UTC', 'America/Chicago', 'UTC', 'Asia/Tokyo', 'America/Chicago'].map((zone) => isoDayInZone(evening, zone));
    expect(days).toEqual(['2027-02-12', '2027-02-11', '2027-02-12', '2027-02-12', '2027-02-11']);
  });

  it('keep languages and styles apart', () => {
    expect(formatDay(evening, 'en')).toBe('February 12, 2027');
    expect(formatDay(evening, 'es')).toBe('12 de febrero de 2027');
    expect(formatDay(evening, 'en', 'America/Chicago')).toBe('February 11, 2027');
    expect(timeZoneName(evening, 'America/Chicago')).toBe('CST');
    expect(formatEventTime(evening, new Date('2027-02-12T03:00:00Z'), 'America/Chicago')).toMatch(/^Thursday, February 11, 2027, 7:30\s–\s9:00\sPM CST$/);
    expect(formatDay(evening, 'en')).toBe('February 12, 2027');
  });
});
