/**
 * The only place pages read collections. Every list, page, count and link goes through here, so
 * the publishing rules (content/README.md, section 4) are applied once and nothing unpublished
 * can leak through a page that forgot to filter.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  COLLECTION_EXTENSION,
  DEFAULT_LANG,
  ENTRY_TYPE,
  PAGE_COLLECTIONS,
  entryUrl,
  langParam,
  type ChallengeKind,
  type EntryCollection,
  type PageCollection,
  type TaxonomyCollection,
} from '../lib/collections.ts';
import { SITE_LANGS } from '../i18n/index.ts';
import { indexBy, newestFirst, type EntryCard } from '../lib/listing.ts';
import { isVisible, pendingState, resolveMode, resolveNow } from '../lib/publishing.ts';
import { listContentFiles, resolveContentDir } from '../lib/content-files.ts';
import { tierOf } from '../lib/evidence/tier.ts';
import { versionsForReader } from '../lib/translations.ts';
import type { Evidence, TierValue } from '../lib/evidence/types.ts';

export const buildMode = resolveMode(process.env);
export const buildNow = resolveNow(process.env);

export type AnyEntry = CollectionEntry<EntryCollection>;
export type EntryOf<C extends EntryCollection> = CollectionEntry<C>;
/** An entry with a page of its own (PAGE_COLLECTIONS). */
export type PageEntry = CollectionEntry<PageCollection>;

const memo = new Map<string, Promise<unknown>>();
/** Collections are read once per build, not once per page. */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

/**
 * The collections that hold at least one entry file. Astro warns about every empty collection a
 * page asks for, and a site need not use them all (a partnership without improvement work has no
 * aims), so empty ones are not asked for. Read once: the dev server learns of a first file in an
 * empty folder on restart.
 */
const filledCollections = new Set(
  listContentFiles(resolveContentDir(process.env))
    .filter((file) => file.extension === COLLECTION_EXTENSION[file.collection])
    .map((file) => file.collection),
);

/** Entries of one collection that this build may show, in every language. */
export function visibleEntries<C extends EntryCollection>(collection: C): Promise<EntryOf<C>[]> {
  return once(`visible:${collection}`, async () => {
    if (!filledCollections.has(collection)) return [];
    const all = (await getCollection(collection)) as EntryOf<C>[];
    return all.filter((entry) => isVisible(entry.data, buildMode, buildNow));
  });
}

/** Visible entries in one language: what that language's lists show. */
export function entriesInLang<C extends EntryCollection>(collection: C, lang = DEFAULT_LANG): Promise<EntryOf<C>[]> {
  return once(`inLang:${collection}:${lang}`, async () => (await visibleEntries(collection)).filter((entry) => entry.data.lang === lang));
}

/**
 * Visible entries for a reader of `lang`: each entry once, in `lang` where it has been translated,
 * else its default-language original (versionsForReader). What Spanish evidence tables and feeds list.
 */
export async function entriesForReader<C extends EntryCollection>(collection: C, lang: string): Promise<EntryOf<C>[]> {
  return versionsForReader(await visibleEntries(collection), lang);
}

/** The notes on one challenge (legitimacy, alignment or learning) in one language, newest first. */
export function challengeNotes(kind: ChallengeKind, lang: string): Promise<EntryCard[]> {
  return once(`challengeNotes:${kind}:${lang}`, async () =>
    newestFirst((await entriesInLang('challenges', lang)).filter((note) => note.data.challenge === kind).map(toCard)),
  );
}

/** A taxonomy collection, read once per build; read-only, since every page shares the one array. */
export function taxonomyEntries<C extends TaxonomyCollection>(collection: C): Promise<readonly CollectionEntry<C>[]> {
  return once(`data:${collection}`, () => getCollection(collection) as Promise<CollectionEntry<C>[]>);
}

/** Problems of practice as the districts ranked them (`order`), then by title. */
export async function problemsInOrder(): Promise<CollectionEntry<'problems'>[]> {
  return [...(await taxonomyEntries('problems'))].sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
}

/** A taxonomy entry by id, as a map for cheap lookups on every page. */
export function taxonomyById<C extends TaxonomyCollection>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  return once(`byId:${collection}`, async () => new Map((await taxonomyEntries(collection)).map((entry) => [entry.id, entry])));
}

/**
 * The date an entry is listed, sorted and fed by: an event's start, a cycle's start (its ramp's
 * order), otherwise the day it was published.
 */
export function entryDate(entry: AnyEntry): Date {
  if (entry.collection === 'events') return (entry as EntryOf<'events'>).data.start;
  if (entry.collection === 'cycles') return (entry as EntryOf<'cycles'>).data.started;
  return (entry.data as { published: Date }).published;
}

/** The study facts of a brief or finding, or undefined for entries that carry none. */
export function evidenceOf(entry: AnyEntry): Evidence | undefined {
  return 'evidence' in entry.data ? entry.data.evidence : undefined;
}

/** The computed tier of an entry with evidence (never the author's claim). */
function entryTier(entry: AnyEntry): TierValue | undefined {
  const evidence = evidenceOf(entry);
  return evidence ? tierOf(evidence) : undefined;
}

const cards = new WeakMap<PageEntry, EntryCard>();

/** An entry as a card; computed once per entry, since every list, index and link asks for it. */
export function toCard(entry: PageEntry): EntryCard {
  let card = cards.get(entry);
  if (!card) {
    card = buildCard(entry);
    cards.set(entry, card);
  }
  return card;
}

function buildCard(entry: PageEntry): EntryCard {
  const { data } = entry;
  return {
    collection: entry.collection,
    type: ENTRY_TYPE[entry.collection],
    id: entry.id,
    url: entryUrl(entry.collection, entry.id, data.lang),
    title: data.title,
    summary: data.summary,
    date: entryDate(entry),
    timeZone: entry.collection === 'events' ? (entry as EntryOf<'events'>).data.timezone : undefined,
    lang: data.lang,
    audiences: data.audiences,
    problems: data.problems,
    alliance: data.alliance,
    tier: entryTier(entry),
    pending: pendingState(data, buildNow),
  };
}

/** Every visible entry of every kind in one language, as cards, newest first. */
export function allCards(lang = DEFAULT_LANG): Promise<EntryCard[]> {
  return once(`cards:${lang}`, async () => {
    const lists = await Promise.all(PAGE_COLLECTIONS.map((collection) => entriesInLang(collection, lang)));
    return newestFirst(lists.flat().map(toCard));
  });
}

/** One collection's cards in one language, newest first: what its list shows. */
export function cardsOf(collection: PageCollection, lang = DEFAULT_LANG): Promise<EntryCard[]> {
  return once(`cardsOf:${collection}:${lang}`, async () => (await allCards(lang)).filter((card) => card.collection === collection));
}

/**
 * Cards by tag, built once: what /problems/<id>/, /audiences/<id>/... list. An alliance's cards
 * are those it published and the research action clusters it is a member of.
 */
export function cardsByTag(tag: 'problems' | 'audiences' | 'alliance', lang = DEFAULT_LANG): Promise<Map<string, EntryCard[]>> {
  return once(`byTag:${tag}:${lang}`, async () => {
    const members = new Map((await visibleEntries('clusters')).map((cluster) => [cluster.id, cluster.data.members]));
    const alliancesOf = (card: EntryCard) => [card.alliance, ...(card.collection === 'clusters' ? (members.get(card.id) ?? []) : [])];
    return indexBy(await allCards(lang), (card) => (tag === 'alliance' ? alliancesOf(card) : card[tag]));
  });
}

/**
 * Cards a person wrote, presented at, ran (PDSA cycles) or chairs (clusters), and findings drawn
 * from their briefs, in one language. Only briefs this build shows count as sources, so a draft's
 * authors are never revealed through a finding.
 */
export function cardsByPerson(lang = DEFAULT_LANG): Promise<Map<string, EntryCard[]>> {
  return once(`byPerson:${lang}`, async () => {
    const [briefs, findings, events, cycles, clusters] = await Promise.all([
      entriesInLang('briefs', lang),
      entriesInLang('findings', lang),
      entriesInLang('events', lang),
      entriesInLang('cycles', lang),
      entriesInLang('clusters', lang),
    ]);
    const authorsOf = new Map((await visibleEntries('briefs')).map((brief) => [brief.id, brief.data.authors]));
    const people = [
      ...briefs.map((entry) => ({ card: toCard(entry), ids: entry.data.authors })),
      ...findings.map((entry) => ({ card: toCard(entry), ids: entry.data.sources.flatMap((id) => authorsOf.get(id) ?? []) })),
      ...events.map((entry) => ({ card: toCard(entry), ids: entry.data.presenters })),
      ...cycles.map((entry) => ({ card: toCard(entry), ids: entry.data.people })),
      ...clusters.map((entry) => ({ card: toCard(entry), ids: entry.data.chairs })),
    ];
    const index = indexBy(people, (item) => item.ids);
    return new Map([...index].map(([id, items]) => [id, newestFirst(items.map((item) => item.card))]));
  });
}

/** A visible entry's card by collection and id, or undefined when it may not be shown. */
export async function findCard(collection: PageCollection, id: string): Promise<EntryCard | undefined> {
  const lookup = await once('cardIndex', async () => {
    const lists = await Promise.all(PAGE_COLLECTIONS.map((name) => visibleEntries(name)));
    return new Map(lists.flat().map((entry) => [`${entry.collection}/${entry.id}`, toCard(entry)]));
  });
  return lookup.get(`${collection}/${id}`);
}

/** Resolves `{collection, id}` links, silently dropping any that point at unpublished entries. */
export async function resolveRefs(refs: readonly { collection: PageCollection; id: string }[]): Promise<EntryCard[]> {
  const cards = await Promise.all(refs.map((ref) => findCard(ref.collection, ref.id)));
  return cards.filter((card): card is EntryCard => card !== undefined);
}

/** `getStaticPaths` for a page that exists once per interface language: `/briefs/`, `/es/briefs/`. */
export function localizedPaths() {
  return SITE_LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/**
 * `getStaticPaths` for the page of each taxonomy entry (an audience, problem, alliance or person) in
 * every interface language: `/problems/<id>/`, `/es/problems/<id>/`.
 */
export async function localizedTaxonomyPaths<C extends Exclude<TaxonomyCollection, 'glossary'>>(collection: C) {
  const entries = await taxonomyEntries(collection);
  return SITE_LANGS.flatMap((lang) => entries.map((entry) => ({ params: { lang: langParam(lang), id: entry.id }, props: { entry, lang } })));
}

/** `getStaticPaths` for entry pages: every visible entry at its language's URL. */
export async function entryPaths<C extends PageCollection>(collection: C) {
  return (await visibleEntries(collection)).map((entry) => ({
    params: { lang: langParam(entry.data.lang), id: entry.id },
    props: { entry },
  }));
}

export interface Alternate {
  lang: string;
  href: string;
}

/**
 * Every visible language version of an entry, itself included: the original and the entries
 * whose `translationOf` names it. Empty when the entry has no translation.
 */
export async function languageVersions(entry: AnyEntry): Promise<Alternate[]> {
  const family = (await familiesOf(entry.collection)).get(entry.data.translationOf ?? entry.id) ?? [];
  if (family.length < 2) return [];
  return family
    .map((member) => ({ lang: member.data.lang, href: entryUrl(member.collection, member.id, member.data.lang) }))
    .sort((a, b) => a.lang.localeCompare(b.lang));
}

/** Visible entries of a collection by the id of their original: the original and its translations. */
function familiesOf<C extends EntryCollection>(collection: C): Promise<Map<string, EntryOf<C>[]>> {
  return once(`families:${collection}`, async () =>
    indexBy(await visibleEntries(collection), (member) => [member.data.translationOf ?? member.id]),
  );
}

/**
 * The version of an entry a reader of `lang` gets: its visible translation into `lang` where
 * there is one, else its original (or the entry itself). Ids in the network's structure name
 * originals; pages in another language show each in that language where they can.
 */
export async function versionFor<E extends AnyEntry>(entry: E, lang: string): Promise<E> {
  // Every member of a family is of the entry's own collection.
  const family = ((await familiesOf(entry.collection)).get(entry.data.translationOf ?? entry.id) ?? [entry]) as E[];
  return family.find((member) => member.data.lang === lang) ?? family.find((member) => member.data.translationOf === undefined) ?? entry;
}

/** A collection's visible entries by id, built once per build. */
export function visibleById<C extends EntryCollection>(collection: C): Promise<Map<string, EntryOf<C>>> {
  return once(`visibleById:${collection}`, async () => new Map((await visibleEntries(collection)).map((entry) => [entry.id, entry])));
}

/** Visible entries that are originals (no translationOf): what counts, once, in every language. */
export async function originalEntries<C extends EntryCollection>(collection: C): Promise<EntryOf<C>[]> {
  return (await visibleEntries(collection)).filter((entry) => entry.data.translationOf === undefined);
}
