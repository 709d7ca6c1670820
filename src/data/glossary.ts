/**
 * The glossary page of one interface language: that language's terms only (a Spanish reader gets
 * Spanish definitions at /es/glossary/, where the Spanish entries link their terms), A-Z.
 */
import type { CollectionEntry } from 'astro:content';
import { groupByFirstLetter, type LetterGroup } from '../lib/glossary.ts';
import { taxonomyEntries } from './entries.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;

export async function glossaryByLetter(lang: string): Promise<LetterGroup<GlossaryEntry>[]> {
  const terms = (await taxonomyEntries('glossary')).filter((term) => term.data.lang === lang);
  return groupByFirstLetter(terms, (term) => term.data.term, lang);
}
