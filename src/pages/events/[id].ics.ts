/**
 * `/events/<id>.ics`: one event as an iCalendar file, for every event this build may show
 * (translations too, in their own language). The event page's "Add to calendar" links here.
 */
import type { APIRoute } from 'astro';
import { visibleEntries } from '../../data/entries.ts';
import { calendarResponse, toCalendarEvent, type EventEntry } from '../../data/events.ts';

export async function getStaticPaths() {
  return (await visibleEntries('events')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props, site }) => calendarResponse([toCalendarEvent((props as { entry: EventEntry }).entry)], site);
