/**
 * What event pages, event lists, "Discussed at" sections and calendar files need, read through
 * entries.ts so the publishing rules hold: an unpublished event is in no list or calendar, and a
 * material that points at an unpublished brief is dropped.
 */
import { DEFAULT_LANG, entryUrl } from '../lib/collections.ts';
import { buildCalendar, type CalendarEvent, type CalendarWords } from '../lib/calendar.ts';
import {
  indexByDiscussed,
  materialLinks,
  materialRefs,
  oneVersionPerGathering,
  refKey,
  gatheringId,
  type EntryRef,
  type MaterialLink,
} from '../lib/events.ts';
import { newestFirst, splitUpcoming, type EntryCard } from '../lib/listing.ts';
import { uiStrings } from '../i18n/index.ts';
import { requireSite } from './site.ts';
import { buildNow, entriesInLang, once, resolveRefs, toCard, visibleEntries, type EntryOf, type PageEntry } from './entries.ts';
import { cardsMarkup, cardWithExtra } from './cards.ts';
import { cardListHtml, materialsHtml } from '../lib/card-html.ts';

export type EventEntry = EntryOf<'events'>;

export interface EventListItem {
  card: EntryCard;
  materials: MaterialLink[];
}

/** An event's materials as links, in authored order, without those this build may not show. */
export async function eventMaterialLinks(event: EventEntry): Promise<MaterialLink[]> {
  const cards = await resolveRefs(materialRefs(event.data.materials));
  const urls = new Map(cards.map((card) => [refKey(card), card.url]));
  return materialLinks(event.data.materials, (ref: EntryRef) => urls.get(refKey(ref)));
}

/** Events in one language split for `/events/`: upcoming soonest first, then past with materials. */
export function eventListing(lang = DEFAULT_LANG): Promise<{ upcoming: EntryCard[]; past: EventListItem[] }> {
  return once(`eventListing:${lang}`, async () => {
    const { upcoming, past } = splitUpcoming(withTimes(await entriesInLang('events', lang)), buildNow);
    // Only a past event's card lists its materials (slides, the findings discussed).
    const pastItem = async ({ event }: { event: EventEntry }) => ({ card: toCard(event), materials: await eventMaterialLinks(event) });
    return { upcoming: upcoming.map(({ event }) => toCard(event)), past: await Promise.all(past.map(pastItem)) };
  });
}

/** One item of `/events/`, in the order its pages show them: every upcoming event, then every past one. */
export interface EventPageItem extends EventListItem {
  past: boolean;
}

export async function eventPageItems(lang = DEFAULT_LANG): Promise<EventPageItem[]> {
  const { upcoming, past } = await eventListing(lang);
  return [...upcoming.map((card) => ({ card, materials: [], past: false })), ...past.map((item) => ({ ...item, past: true }))];
}

/** Event cards as `/events/` lists them: a past event's card ends with its materials. */
export async function eventItemsMarkup(items: readonly EventPageItem[]): Promise<string> {
  const cards = await Promise.all(
    items.map(async (item) => {
      if (!item.past || item.materials.length === 0) return (await cardsMarkup([item.card], 3))[0]!;
      return cardWithExtra(item.card, 3, materialsHtml(uiStrings(item.card.lang).event.materials, item.materials));
    }),
  );
  return cardListHtml(cards);
}

/** Events in one language that have not ended yet, soonest first: the home page's "Coming up". */
export async function upcomingEvents(lang = DEFAULT_LANG): Promise<EventEntry[]> {
  return splitUpcoming(withTimes(await entriesInLang('events', lang)), buildNow).upcoming.map((item) => item.event);
}

/** Upcoming events for one audience: a community page's "Next events". */
export async function upcomingEventsFor(audience: string, lang = DEFAULT_LANG): Promise<EventEntry[]> {
  return (await upcomingEvents(lang)).filter((event) => event.data.audiences.includes(audience));
}

function withTimes(events: readonly EventEntry[]) {
  return events.map((event) => ({ event, start: event.data.start, end: event.data.end }));
}

let discussedIndex: Promise<Map<string, EventEntry[]>> | undefined;

/**
 * The visible events whose materials reference this brief or finding, one version of each
 * gathering (the one in the entry's language where there is one), newest first.
 */
export async function eventsDiscussing(entry: PageEntry): Promise<EntryCard[]> {
  discussedIndex ??= visibleEntries('events').then((events) => indexByDiscussed(events, (event) => event.data.materials));
  const events = (await discussedIndex).get(refKey({ collection: entry.collection, id: entry.id })) ?? [];
  return newestFirst(preferLanguage(events, entry.data.lang).map(toCard));
}

function preferLanguage(events: readonly EventEntry[], lang: string): EventEntry[] {
  const versions = events.map((event) => ({ id: event.id, lang: event.data.lang, translationOf: event.data.translationOf, event }));
  return oneVersionPerGathering(versions, lang).map((version) => version.event);
}

/** The facts a calendar file holds about one event. */
export function toCalendarEvent(event: EventEntry): CalendarEvent {
  const { data } = event;
  return {
    gatheringId: gatheringId({ id: event.id, lang: data.lang, translationOf: data.translationOf }),
    path: entryUrl('events', event.id, data.lang),
    lang: data.lang,
    title: data.title,
    summary: data.summary,
    start: data.start,
    end: data.end,
    timeZone: data.timezone,
    format: data.format,
    venue: data.venue,
    onlineUrl: data.onlineUrl,
    registration: data.registration,
    languages: data.languages,
    accessibility: data.accessibility,
  };
}

/**
 * Every visible event for `/events.ics`, soonest first, each gathering once in its original
 * language: a subscriber should not see the same evening twice because it was translated.
 */
export async function calendarFeedEvents(): Promise<CalendarEvent[]> {
  const events = preferLanguage(await visibleEntries('events'), DEFAULT_LANG);
  return events.sort((a, b) => a.data.start.getTime() - b.data.start.getTime()).map(toCalendarEvent);
}

function calendarWords(lang: string): CalendarWords {
  const { event } = uiStrings(lang);
  return {
    when: event.when,
    interpretation: event.interpretation,
    accessibility: event.accessibility,
    joinOnline: event.joinOnline,
    register: event.register,
    details: event.details,
    online: event.online,
  };
}

/** A `text/calendar` response holding these events, stamped with the build clock. */
export function calendarResponse(events: readonly CalendarEvent[], site: URL | undefined): Response {
  const { siteName, lists } = uiStrings(DEFAULT_LANG);
  const body = buildCalendar(events, {
    site: requireSite(site),
    now: buildNow,
    name: `${siteName}: ${lists.events.title}`,
    wordsFor: calendarWords,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
