import { describe, expect, it } from 'vitest';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const event = {
  ...baseEntry,
  start: '2027-02-11T18:00:00-06:00',
  end: '2027-02-11T19:30:00-06:00',
  timezone: 'America/Chicago',
  format: 'hybrid',
  venue: { name: 'Eastside Library', address: '12 Elm St' },
  onlineUrl: 'https://example.org/forum',
  languages: ['es', 'ar'],
  presenters: ['sam-okafor'],
  materials: [
    { label: 'Slides', href: '/slides/forum.pdf' },
    { label: 'The brief', collection: 'briefs', id: 'summer-bridge' },
  ],
};

describe('events', () => {
  it('accepts a valid hybrid event', () => {
    expect(problemsOf(schemas.events, event)).toEqual([]);
  });
  it.each([
    ['an end before the start', { end: '2027-02-11T17:00:00-06:00' }, 'end: a time after start (2027-02-12T00:00:00.000Z)'],
    ['an end equal to the start', { end: '2027-02-11T18:00:00-06:00' }, 'end: a time after start (2027-02-12T00:00:00.000Z)'],
    ['a start without offset', { start: '2027-02-11T18:00:00' }, 'start: a date-time with its offset, such as 2027-02-11T18:00:00-06:00'],
    ['a time zone abbreviation', { timezone: 'CST' }, 'timezone: an IANA time zone such as America/Chicago'],
    ['an in-person event with no venue', { format: 'in-person', venue: undefined }, 'venue: a venue {name, address}, because format is in-person'],
    ['an online event with no link', { format: 'online', venue: undefined, onlineUrl: undefined }, 'onlineUrl: an online link, because format is online'],
    ['an unknown presenter', { presenters: ['nobody'] }, 'presenters.0: an id from people'],
    ['a bad interpretation language', { languages: ['Arabic'] }, 'languages.0: a BCP 47 language tag such as en or es'],
    ['a registration link that is not a URL', { registration: 'call the office' }, 'registration: a full web address starting with https://'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.events, { ...event, ...change })).toContain(expected);
  });
  it('rejects a material pointing at a missing brief', () => {
    const materials = [{ label: 'Gone', collection: 'briefs', id: 'missing' }];
    expect(problemsOf(schemas.events, { ...event, materials })).not.toEqual([]);
  });
  it('accepts an online event without a venue, and an in-person event without a link', () => {
    expect(problemsOf(schemas.events, { ...event, format: 'online', venue: undefined })).toEqual([]);
    expect(problemsOf(schemas.events, { ...event, format: 'in-person', onlineUrl: undefined })).toEqual([]);
  });
});
