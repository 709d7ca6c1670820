/**
 * The collections of the content model (content/README.md, sections 1, 7 and 8) and the URLs built
 * from them (section 5). Everything that needs a collection name or an entry URL asks this file, so a folder or
 * URL change is one edit.
 *
 * Two roles, independent of the file format:
 * - entries take the shared fields (title, summary, audiences, problems, alliance, status, lang...),
 *   follow the publishing states, and get a page, a card, a search record, feed items and an
 *   open-data record; most are MDX, but aims, clusters and measures are YAML;
 * - taxonomies are the things entries point to (audiences, problems, alliances, people, glossary
 *   terms), always YAML, always public, with one page each in every interface language.
 */

/** Collections whose files are entries (the shared fields and publishing states). */
export const ENTRY_COLLECTIONS = [
  'briefs',
  'findings',
  'challenges',
  'events',
  'aims',
  'change-ideas',
  'cycles',
  'clusters',
  'measures',
] as const;
/** Collections of the things entries point to. */
export const TAXONOMY_COLLECTIONS = ['audiences', 'problems', 'alliances', 'people', 'glossary'] as const;
export const ALL_COLLECTIONS = [...ENTRY_COLLECTIONS, ...TAXONOMY_COLLECTIONS] as const;

export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];
export type TaxonomyCollection = (typeof TAXONOMY_COLLECTIONS)[number];
export type CollectionName = (typeof ALL_COLLECTIONS)[number];

/** The file format of each collection: prose-bearing entries are MDX, pure data is YAML. */
export const COLLECTION_EXTENSION = {
  briefs: '.mdx',
  findings: '.mdx',
  challenges: '.mdx',
  events: '.mdx',
  aims: '.yaml',
  'change-ideas': '.mdx',
  cycles: '.mdx',
  clusters: '.yaml',
  measures: '.yaml',
  audiences: '.yaml',
  problems: '.yaml',
  alliances: '.yaml',
  people: '.yaml',
  glossary: '.yaml',
} as const satisfies Record<CollectionName, '.mdx' | '.yaml'>;

/** Entry collections written in MDX: their entries have a body to render. */
export type MdxCollection = {
  [C in CollectionName]: (typeof COLLECTION_EXTENSION)[C] extends '.mdx' ? C : never;
}[CollectionName];

/**
 * Files beside an entry of the same id that are not entries themselves, so no schema reads them:
 * a measure's data, `content/measures/<id>.csv`, which the measures rules check
 * (src/check/measure-data.ts; content/README.md, section 8).
 */
export const COMPANION_EXTENSIONS: Partial<Record<CollectionName, readonly string[]>> = {
  measures: ['.csv'],
};

/** The singular type name used in search filters, feeds and the JSON API (`type: brief`). */
export const ENTRY_TYPE = {
  briefs: 'brief',
  findings: 'finding',
  challenges: 'challenge',
  events: 'event',
  aims: 'aim',
  'change-ideas': 'change-idea',
  cycles: 'cycle',
  clusters: 'cluster',
  measures: 'measure',
} as const satisfies Record<EntryCollection, string>;
export type EntryType = (typeof ENTRY_TYPE)[EntryCollection];

/**
 * Entry collections whose entries have their own pages, and so cards, search records, feed items
 * and open-data records (each of those links to the page). Every entry collection has pages now;
 * the name stays, so a kind of entry can exist before its pages do (measure names were plain
 * text until their pages came, through measureUrl): list such a kind here instead of all of them.
 */
export const PAGE_COLLECTIONS = ENTRY_COLLECTIONS satisfies readonly EntryCollection[];
export type PageCollection = (typeof PAGE_COLLECTIONS)[number];

/** The collections of improvement work (content/README.md, sections 7 and 8), under /improvement/ in the menu. */
export const IMPROVEMENT_COLLECTIONS = ['aims', 'change-ideas', 'cycles', 'clusters', 'measures'] as const satisfies readonly EntryCollection[];

export function isImprovementCollection(name: string): name is (typeof IMPROVEMENT_COLLECTIONS)[number] {
  return (IMPROVEMENT_COLLECTIONS as readonly string[]).includes(name);
}

export function isEntryCollection(name: string): name is EntryCollection {
  return (ENTRY_COLLECTIONS as readonly string[]).includes(name);
}

export function isCollectionName(name: string): name is CollectionName {
  return (ALL_COLLECTIONS as readonly string[]).includes(name);
}

export function hasPages(name: EntryCollection): name is PageCollection {
  return (PAGE_COLLECTIONS as readonly string[]).includes(name);
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
 * A measure's page, `/measures/<id>/`, as long as measures have pages (PAGE_COLLECTIONS); else
 * undefined, and pages show the measure's name without a link.
 */
export function measureUrl(id: string, lang: string = DEFAULT_LANG): string | undefined {
  return hasPages('measures') ? entryUrl('measures', id, lang) : undefined;
}

/**
 * `/problems/<id>/`, `/es/people/<id>/`...: a taxonomy entry's page in an interface language; the
 * glossary is one page with an anchor per term.
 */
export function taxonomyUrl(collection: TaxonomyCollection, id: string, lang: string = DEFAULT_LANG): string {
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
