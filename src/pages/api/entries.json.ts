/** `/api/entries.json`: every published entry's metadata (content/README.md, section 5). */
import type { APIRoute } from 'astro';
import { buildNow } from '../../data/entries.ts';
import { everyCard } from '../../data/published.ts';
import { requireSite } from '../../data/site.ts';
import { openDataDocument } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(openDataDocument(await everyCard(), requireSite(site), buildNow), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
