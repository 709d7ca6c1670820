/**
 * `/rss.xml`, `/es/rss.xml`: the newest published briefs, findings, challenge notes and events
 * for readers of each interface language (feedCards: the default language's feed carries every
 * language, another's each entry once, in that language where translated).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localizedPaths } from '../../data/entries.ts';
import { feedCards } from '../../data/published.ts';
import { requireSite } from '../../data/site.ts';
import { uiStrings } from '../../i18n/index.ts';
import { absoluteUrl, langPrefix } from '../../lib/collections.ts';
import { feedItems, feedLanguageElement } from '../../lib/feeds.ts';

export const getStaticPaths = localizedPaths;

export const GET: APIRoute<{ lang: string }> = async ({ props: { lang }, site }) => {
  const t = uiStrings(lang);
  const base = requireSite(site);
  return rss({
    title: t.siteName,
    description: t.siteTagline,
    // The channel's link: the home page in the feed's language.
    site: absoluteUrl(`${langPrefix(lang)}/`, base),
    items: feedItems(await feedCards(lang), base),
    customData: feedLanguageElement(lang),
  });
};
