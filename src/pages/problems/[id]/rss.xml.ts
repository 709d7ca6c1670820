/** `/problems/<id>/rss.xml`: the newest entries published on one problem of practice, in every language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { dataEntries } from '../../../data/entries.ts';
import { everyCardOnProblem } from '../../../data/published.ts';
import { requireSite } from '../../../data/site.ts';
import { uiStrings } from '../../../i18n/index.ts';
import { feedItems } from '../../../lib/feeds.ts';

export async function getStaticPaths() {
  return (await dataEntries('problems')).map((problem) => ({ params: { id: problem.id }, props: { problem } }));
}

export const GET: APIRoute<{ problem: CollectionEntry<'problems'> }> = async ({ props: { problem }, site }) => {
  const t = uiStrings('en');
  return rss({
    title: `${problem.data.title} · ${t.siteName}`,
    description: problem.data.question,
    site: requireSite(site),
    items: feedItems(await everyCardOnProblem(problem.id), requireSite(site)),
  });
};
