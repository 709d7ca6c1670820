/**
 * RSS feed items from entry cards. Feeds are read by machines far from the site (readers,
 * aggregators, other portals), so they carry only public entries, whatever the build mode: a
 * partner preview's pages may show an entry in review, its feed never does.
 */
import { DEFAULT_LANG, absoluteUrl, langPrefix } from './collections.ts';
import { newestFirst, type EntryCard } from './listing.ts';

/** The fields of an `@astrojs/rss` item the portal fills in. */
export interface FeedItem {
  title: string;
  /** Absolute, so a feed reader can open it. */
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
}

/**
 * Items in a feed: what is new, not the archive. Readers fetch a feed again every hour or so and
 * keep what they have seen; every entry would make the site's feed megabytes at 10,000 entries.
 * The whole archive is in /api/entries.json.
 */
export const FEED_LENGTH = 50;

/** The newest public cards as feed items, newest first; cards of pending entries are dropped. */
export function feedItems(cards: readonly EntryCard[], site: URL | string, length = FEED_LENGTH): FeedItem[] {
  return newestFirst(cards.filter(isPublicCard)).slice(0, length).map((card) => ({
    title: card.title,
    link: absoluteUrl(card.url, site),
    description: card.summary,
    pubDate: card.date,
    categories: [card.type, ...card.problems],
  }));
}

/** A card from a public entry: one with no pending state (draft, review, embargoed). */
export function isPublicCard(card: EntryCard): boolean {
  return card.pending === undefined;
}

/**
 * `/rss.xml`, `/es/rss.xml`: the site's feed for readers of a language. The default language's
 * carries every entry in every language; another's carries each entry once, in that language
 * where it has been translated (content/README.md, section 5).
 */
export function siteFeedUrl(lang: string = DEFAULT_LANG): string {
  return `${langPrefix(lang)}/rss.xml`;
}

/** `/problems/<id>/rss.xml`, `/es/problems/<id>/rss.xml`: each problem of practice has its own feed. */
export function problemFeedUrl(problemId: string, lang: string = DEFAULT_LANG): string {
  return `${langPrefix(lang)}/problems/${problemId}/rss.xml`;
}

/** The channel's `<language>`, which RSS readers use to show and sort a feed. */
export function feedLanguageElement(lang: string): string {
  return `<language>${lang}</language>`;
}
