/**
 * `/api/entries.json`: every published entry's metadata, for other sites to aggregate
 * (content/README.md, section 5, "Open data"). Like feeds, it lists public entries only,
 * whatever the build mode.
 */
import { absoluteUrl, type EntryType } from './collections.ts';
import { isoDayInZone } from './dates.ts';
import type { TierValue } from './evidence/types.ts';
import { isPublicCard } from './feeds.ts';
import type { EntryCard } from './listing.ts';

export interface OpenDataRecord {
  id: string;
  type: EntryType;
  lang: string;
  title: string;
  summary: string;
  url: string;
  audiences: string[];
  problems: string[];
  alliance: string;
  /** Publication day, or an event's day in its own time zone: `2026-03-14`. */
  date: string;
  /** The computed evidence tier of a brief or finding with evidence, otherwise null. */
  tier: TierValue | null;
}

export interface OpenDataDocument {
  /** The build's clock, as an ISO date-time. */
  generated: string;
  count: number;
  entries: OpenDataRecord[];
}

/** One entry's record; an event's date is its day in the event's own zone. */
export function openDataRecord(card: EntryCard, site: URL | string): OpenDataRecord {
  return {
    id: card.id,
    type: card.type,
    lang: card.lang,
    title: card.title,
    summary: card.summary,
    url: absoluteUrl(card.url, site),
    audiences: [...card.audiences],
    problems: [...card.problems],
    alliance: card.alliance,
    date: isoDayInZone(card.date, card.timeZone ?? 'UTC'),
    tier: card.tier ?? null,
  };
}

/** Public entries, newest first (ties by type and id, so the file is the same build to build). */
export function openDataDocument(
  cards: readonly EntryCard[],
  site: URL | string,
  generated: Date,
): OpenDataDocument {
  const entries = cards
    .filter(isPublicCard)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.type.localeCompare(b.type) || a.id.localeCompare(b.id))
    .map((card) => openDataRecord(card, site));
  return { generated: generated.toISOString(), count: entries.length, entries };
}
