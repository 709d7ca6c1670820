import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_COLLECTIONS, entryUrl } from '../../../src/lib/collections.ts';
import { entryPagesGlob } from '../../../src/lib/search-record.ts';

/** A URL as the file the build writes for it, relative to dist/. */
const fileOf = (url: string) => `${url.replace(/^\//, '')}index.html`;

describe('entryPagesGlob', () => {
  const glob = entryPagesGlob(PAGE_COLLECTIONS);

  it.each(PAGE_COLLECTIONS.flatMap((collection) => ['en', 'es'].map((lang) => [collection, lang] as const)))(
    'takes in every %s page in %s',
    (collection, lang) => {
      expect(path.matchesGlob(fileOf(entryUrl(collection, 'some-entry', lang)), glob)).toBe(true);
    },
  );

  it.each(['index.html', 'briefs/index.html', 'es/briefs/index.html', 'aims/index.html', 'change-ideas/index.html', 'problems/attendance/index.html', 'search/index.html', 'improvement/index.html', '404.html'])(
    'leaves out %s, which is no entry page',
    (file) => {
      expect(path.matchesGlob(file, glob)).toBe(false);
    },
  );
});
