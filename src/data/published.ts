/**
 * Entries for outputs that machines read away from the site (feeds, `/api/entries.json`), in
 * every language. The pure builders in src/lib/feeds.ts and src/lib/open-data.ts keep only the
 * public ones, so even a partner preview's feeds carry nothing in review or under embargo.
 */
import { ENTRY_COLLECTIONS } from '../lib/collections.ts';
import type { EntryCard } from '../lib/listing.ts';
import type { OpenDataSource } from '../lib/open-data.ts';
import { toCard, visibleEntries, type AnyEntry } from './entries.ts';

async function everyVisibleEntry(): Promise<AnyEntry[]> {
  return (await Promise.all(ENTRY_COLLECTIONS.map((collection) => visibleEntries(collection)))).flat();
}

/** Every entry this build shows, of every kind and language, as cards. */
export async function everyCard(): Promise<EntryCard[]> {
  return (await everyVisibleEntry()).map(toCard);
}

/** Cards with the zone an event's day is read in. */
export async function openDataSources(): Promise<OpenDataSource[]> {
  return (await everyVisibleEntry()).map((entry) => ({
    card: toCard(entry),
    timeZone: 'timezone' in entry.data ? entry.data.timezone : undefined,
  }));
}
