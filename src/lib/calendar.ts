/**
 * iCalendar (RFC 5545) files for events: `/events/<id>.ics` for one event and `/events.ics` for
 * all, so a family can put a forum in their phone's calendar with one tap.
 *
 * Choices that make the files dependable:
 * - Times are written in UTC (`DTSTART:20260402T230000Z`). Every calendar converts UTC to the
 *   phone's own zone, so an attendee sees the local time without us shipping VTIMEZONE rules
 *   (a native Date with a TZID would be written in the build machine's zone instead). The
 *   description still gives the time in the event's zone, with the zone named, in words.
 * - The UID is `<gathering id>@<site host>`, never random, and DTSTAMP is the build clock, never
 *   the wall clock: the same content builds the same bytes, and a re-imported event updates the
 *   one already in the calendar instead of adding a copy.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { absoluteUrl } from './collections.ts';
import { formatEventTime } from './dates.ts';
import { interpretationNames } from './events.ts';

export interface CalendarEvent {
  /** The gathering's id: an event and its translations share it, so they share a UID. */
  gatheringId: string;
  /** Site path of the event's page: `/events/spring-forum/`. */
  path: string;
  lang: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  /** IANA zone the attendees live in. */
  timeZone: string;
  format: 'in-person' | 'online' | 'hybrid';
  venue?: { name: string; address: string } | undefined;
  onlineUrl?: string | undefined;
  registration?: string | undefined;
  /** Interpretation offered, as BCP 47 tags. */
  languages: readonly string[];
  accessibility?: string | undefined;
}

/** The words around the facts, in the event's language (from src/i18n). */
export interface CalendarWords {
  when: string;
  interpretation: string;
  accessibility: string;
  joinOnline: string;
  register: string;
  details: string;
  /** LOCATION of an online-only event. */
  online: string;
}

export interface CalendarOptions {
  /** The site's origin, for absolute URLs and the UID's host. */
  site: URL | string;
  /** The build clock (DTSTAMP). */
  now: Date;
  /** The calendar's name, shown when someone subscribes. */
  name: string;
  wordsFor: (lang: string) => CalendarWords;
}

/** `spring-forum@rpp-portal.example.org`: stable across builds, unique across sites. */
export function eventUid(gatheringId: string, site: URL | string): string {
  return `${gatheringId}@${new URL(site).host}`;
}

/** Where to go: the venue's name and street address, or "Online" for an online-only event. */
export function eventLocation(event: CalendarEvent, words: CalendarWords): string {
  return event.venue ? `${event.venue.name}, ${event.venue.address}` : words.online;
}

/**
 * The summary, then one line per fact an attendee plans around (time in the event's zone,
 * interpretation by name, accessibility), then the links, ending with the page's address.
 */
export function eventDescription(event: CalendarEvent, words: CalendarWords, site: URL | string): string {
  const facts: [string, string | undefined][] = [
    [words.when, formatEventTime(event.start, event.end, event.timeZone, event.lang)],
    [words.interpretation, interpretationNames(event.languages, event.lang) || undefined],
    [words.accessibility, event.accessibility],
    [words.joinOnline, event.onlineUrl],
    [words.register, event.registration],
    [words.details, absoluteUrl(event.path, site)],
  ];
  const lines = facts.flatMap(([label, value]) => (value ? [`${label}: ${value}`] : []));
  return [event.summary, '', ...lines].join('\n');
}

/** A whole VCALENDAR holding the given events, as text with CRLF line endings (RFC 5545 §3.1). */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const host = new URL(options.site).host;
  const calendar = ical({
    name: options.name,
    prodId: { company: host, product: 'events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    const words = options.wordsFor(event.lang);
    calendar.createEvent({
      id: eventUid(event.gatheringId, options.site),
      stamp: options.now,
      start: event.start,
      end: event.end,
      summary: event.title,
      description: eventDescription(event, words, options.site),
      location: eventLocation(event, words),
      url: absoluteUrl(event.path, options.site),
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
