import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS, entryUrl } from '../../../src/lib/collections.ts';
import { entryPagesGlob } from '../../../src/lib/search-record.ts';

/** A URL as the file the build writes for it, relative to dist/. */
const fileOf = (url: string) => `${url.replace(/^\//, '')}index.html`;

describe('entryPagesGlob', () => {
  const glob = entryPagesGlob(ENTRY_COLLECTIONS);

  it.each(ENTRY_COLLECTIONS.flatMap((collection) => ['en', 'es'].map((lang) => [collection, lang] as const)))(
    'takes in every %s page in %s',
    (collection, lang) => {
      expect(path.matchesGlob(fileOf(entryUrl(collection, 'some-entry', lang)), glob)).toBe(true);
    },
  );

  it.each(['index.html', 'briefs/index.html', 'es/briefs/index.html', 'problems/attendance/index.html', 'search/index.html', '404.html'])(
    'leaves out %s, which is no entry page',
    (file) => {
      expect(path.matchesGlob(file, glob)).toBe(false);
    },
  );
});
