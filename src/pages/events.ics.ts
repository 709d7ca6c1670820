/** `/events.ics`: every event this build may show, one per gathering, to import or subscribe to. */
import type { APIRoute } from 'astro';
import { calendarFeedEvents, calendarResponse } from '../data/events.ts';

export const GET: APIRoute = async ({ site }) => calendarResponse(await calendarFeedEvents(), site);
