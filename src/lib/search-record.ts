/**
 * What the search index knows about one entry (content/README.md, section 6): filters (values
 * are ids), meta shown on result cards, and the sort key. Built here, rendered as
 * data-pagefind-* elements by SearchRecord.astro, so the index and its tests share one definition.
 */
import type { EntryCard } from './listing.ts';
import { isoDayInZone } from './dates.ts';

/** Filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'audience', 'problem', 'alliance', 'tier', 'challenge', 'year', 'lang'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchRecord {
  filters: Record<SearchFilter, string[]>;
  meta: { title: string; summary: string; type: string; date: string };
  sort: { date: string };
}

/**
 * An entry's record. The tier filter is the card's computed tier, `none` for entries without
 * evidence; `challenge` is a challenge note's kind (legitimacy, alignment or learning). An
 * event's day and year are those of its own zone, as on its page and card (an evening meeting in
 * Chicago on December 31 is already next year in UTC).
 */
export function searchRecordOf(card: EntryCard, challenge?: string): SearchRecord {
  const day = recordDay(card);
  return {
    filters: {
      type: [card.type],
      audience: [...card.audiences],
      problem: [...card.problems],
      alliance: [card.alliance],
      tier: [String(card.tier ?? 'none')],
      challenge: challenge ? [challenge] : [],
      year: [searchYearOf(card)],
      lang: [card.lang],
    },
    meta: { title: card.title, summary: card.summary, type: card.type, date: day },
    sort: { date: day },
  };
}

/** `2026-12-31`: the entry's day where it happens (its event zone, else the date as written). */
function recordDay(card: Pick<EntryCard, 'date' | 'timeZone'>): string {
  return isoDayInZone(card.date, card.timeZone ?? 'UTC');
}

/** The year facet's value for an entry; the search page lists the values its entries have. */
export function searchYearOf(card: Pick<EntryCard, 'date' | 'timeZone'>): string {
  return recordDay(card).slice(0, 4);
}

/**
 * The built files that can be records: entry pages, in any language (`briefs/<id>/index.html`,
 * `es/briefs/<id>/index.html`), as a Pagefind glob. Only they carry data-pagefind-body; listing
 * pages never become records (content/README.md, section 6), so Pagefind need not read them: the
 * index is the same, built in less time.
 */
export function entryPagesGlob(collections: readonly string[]): string {
  return `**/{${collections.join(',')}}/*/index.html`;
}
