import type { EntryType, PageCollection } from './collections.ts';
import type { Status } from './publishing.ts';
import type { TierValue } from './evidence/types.ts';

/** What a listing, a card, the JSON API and the search index need to know about an entry. */
export interface EntryCard {
  collection: PageCollection;
  type: EntryType;
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Publication date, or an event's start. */
  date: Date;
  /** An event's IANA zone, so its card shows the day attendees live it; undefined means UTC. */
  timeZone?: string | undefined;
  lang: string;
  audiences: readonly string[];
  problems: readonly string[];
  alliance: string;
  /** The computed evidence tier, for briefs and findings that carry an evidence block. */
  tier?: TierValue | undefined;
  /** Set only where a non-public entry is shown (dev server, partner preview). */
  pending?: Exclude<Status, 'published'> | undefined;
}

export function newestFirst<T extends { date: Date }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/**
 * Events split for a listing: upcoming soonest first (what can I still attend?), then past
 * most recent first (what did I miss?). An event is upcoming until it ends.
 */
export function splitUpcoming<T extends { start: Date; end: Date }>(
  events: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((event) => event.end >= now).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = events.filter((event) => event.end < now).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

/** Items tagged with a value, for pages such as /problems/<id>/: one pass, not one per page. */
export function indexBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key) ?? [];
      list.push(item);
      index.set(key, list);
    }
  }
  return index;
}

/** YAML collections sort by their `order` field, then by label. */
export function byOrderThenLabel<T extends { order?: number; label: string }>(a: T, b: T): number {
  return (a.order ?? 0) - (b.order ?? 0) || a.label.localeCompare(b.label);
}
