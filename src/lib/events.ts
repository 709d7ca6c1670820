/**
 * Events and what they discussed: an event's `materials` are links (slides, recordings) or
 * references to the briefs and findings on the table. These pure helpers turn materials into
 * links and index events by what they discussed, so a brief can say where it was discussed.
 */
import type { PageCollection } from './collections.ts';
import { languageName } from './dates.ts';
import { indexBy } from './listing.ts';

/** Every event's calendar file (content/README.md, section 5). */
export const ALL_EVENTS_CALENDAR_PATH = '/events.ics';

/** `/events/<id>.ics`: one event's calendar file, for translations too (ids are unique). */
export function eventCalendarPath(id: string): string {
  return `/events/${id}.ics`;
}

/** Interpretation offered, by name in the reader's language: "Spanish, Arabic", "español, árabe". */
export function interpretationNames(tags: readonly string[], inLang: string): string {
  return tags.map((tag) => languageName(tag, inLang)).join(', ');
}

export interface EntryRef {
  collection: PageCollection;
  id: string;
}

/** `{label, href}` or `{label, collection, id}` (content/README.md, section 2, events). */
export type Material = { label: string; href: string } | ({ label: string } & EntryRef);

export interface MaterialLink {
  label: string;
  href: string;
}

/** `briefs/public-brief`: one key per entry across collections. */
export function refKey(ref: EntryRef): string {
  return `${ref.collection}/${ref.id}`;
}

/** The entries a list of materials points at. */
export function materialRefs(materials: readonly Material[]): EntryRef[] {
  return materials.flatMap((item) => ('collection' in item ? [{ collection: item.collection, id: item.id }] : []));
}

/**
 * Materials as links, in their authored order. `urlOf` answers undefined for an entry this
 * build may not show; that material is dropped rather than linked to a page that does not exist.
 */
export function materialLinks(materials: readonly Material[], urlOf: (ref: EntryRef) => string | undefined): MaterialLink[] {
  return materials.flatMap((item) => {
    const href = 'href' in item ? item.href : urlOf(item);
    return href === undefined ? [] : [{ label: item.label, href }];
  });
}

/** Events by the entries their materials reference (`refKey`), for "Discussed at". */
export function indexByDiscussed<T>(events: readonly T[], materialsOf: (event: T) => readonly Material[]): Map<string, T[]> {
  return indexBy(events, (event) => materialRefs(materialsOf(event)).map(refKey));
}

export interface LanguageVersion {
  id: string;
  lang: string;
  translationOf?: string | undefined;
}

/** An event and its translations are one gathering; this names it by the original's id. */
export function gatheringId(event: LanguageVersion): string {
  return event.translationOf ?? event.id;
}

/**
 * One version of each gathering, so a list or a calendar does not show the same evening twice:
 * the version in `lang` where there is one, else the original, else the first translation.
 * Keeps the order in which gatherings first appear.
 */
export function oneVersionPerGathering<T extends LanguageVersion>(events: readonly T[], lang: string): T[] {
  const chosen = new Map<string, T>();
  for (const event of events) {
    const key = gatheringId(event);
    const current = chosen.get(key);
    if (current === undefined || rank(event, lang) < rank(current, lang)) chosen.set(key, event);
  }
  return [...chosen.values()];
}

function rank(event: LanguageVersion, lang: string): number {
  if (event.lang === lang) return 0;
  return event.translationOf === undefined ? 1 : 2;
}
