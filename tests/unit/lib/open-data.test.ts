import { describe, expect, it } from 'vitest';
import type { EntryCard } from '../../../src/lib/listing.ts';
import { openDataDocument, openDataRecord } from '../../../src/lib/open-data.ts';

const SITE = 'https://portal.example.org';
const GENERATED = new Date('2026-06-01T00:00:00Z');

function card(overrides: Partial<EntryCard>): EntryCard {
  return {
    collection: 'findings',
    type: 'finding',
    id: 'tutoring-works',
    url: '/findings/tutoring-works/',
    title: 'Tutoring raised reading scores',
    summary: 'Students who got tutoring read better.',
    date: new Date('2026-03-01T00:00:00Z'),
    lang: 'en',
    audiences: ['district-staff'],
    problems: ['early-reading'],
    alliance: 'riverbend',
    tier: 1,
    ...overrides,
  };
}

describe('openDataRecord', () => {
  it('has exactly the documented fields, with an absolute URL and an ISO day', () => {
    expect(openDataRecord(card({}), SITE)).toEqual({
      id: 'tutoring-works',
      type: 'finding',
      lang: 'en',
      title: 'Tutoring raised reading scores',
      summary: 'Students who got tutoring read better.',
      url: 'https://portal.example.org/findings/tutoring-works/',
      audiences: ['district-staff'],
      problems: ['early-reading'],
      alliance: 'riverbend',
      date: '2026-03-01',
      tier: 1,
    });
  });

  it('gives null as the tier of an entry without evidence, and keeps "none" for weak evidence', () => {
    expect(openDataRecord(card({ type: 'challenge', tier: undefined }), SITE).tier).toBeNull();
    expect(openDataRecord(card({ tier: 'none' }), SITE).tier).toBe('none');
  });

  it("dates an evening event by its own zone's calendar, not UTC's", () => {
    const event = card({ type: 'event', collection: 'events', date: new Date('2026-11-30T00:00:00Z') });
    expect(openDataRecord({ ...event, timeZone: 'America/Chicago' }, SITE).date).toBe('2026-11-29');
  });
});

describe('openDataDocument', () => {
  const document = openDataDocument(
    [
      card({ id: 'older', date: new Date('2025-01-01T00:00:00Z') }),
      card({ id: 'in-review', pending: 'review' }),
      card({ id: 'newer', date: new Date('2026-05-01T00:00:00Z') }),
      card({ id: 'under-embargo', pending: 'embargoed' }),
    ],
    SITE,
    GENERATED,
  );

  it('lists public entries only, newest first, and counts them', () => {
    expect(document.entries.map((entry) => entry.id)).toEqual(['newer', 'older']);
    expect(document.count).toBe(2);
  });

  it('states the build clock it was generated at', () => {
    expect(document.generated).toBe('2026-06-01T00:00:00.000Z');
  });

  it('orders entries of the same day by type and id, so builds match', () => {
    const sameDay = openDataDocument(
      [card({ id: 'b' }), card({ id: 'a', type: 'brief' }), card({ id: 'a' })],
      SITE,
      GENERATED,
    );
    expect(sameDay.entries.map((entry) => `${entry.type}/${entry.id}`)).toEqual(['brief/a', 'finding/a', 'finding/b']);
  });
});
