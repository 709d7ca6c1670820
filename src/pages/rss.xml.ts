/** `/rss.xml`: the newest published briefs, findings, challenge notes and events, in every language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { everyCard } from '../data/published.ts';
import { requireSite } from '../data/site.ts';
import { uiStrings } from '../i18n/index.ts';
import { feedItems } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = uiStrings('en');
  return rss({
    title: t.siteName,
    description: t.siteTagline,
    site: requireSite(site),
    items: feedItems(await everyCard(), requireSite(site)),
  });
};
