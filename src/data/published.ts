/**
 * Entries for outputs that machines read away from the site (feeds, `/api/entries.json`): in
 * every language, or for readers of one (feedCards). The pure builders in src/lib/feeds.ts and
 * src/lib/open-data.ts keep only the public ones, so even a partner preview's feeds carry nothing
 * in review or under embargo.
 */
import { DEFAULT_LANG, PAGE_COLLECTIONS } from '../lib/collections.ts';
import { indexBy, type EntryCard } from '../lib/listing.ts';
import { entriesForReader, once, toCard, visibleEntries } from './entries.ts';

/** Every entry this build shows, of every kind and language, as cards. */
export function everyCard(): Promise<EntryCard[]> {
  return once('everyCard', async () =>
    (await Promise.all(PAGE_COLLECTIONS.map((collection) => visibleEntries(collection)))).flat().map(toCard),
  );
}

/**
 * The cards a feed for readers of `lang` carries (siteFeedUrl): in the default language every
 * entry in every language; in another, each entry once, in `lang` where it has been translated,
 * else its original (versionsForReader), as the Spanish evidence tables list findings.
 */
export function feedCards(lang: string): Promise<EntryCard[]> {
  if (lang === DEFAULT_LANG) return everyCard();
  return once(`feedCards:${lang}`, async () =>
    (await Promise.all(PAGE_COLLECTIONS.map((collection) => entriesForReader(collection, lang)))).flat().map(toCard),
  );
}

/** A problem's feed cards for readers of `lang`: indexed once per language for all problem feeds. */
export async function feedCardsOnProblem(problemId: string, lang: string): Promise<EntryCard[]> {
  const byProblem = await once(`feedCardsByProblem:${lang}`, async () => indexBy(await feedCards(lang), (card) => card.problems));
  return byProblem.get(problemId) ?? [];
}
