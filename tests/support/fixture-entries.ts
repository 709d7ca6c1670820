import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { COLLECTION_EXTENSION, PAGE_COLLECTIONS, entryUrl, type PageCollection } from '../../src/lib/collections.ts';
import { isPublic, type Status } from '../../src/lib/publishing.ts';
import { listFiles } from './build-site.ts';

export interface FixtureEntry {
  collection: PageCollection;
  id: string;
  url: string;
  lang: string;
  /** The id of the original this entry translates. */
  translationOf: string | undefined;
  problems: string[];
  public: boolean;
}

/**
 * The entries of a fixture tree with whether each is public at `now`, read from the files
 * themselves, so tests of feeds and open data stay exact when someone adds a fixture entry.
 */
export function fixtureEntries(contentDir: string, now: string): FixtureEntry[] {
  const clock = new Date(now);
  return PAGE_COLLECTIONS.flatMap((collection) => {
    const extension = COLLECTION_EXTENSION[collection];
    return listFiles(path.join(contentDir, collection))
      .filter((file) => file.endsWith(extension))
      .map((file) => {
        const text = readFileSync(path.join(contentDir, collection, file), 'utf8');
        const data = yaml.load(extension === '.mdx' ? /^---\n([\s\S]*?\n)---/.exec(text)![1]! : text) as Record<string, unknown>;
        const id = file.slice(0, -extension.length);
        const status = (data['status'] as Status | undefined) ?? 'published';
        const embargoUntil =
          data['embargoUntil'] === undefined ? undefined : new Date(data['embargoUntil'] as string | Date);
        const lang = (data['lang'] as string | undefined) ?? 'en';
        return {
          collection,
          id,
          url: entryUrl(collection, id, lang),
          lang,
          translationOf: data['translationOf'] as string | undefined,
          problems: data['problems'] as string[],
          public: isPublic({ status, embargoUntil }, clock),
        };
      });
  });
}
