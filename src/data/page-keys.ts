/**
 * Cache keys for incremental builds (Astro's experimental.incrementalBuild): a page given a key
 * is copied from the last build, not rendered, when its key and its code are unchanged. So a key
 * must change whenever anything the page shows changes: the entry's own file, the cards of every
 * entry it lists or links (their titles, summaries, days, tiers, whether they may be shown at
 * all), its translations, the names it takes from the taxonomies, and the build mode. Astro
 * itself watches the page's code, the config, the lockfile and the rendered body.
 *
 * Only the pages of briefs, findings, challenge notes and events have keys: they are what a large
 * site is made of, and what they show is listed here. Every other page renders on every build.
 */
import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import type { EntryCard } from '../lib/listing.ts';
import { TAXONOMY_COLLECTIONS } from '../lib/collections.ts';
import { findingsFromBrief } from './evidence.ts';
import { eventsDiscussing } from './events.ts';
import { buildMode, entryPaths, languageVersions, once, resolveRefs, taxonomyEntries, toCard, type EntryOf } from './entries.ts';

/** The collections whose pages carry a cache key. */
export type KeyedCollection = 'briefs' | 'findings' | 'challenges' | 'events';

/** Everything a card shows, as text: a change in any of it changes the key of every page listing it. */
function cardText(card: EntryCard): string {
  return JSON.stringify([card.url, card.type, card.title, card.summary, card.date, card.timeZone, card.lang, card.audiences, card.problems, card.alliance, card.tier, card.pending]);
}

/** One digest of every taxonomy entry: labels and names on every page, authors in citations, glossary links in bodies. */
function taxonomyDigest(): Promise<string> {
  return once('pageKeys:taxonomies', async () => {
    const hash = createHash('sha256');
    for (const collection of TAXONOMY_COLLECTIONS) {
      for (const entry of await taxonomyEntries(collection)) {
        hash.update(`${collection}/${entry.id}\0${JSON.stringify(entry.data)}\0`);
      }
    }
    return hash.digest('hex');
  });
}

/** What else the page of `entry` lists, by kind: the parts of its key beyond its own file. */
async function shownEntries(entry: EntryOf<KeyedCollection>): Promise<EntryCard[]> {
  const related = resolveRefs(entry.data.related);
  switch (entry.collection) {
    case 'briefs':
      return (await Promise.all([related, findingsFromBrief(entry.id), eventsDiscussing(entry)])).flat();
    case 'findings':
      return (
        await Promise.all([related, resolveRefs(entry.data.sources.map((id) => ({ collection: 'briefs' as const, id }))), eventsDiscussing(entry)])
      ).flat();
    case 'events':
      return (
        await Promise.all([
          related,
          resolveRefs(entry.data.materials.flatMap((material) => ('collection' in material ? [{ collection: material.collection, id: material.id }] : []))),
        ])
      ).flat();
    case 'challenges':
      return related;
  }
}

/** The cache key of an entry's page. */
export async function entryPageKey(entry: CollectionEntry<KeyedCollection>): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${buildMode}\0${entry.collection}/${entry.id}\0${entry.digest ?? JSON.stringify([entry.data, entry.body])}\0${await taxonomyDigest()}\0`);
  hash.update(`${cardText(toCard(entry))}\0`);
  for (const card of await shownEntries(entry)) hash.update(`${cardText(card)}\0`);
  for (const version of await languageVersions(entry)) hash.update(`${version.lang} ${version.href}\0`);
  return hash.digest('hex');
}

/** `getStaticPaths` for the pages of briefs, findings, challenge notes or events, each with its cache key. */
export async function keyedEntryPaths<C extends KeyedCollection>(collection: C) {
  return Promise.all(
    (await entryPaths(collection)).map(async (path) => ({ ...path, cacheKey: await entryPageKey(path.props.entry as CollectionEntry<KeyedCollection>) })),
  );
}
