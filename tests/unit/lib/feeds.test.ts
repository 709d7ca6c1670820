import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, feedItems, feedLanguageElement, isPublicCard, problemFeedUrl, siteFeedUrl } from '../../../src/lib/feeds.ts';
import type { EntryCard } from '../../../src/lib/listing.ts';

const SITE = 'https://portal.example.org';

function card(overrides: Partial<EntryCard>): EntryCard {
  return {
    collection: 'briefs',
    type: 'brief',
    id: 'a-brief',
    url: '/briefs/a-brief/',
    title: 'A brief',
    summary: 'What we found.',
    date: new Date('2026-03-01T00:00:00Z'),
    lang: 'en',
    audiences: ['district-staff'],
    problems: ['attendance'],
    alliance: 'riverbend',
    ...overrides,
  };
}

describe('feedItems', () => {
  it('gives title, absolute link, summary as description, and the date', () => {
    expect(feedItems([card({})], SITE)).toEqual([
      {
        title: 'A brief',
        link: 'https://portal.example.org/briefs/a-brief/',
        description: 'What we found.',
        pubDate: new Date('2026-03-01T00:00:00Z'),
        categories: ['brief', 'attendance'],
      },
    ]);
  });

  it('carries only the newest entries, however many there are', () => {
    const days = Array.from({ length: FEED_LENGTH + 10 }, (_, index) => new Date(Date.UTC(2026, 0, 1 + index)));
    const items = feedItems(days.map((date, index) => card({ id: `brief-${index}`, url: `/briefs/brief-${index}/`, date })), SITE);
    expect(items).toHaveLength(FEED_LENGTH);
    expect(items[0]?.pubDate).toEqual(days.at(-1));
    expect(items.at(-1)?.pubDate).toEqual(days[10]);
  });

  it('lists the newest first, translations included', () => {
    const items = feedItems(
      [
        card({ id: 'old', date: new Date('2025-01-01T00:00:00Z') }),
        card({ id: 'es', url: '/es/briefs/es/', lang: 'es', date: new Date('2026-05-01T00:00:00Z') }),
        card({ id: 'mid', url: '/briefs/mid/', date: new Date('2026-01-01T00:00:00Z') }),
      ],
      SITE,
    );
    expect(items.map((item) => item.link)).toEqual([
      'https://portal.example.org/es/briefs/es/',
      'https://portal.example.org/briefs/mid/',
      'https://portal.example.org/briefs/a-brief/',
    ]);
  });

  it.each(['draft', 'review', 'embargoed'] as const)(
    'never carries a %s entry, even where the build shows it',
    (pending) => {
      expect(
        feedItems([card({ id: 'hidden', url: '/briefs/hidden/', pending }), card({})], SITE).map((item) => item.link),
      ).toEqual(['https://portal.example.org/briefs/a-brief/']);
      expect(isPublicCard(card({ pending }))).toBe(false);
    },
  );
});

describe('problemFeedUrl', () => {
  it('sits under the problem page', () => {
    expect(problemFeedUrl('chronic-absenteeism')).toBe('/problems/chronic-absenteeism/rss.xml');
  });

  it("sits under the problem's page in the reader's language", () => {
    expect(problemFeedUrl('chronic-absenteeism', 'en')).toBe('/problems/chronic-absenteeism/rss.xml');
    expect(problemFeedUrl('chronic-absenteeism', 'es')).toBe('/es/problems/chronic-absenteeism/rss.xml');
  });
});

describe('siteFeedUrl', () => {
  it('is /rss.xml in the default language and under the language folder in another', () => {
    expect(siteFeedUrl()).toBe('/rss.xml');
    expect(siteFeedUrl('en')).toBe('/rss.xml');
    expect(siteFeedUrl('es')).toBe('/es/rss.xml');
  });
});

describe('feedLanguageElement', () => {
  it("names the channel's language for feed readers", () => {
    expect(feedLanguageElement('es')).toBe('<language>es</language>');
  });
});
