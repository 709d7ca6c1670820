import { describe, expect, it } from 'vitest';
import {
  ALL_COLLECTIONS,
  COLLECTION_EXTENSION,
  COMPANION_EXTENSIONS,
  ENTRY_COLLECTIONS,
  ENTRY_TYPE,
  PAGE_COLLECTIONS,
  TAXONOMY_COLLECTIONS,
  entryUrl,
  hasPages,
  isImprovementCollection,
  measureUrl,
} from '../../../src/lib/collections.ts';

describe('the collections of the content model', () => {
  it('splits every collection into entries or taxonomies, never both', () => {
    expect([...ENTRY_COLLECTIONS, ...TAXONOMY_COLLECTIONS].sort()).toEqual([...ALL_COLLECTIONS].sort());
    expect(ENTRY_COLLECTIONS.filter((name) => (TAXONOMY_COLLECTIONS as readonly string[]).includes(name))).toEqual([]);
  });

  it('gives each collection its own format, independent of its role', () => {
    const yamlEntries = ENTRY_COLLECTIONS.filter((name) => COLLECTION_EXTENSION[name] === '.yaml');
    expect(yamlEntries).toEqual(['aims', 'clusters', 'measures']);
    expect(TAXONOMY_COLLECTIONS.every((name) => COLLECTION_EXTENSION[name] === '.yaml')).toBe(true);
    expect(COLLECTION_EXTENSION['change-ideas']).toBe('.mdx');
    expect(COLLECTION_EXTENSION.cycles).toBe('.mdx');
  });

  it('names each entry type as search and open data do', () => {
    expect(ENTRY_COLLECTIONS.map((name) => ENTRY_TYPE[name])).toEqual(['brief', 'finding', 'challenge', 'event', 'aim', 'change-idea', 'cycle', 'cluster', 'measure']);
  });

  it('accepts a CSV beside a measure, and no companion elsewhere', () => {
    expect(COMPANION_EXTENSIONS).toEqual({ measures: ['.csv'] });
  });

  it('gives pages to every entry collection, measures included', () => {
    expect(ENTRY_COLLECTIONS.filter((name) => !hasPages(name))).toEqual([]);
    expect(PAGE_COLLECTIONS).toContain('measures');
  });

  it('links a measure to its page, in the reader’s language', () => {
    expect(measureUrl('on-track-rate')).toBe('/measures/on-track-rate/');
    expect(measureUrl('en-camino', 'es')).toBe('/es/measures/en-camino/');
  });

  it.each([
    ['aims', 'on-track', 'en', '/aims/on-track/'],
    ['change-ideas', 'weekly-huddle', 'en', '/change-ideas/weekly-huddle/'],
    ['cycles', 'huddle-1', 'es', '/es/cycles/huddle-1/'],
    ['clusters', 'early-response', 'en', '/clusters/early-response/'],
  ] as const)('puts a %s entry at the URL of the contract', (collection, id, lang, url) => {
    expect(entryUrl(collection, id, lang)).toBe(url);
  });

  it('knows which collections are improvement work', () => {
    expect(ALL_COLLECTIONS.filter(isImprovementCollection)).toEqual(['aims', 'change-ideas', 'cycles', 'clusters', 'measures']);
  });
});
