/**
 * `getStaticPaths` for lists in numbered pages (src/lib/pagination.ts): a list in every interface
 * language, or one per taxonomy entry and language. The items come from the memoized readers
 * of entries.ts, so a list is read and sorted once, however many pages it has.
 */
import type { CollectionEntry } from 'astro:content';
import { SITE_LANGS } from '../i18n/index.ts';
import { langParam, langPrefix, taxonomyUrl, type TaxonomyCollection } from '../lib/collections.ts';
import { pagedPaths, type ListPage, type Paginate } from '../lib/pagination.ts';
import { taxonomyEntries } from './entries.ts';

/**
 * The pages of the list at `path` (`/briefs/`) in every interface language; `more` adds the
 * route's other parameters, also given to the page as props (`{ kind: 'legitimacy' }`), and
 * `pageSize` changes the number of items a page holds for lists of heavier items.
 */
export async function localizedListPaths<T, M extends Record<string, string> = Record<never, string>>(
  paginate: Paginate,
  path: string,
  itemsFor: (lang: string) => Promise<readonly T[]>,
  { more, pageSize }: { more?: M; pageSize?: number } = {},
) {
  const perLang = await Promise.all(
    SITE_LANGS.map(async (lang) =>
      pagedPaths(paginate, await itemsFor(lang), {
        base: `${langPrefix(lang)}${path}`,
        params: { ...(more as M), lang: langParam(lang) },
        props: { ...(more as M), lang },
        ...(pageSize ? { pageSize } : {}),
      }),
    ),
  );
  return perLang.flat();
}

/**
 * The pages of each taxonomy entry's list (`/problems/<id>/`), in every interface language, or of
 * a list under it (`subpath` `evidence/`: `/problems/<id>/evidence/`).
 */
export async function taxonomyListPaths<C extends Exclude<TaxonomyCollection, 'glossary'>, T>(
  paginate: Paginate,
  collection: C,
  itemsFor: (entry: CollectionEntry<C>, lang: string) => Promise<readonly T[]>,
  subpath = '',
) {
  const entries = await taxonomyEntries(collection);
  const perPage = await Promise.all(
    SITE_LANGS.flatMap((lang) =>
      entries.map(async (entry) =>
        pagedPaths(paginate, await itemsFor(entry, lang), {
          base: `${taxonomyUrl(collection, entry.id, lang)}${subpath}`,
          params: { lang: langParam(lang), id: entry.id },
          props: { entry, lang },
        }),
      ),
    ),
  );
  return perPage.flat();
}

/**
 * A list page's language alternates: the first page is the list, which exists in every language;
 * later pages hold different entries in each, so they have none.
 */
export function listAlternates(page: ListPage<unknown>, path: string): { lang: string; href: string }[] {
  return page.number === 1 ? SITE_LANGS.map((lang) => ({ lang, href: `${langPrefix(lang)}${path}` })) : [];
}
