import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatEventTime,
  isoDayInZone,
  isValidLanguageTag,
  isValidTimeZone,
  languageName,
  parseIsoDate,
  parseIsoDateTime,
  timeZoneName,
  toIsoDay,
} from '../../../src/lib/dates.ts';

describe('parseIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(parseIsoDate('2026-03-14')?.toISOString()).toBe('2026-03-14T00:00:00.000Z');
  });
  it.each(['2026-02-30', '2026-3-14', '14/03/2026', '2026-03-14T10:00:00Z'])('rejects %s', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('parseIsoDateTime', () => {
  it('accepts a date-time with an offset or Z', () => {
    expect(parseIsoDateTime('2027-02-11T18:00:00-06:00')?.toISOString()).toBe('2027-02-12T00:00:00.000Z');
    expect(parseIsoDateTime('2027-02-11T18:00Z')?.toISOString()).toBe('2027-02-11T18:00:00.000Z');
  });
  it.each(['2027-02-11T18:00:00', '2027-02-11', 'tomorrow'])('rejects %s (no offset)', (text) => {
    expect(parseIsoDateTime(text)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('formats a day in UTC so it never shifts a day', () => {
    expect(formatDay(new Date('2026-03-14T00:00:00Z'))).toBe('March 14, 2026');
    expect(toIsoDay(new Date('2026-03-14T00:00:00Z'))).toBe('2026-03-14');
  });
  it('formats an event\'s day in its own zone: 7 PM in Chicago is already tomorrow in UTC', () => {
    const start = new Date('2026-11-12T19:00:00-06:00');
    expect(formatDay(start, 'en', 'America/Chicago')).toBe('November 12, 2026');
    expect(formatDay(start, 'es', 'America/Chicago')).toBe('12 de noviembre de 2026');
    expect(formatDay(start)).toBe('November 13, 2026');
  });
  it('formats an event in its own zone and names the zone', () => {
    const text = formatEventTime(
      new Date('2027-02-11T18:00:00-06:00'),
      new Date('2027-02-11T19:30:00-06:00'),
      'America/Chicago',
    );
    expect(text).toContain('Thursday, February 11, 2027');
    expect(text).toMatch(/6:00\s?–\s?7:30\sPM CST$/u);
  });
  it('names the zone in words where a language has no short name for it', () => {
    const start = new Date('2027-02-11T18:00:00-06:00');
    expect(timeZoneName(start, 'America/Chicago')).toBe('CST');
    expect(timeZoneName(new Date('2026-07-01T18:00:00-05:00'), 'America/Chicago')).toBe('CDT');
    expect(timeZoneName(start, 'America/Chicago', 'es')).toBe('hora estándar central');
  });

  it('names languages for readers', () => {
    expect(languageName('ar')).toBe('Arabic');
    expect(languageName('es', 'es')).toBe('español');
  });

  it('names a language in each reader\'s language however the calls interleave', () => {
    expect(['en', 'es', 'en', 'es'].map((inLang) => languageName('ar', inLang))).toEqual(['Arabic', 'árabe', 'Arabic', 'árabe']);
  });
});

describe('validity', () => {
  it.each([['America/Chicago', true], ['UTC', true], ['Mars/Olympus', false], ['CST', false]])('time zone %s: %s', (zone, ok) => {
    expect(isValidTimeZone(zone)).toBe(ok);
  });
  it.each([['en', true], ['es-MX', true], ['zh-Hant', true], ['EN', false], ['english', false], ['e', false]])(
    'language tag %s: %s',
    (tag, ok) => {
      expect(isValidLanguageTag(tag)).toBe(ok);
    },
  );
});

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
