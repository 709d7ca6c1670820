import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../../src/lib/collections.ts';
import {
  buildCalendar,
  eventDescription,
  eventLocation,
  eventUid,
  type CalendarEvent,
  type CalendarWords,
} from '../../../src/lib/calendar.ts';

const SITE = 'https://rpp-portal.example.org';
const NOW = new Date('2026-06-01T00:00:00Z');
const WORDS: CalendarWords = {
  when: 'When',
  interpretation: 'Interpretation',
  accessibility: 'Accessibility',
  joinOnline: 'Join online',
  register: 'Register',
  details: 'Details',
  online: 'Online',
};
const forum: CalendarEvent = {
  gatheringId: 'spring-forum',
  path: '/events/spring-forum/',
  lang: 'en',
  title: 'Spring forum; attendance, reading',
  summary: 'An evening for families to hear what we found and ask questions about attendance and reading.',
  start: new Date('2026-04-02T18:00:00-05:00'),
  end: new Date('2026-04-02T19:30:00-05:00'),
  timeZone: 'America/Chicago',
  format: 'hybrid',
  venue: { name: 'Fixture Library', address: '1 Main St' },
  onlineUrl: 'https://example.org/join',
  languages: ['es', 'ar'],
  accessibility: 'Captions and ASL.',
};
const webinar: CalendarEvent = {
  ...forum,
  gatheringId: 'winter-webinar',
  path: '/events/winter-webinar/',
  title: 'Winter webinar',
  format: 'online',
  venue: undefined,
  languages: [],
  accessibility: undefined,
  start: new Date('2026-12-10T15:00:00-06:00'),
  end: new Date('2026-12-10T16:00:00-06:00'),
};
const options = { site: SITE, now: NOW, name: 'Portal: Events', wordsFor: () => WORDS };

/** Parses with ical.js, a parser independent of the generator. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}

describe('eventUid and URLs', () => {
  it('builds a stable UID from the gathering id and the site host', () => {
    expect(eventUid('spring-forum', SITE)).toBe('spring-forum@rpp-portal.example.org');
    expect(eventUid('spring-forum', new URL(`${SITE}/`))).toBe('spring-forum@rpp-portal.example.org');
  });
  it('makes page paths absolute', () => {
    expect(absoluteUrl('/events/spring-forum/', SITE)).toBe('https://rpp-portal.example.org/events/spring-forum/');
  });
});

describe('eventLocation', () => {
  it('gives the venue name and street address, or "Online"', () => {
    expect(eventLocation(forum, WORDS)).toBe('Fixture Library, 1 Main St');
    expect(eventLocation(webinar, WORDS)).toBe('Online');
  });
});

describe('eventDescription', () => {
  it('says the summary, the time in the event\'s zone, interpretation and accessibility in words, and the page', () => {
    expect(eventDescription(forum, WORDS, SITE).split('\n')).toEqual([
      forum.summary,
      '',
      expect.stringMatching(/^When: Thursday, April 2, 2026, 6:00.*7:30.PM CDT$/),
      'Interpretation: Spanish, Arabic',
      'Accessibility: Captions and ASL.',
      'Join online: https://example.org/join',
      'Details: https://rpp-portal.example.org/events/spring-forum/',
    ]);
  });
  it('leaves out facts an event does not have', () => {
    const text = eventDescription(webinar, WORDS, SITE);
    expect(text).not.toContain('Interpretation');
    expect(text).not.toContain('Accessibility');
    expect(text).not.toContain('Register');
  });
  it('writes the time and language names in the event\'s language', () => {
    const text = eventDescription({ ...forum, lang: 'es' }, WORDS, SITE);
    expect(text).toContain('jueves, 2 de abril de 2026');
    expect(text).toContain('Interpretation: español, árabe');
  });
});

describe('buildCalendar', () => {
  const text = buildCalendar([forum, webinar], options);

  it('is valid iCalendar that an independent parser reads back', () => {
    const events = parseEvents(text);
    expect(events.map(({ event }) => event.uid)).toEqual(['spring-forum@rpp-portal.example.org', 'winter-webinar@rpp-portal.example.org']);
    const { event, component } = events[0]!;
    expect(event.summary).toBe(forum.title);
    expect(event.location).toBe('Fixture Library, 1 Main St');
    expect(event.description).toBe(eventDescription(forum, WORDS, SITE));
    expect(component.getFirstPropertyValue('url')).toBe('https://rpp-portal.example.org/events/spring-forum/');
  });

  it('keeps the instant: 6 PM in Chicago on April 2, 2026 is 23:00 UTC', () => {
    const { event } = parseEvents(text)[0]!;
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-02T23:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-04-03T00:30:00.000Z');
    expect(text).toContain('DTSTART:20260402T230000Z\r\n');
  });

  it('stamps events with the build clock, so the same content builds the same bytes', () => {
    const { component } = parseEvents(text)[0]!;
    expect((component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(NOW.toISOString());
    expect(buildCalendar([forum, webinar], options)).toBe(text);
  });

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line.includes('\n'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  });

  it('names the calendar and holds nothing but the events given', () => {
    expect(text).toContain('X-WR-CALNAME:Portal: Events\r\n');
    expect(buildCalendar([], options)).not.toContain('BEGIN:VEVENT');
  });
});
