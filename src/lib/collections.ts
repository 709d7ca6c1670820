/**
 * The collections of the content model (content/README.md, section 1) and the URLs built from
 * them (section 5). Everything that needs a collection name or an entry URL asks this file, so a
 * folder or URL change is one edit.
 */

/** Prose-bearing collections: one MDX file per entry. */
export const ENTRY_COLLECTIONS = ['briefs', 'findings', 'challenges', 'events'] as const;
/** Pure data collections: one YAML file per entry. */
export const DATA_COLLECTIONS = ['audiences', 'problems', 'alliances', 'people', 'glossary'] as const;
export const ALL_COLLECTIONS = [...ENTRY_COLLECTIONS, ...DATA_COLLECTIONS] as const;

export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];
export type DataCollection = (typeof DATA_COLLECTIONS)[number];
export type CollectionName = (typeof ALL_COLLECTIONS)[number];

/** The singular type name used in search filters and the JSON API (`type: brief`). */
export const ENTRY_TYPE = {
  briefs: 'brief',
  findings: 'finding',
  challenges: 'challenge',
  events: 'event',
} as const satisfies Record<EntryCollection, string>;
export type EntryType = (typeof ENTRY_TYPE)[EntryCollection];

export const COLLECTION_EXTENSION: Record<CollectionName, '.mdx' | '.yaml'> = Object.fromEntries(
  ALL_COLLECTIONS.map((name) => [name, isEntryCollection(name) ? '.mdx' : '.yaml']),
) as Record<CollectionName, '.mdx' | '.yaml'>;

export function isEntryCollection(name: string): name is EntryCollection {
  return (ENTRY_COLLECTIONS as readonly string[]).includes(name);
}

export function isCollectionName(name: string): name is CollectionName {
  return (ALL_COLLECTIONS as readonly string[]).includes(name);
}

/** The three challenges of partnership work; each has its own page at /challenges/<kind>/. */
export const CHALLENGE_KINDS = ['legitimacy', 'alignment', 'learning'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** Audiences the home page offers a way in for; the collection must always hold them. */
export const REQUIRED_AUDIENCES = ['district-staff', 'researchers', 'community'] as const;

export const DEFAULT_LANG = 'en';

/** The longest title an entry may have: the schema and `npm run new` both hold to it. */
export const TITLE_MAX = 140;
/** The longest summary: it must fit a card and a search result. */
export const SUMMARY_MAX = 400;
/** The highest Flesch-Kincaid grade an English summary may read at before the check warns. */
export const MAX_SUMMARY_GRADE = 9;

/** `/briefs/<id>/` for English, `/<lang>/briefs/<id>/` for a translation. */
export function entryUrl(collection: EntryCollection, id: string, lang: string = DEFAULT_LANG): string {
  return `${langPrefix(lang)}/${collection}/${id}/`;
}

/**
 * `/problems/<id>/`, `/es/people/<id>/`...: a YAML entry's page in an interface language; the
 * glossary is one page with an anchor per term.
 */
export function dataUrl(collection: DataCollection, id: string, lang: string = DEFAULT_LANG): string {
  return collection === 'glossary' ? glossaryUrl(id, lang) : `${langPrefix(lang)}/${collection}/${id}/`;
}

/** A term on its language's glossary page: `/glossary/#effect-size`, `/es/glossary/#tamano-del-efecto`. */
export function glossaryUrl(id: string, lang: string = DEFAULT_LANG): string {
  return `${langPrefix(lang)}/glossary/#${id}`;
}

export function langPrefix(lang: string): string {
  return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

/** The `[...lang]` route parameter: nothing for the default language, the tag otherwise. */
export function langParam(lang: string): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** A site path as a full address, for feeds, citations and open data read away from the site. */
export function absoluteUrl(sitePath: string, site: URL | string): string {
  return new URL(sitePath, site).href;
}
