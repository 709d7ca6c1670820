import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesContaining, listFiles, readPage, sharedBuild, type BuildResult } from '../support/build-site.ts';

const NOW = '2026-06-01T00:00:00Z';
const HOST = 'rpp-portal.example.org';

/** Every VEVENT of an .ics file in dist/, read by ical.js (not the generator that wrote it). */
function readCalendar(outDir: string, file: string) {
  const text = readFileSync(path.join(outDir, file), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: String(component.getFirstPropertyValue('url')),
      stamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate(),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
    };
  });
}

/** "18:00": the wall-clock time in a zone, as a phone in that zone shows it. */
function localTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** The HTML of the section a heading id labels, so a link is checked where a reader finds it. */
function section(html: string, headingId: string): string {
  const start = html.indexOf(`aria-labelledby="${headingId}"`);
  expect(start, `no section labelled by ${headingId}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('calendars and event pages in a production build of the basic fixture (clock: 2026-06-01)', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild({ fixture: 'basic', name: 'basic-calendars', now: NOW });
  });

  it('succeeds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('writes one calendar file per visible event, translations included, and none for the draft', () => {
    expect(listFiles(build.outDir).filter((file) => file.endsWith('.ics'))).toEqual([
      'events.ics',
      'events/family-night.ics',
      'events/foro-primavera.ics',
      'events/spring-forum.ics',
      'events/winter-workshop.ics',
    ]);
    expect(filesContaining(build.outDir, 'draft-event')).toEqual([]);
    expect(filesContaining(build.outDir, 'SECRET-DRAFT-MARKER')).toEqual([]);
  });

  it('puts the start at the right instant and local time: 2026-04-02 18:00 in Chicago is 23:00 UTC', () => {
    const [forum, ...others] = readCalendar(build.outDir, 'events/spring-forum.ics');
    expect(others).toEqual([]);
    expect(forum!.start.toISOString()).toBe('2026-04-02T23:00:00.000Z');
    expect(localTime(forum!.start, 'America/Chicago')).toBe('18:00');
    expect(localTime(forum!.end, 'America/Chicago')).toBe('19:30');
    const [night] = readCalendar(build.outDir, 'events/family-night.ics');
    expect(night!.start.toISOString()).toBe('2026-11-13T01:00:00.000Z');
    expect(localTime(night!.start, 'America/Chicago')).toBe('19:00');
  });

  it('gives each event a stable UID, the build clock as DTSTAMP, and its absolute page URL', () => {
    const [forum] = readCalendar(build.outDir, 'events/spring-forum.ics');
    expect(forum!.uid).toBe(`spring-forum@${HOST}`);
    expect(forum!.stamp.toISOString()).toBe(new Date(NOW).toISOString());
    expect(forum!.url).toBe(`https://${HOST}/events/spring-forum/`);
    const inFeed = readCalendar(build.outDir, 'events.ics').find((event) => event.uid === forum!.uid);
    expect(inFeed).toEqual(forum);
  });

  it('says where, interpretation and accessibility in words, and links the page', () => {
    const [forum] = readCalendar(build.outDir, 'events/spring-forum.ics');
    expect(forum!.summary).toBe('Spring community forum on attendance');
    expect(forum!.location).toBe('Fixture Library, 1 Main St');
    expect(forum!.description).toContain('Interpretation: Spanish, Arabic');
    expect(forum!.description).toContain('Accessibility: Captions and ASL.');
    expect(forum!.description).toMatch(/When: Thursday, April 2, 2026, 6:00.*PM CDT/);
    expect(forum!.description).toContain(`https://${HOST}/events/spring-forum/`);
    const [workshop] = readCalendar(build.outDir, 'events/winter-workshop.ics');
    expect(workshop!.location).toBe('Online');
  });

  it('writes a translation\'s calendar in its language, as the same gathering', () => {
    const [foro] = readCalendar(build.outDir, 'events/foro-primavera.ics');
    expect(foro!.uid).toBe(`spring-forum@${HOST}`);
    expect(foro!.summary).toBe('Foro de primavera sobre la asistencia');
    expect(foro!.description).toContain('Interpretación: español, árabe');
    expect(foro!.url).toBe(`https://${HOST}/es/events/foro-primavera/`);
  });

  it('holds every published gathering once in /events.ics, soonest first', () => {
    expect(readCalendar(build.outDir, 'events.ics').map((event) => event.uid)).toEqual([
      `spring-forum@${HOST}`,
      `family-night@${HOST}`,
      `winter-workshop@${HOST}`,
    ]);
  });

  it('shows the event page\'s facts: zone named, interpretation by name, calendar link, materials', () => {
    const page = readPage(build.outDir, '/events/spring-forum/');
    expect(page).toMatch(/Thursday, April 2, 2026.*6:00.*7:30.*PM CDT/s);
    expect(page).toContain('Spanish, Arabic');
    expect(page).toContain('<a href="/events/spring-forum.ics" type="text/calendar">Add to calendar</a>');
    const materials = section(page, 'materials-heading');
    expect(materials).toContain('<a href="/briefs/public-brief/">The brief</a>');
    expect(materials).not.toContain('Draft brief');
  });

  it('names interpretation languages in Spanish on a Spanish event page', () => {
    const page = readPage(build.outDir, '/es/events/foro-primavera/');
    expect(page).toContain('español, árabe');
    expect(page).toContain('<a href="/events/foro-primavera.ics" type="text/calendar">Añadir al calendario</a>');
    expect(section(page, 'materials-heading')).toContain('href="/es/briefs/informe-publico/"');
  });

  it('lists under "Discussed at" the published events that discussed a brief or finding, once per gathering', () => {
    const brief = section(readPage(build.outDir, '/briefs/public-brief/'), 'discussed-at-heading');
    expect(brief).toContain('Discussed at');
    expect(brief).toContain('href="/events/spring-forum/"');
    expect(brief).not.toContain('foro-primavera');
    const finding = section(readPage(build.outDir, '/findings/public-finding/'), 'discussed-at-heading');
    expect(finding).toContain('href="/events/family-night/"');
    const spanish = section(readPage(build.outDir, '/es/briefs/informe-publico/'), 'discussed-at-heading');
    expect(spanish).toContain('Se habló de esto en');
    expect(spanish).toContain('href="/es/events/foro-primavera/"');
    expect(readPage(build.outDir, '/briefs/released-brief/')).not.toContain('discussed-at-heading');
  });

  it('lists past events with their materials, and every event\'s day in its own zone', () => {
    const page = readPage(build.outDir, '/events/');
    const past = section(page, 'past-heading');
    expect(past).toContain('href="/events/spring-forum/"');
    expect(past).toContain('<a href="/briefs/public-brief/">The brief</a>');
    expect(past).not.toContain('draft-brief');
    expect(page).toContain('<a href="/events.ics" type="text/calendar">');
    const upcoming = section(page, 'upcoming-heading');
    expect(upcoming).toContain('<time datetime="2026-11-12">November 12, 2026</time>');
  });

  it('opens the community page with the partnership, the next events and short findings, before the full list', () => {
    const page = readPage(build.outDir, '/audiences/community/');
    expect(section(page, 'partnership-heading')).toContain('An alliance that exists only in tests.');
    const next = section(page, 'next-events-heading');
    expect(next).toContain('href="/events/family-night/"');
    expect(next).toMatch(/Thursday, November 12, 2026.*7:00.*8:30.*PM CST/s);
    expect(next).toContain('Interpretation: Spanish, Somali');
    expect(next).not.toContain('spring-forum');
    const findings = section(page, 'short-findings-heading');
    expect(findings).toContain('Tutoring raised reading scores');
    expect(page.indexOf('next-events-heading')).toBeLessThan(page.indexOf('entries-heading'));
  });

  it('gives each glossary term an anchor that the letter navigation reaches', () => {
    const page = readPage(build.outDir, '/glossary/');
    expect(page).toMatch(/<dt id="effect-size"/);
    expect(page).toContain('href="#letter-E"');
    expect(page).toMatch(/<h2 id="letter-E"/);
  });
});
