/**
 * `/problems/<id>/rss.xml`, `/es/problems/<id>/rss.xml`: the newest entries published on one
 * problem of practice, for readers of each interface language (as the site's feeds), titled in
 * that language where the problem's YAML has a translation.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { localizedTaxonomyPaths } from '../../../../data/entries.ts';
import { feedCardsOnProblem } from '../../../../data/published.ts';
import { requireSite } from '../../../../data/site.ts';
import { uiStrings } from '../../../../i18n/index.ts';
import { absoluteUrl, taxonomyUrl } from '../../../../lib/collections.ts';
import { feedItems, feedLanguageElement } from '../../../../lib/feeds.ts';
import { problemText } from '../../../../lib/translations.ts';

export const getStaticPaths = () => localizedTaxonomyPaths('problems');

export const GET: APIRoute<{ entry: CollectionEntry<'problems'>; lang: string }> = async ({ props: { entry, lang }, site }) => {
  const { title, question } = problemText(entry.data, lang);
  const base = requireSite(site);
  return rss({
    title: `${title} · ${uiStrings(lang).siteName}`,
    description: question,
    // The channel's link: the problem's page in the feed's language.
    site: absoluteUrl(taxonomyUrl('problems', entry.id, lang), base),
    items: feedItems(await feedCardsOnProblem(entry.id, lang), base),
    customData: feedLanguageElement(lang),
  });
};
