/**
 * Entries for outputs that machines read away from the site (feeds, `/api/entries.json`), in
 * every language. The pure builders in src/lib/feeds.ts and src/lib/open-data.ts keep only the
 * public ones, so even a partner preview's feeds carry nothing in review or under embargo.
 */
import { ENTRY_COLLECTIONS } from '../lib/collections.ts';
import { indexBy, type EntryCard } from '../lib/listing.ts';
import { once, toCard, visibleEntries } from './entries.ts';

/** Every entry this build shows, of every kind and language, as cards. */
export function everyCard(): Promise<EntryCard[]> {
  return once('everyCard', async () =>
    (await Promise.all(ENTRY_COLLECTIONS.map((collection) => visibleEntries(collection)))).flat().map(toCard),
  );
}

/** The cards on one problem of practice, every language: indexed once for all problem feeds. */
export async function everyCardOnProblem(problemId: string): Promise<EntryCard[]> {
  const byProblem = await once('everyCardByProblem', async () => indexBy(await everyCard(), (card) => card.problems));
  return byProblem.get(problemId) ?? [];
}
