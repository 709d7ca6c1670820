import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS, entryUrl } from '../../src/lib/collections.ts';
import { isEntryPagePath } from '../../src/lib/search-record.ts';

describe('isEntryPagePath', () => {
  it.each(ENTRY_COLLECTIONS.flatMap((collection) => ['en', 'es'].map((lang) => [collection, lang] as const)))(
    'takes in every %s page in %s',
    (collection, lang) => {
      expect(isEntryPagePath(entryUrl(collection, 'some-entry', lang), ENTRY_COLLECTIONS)).toBe(true);
    },
  );

  it.each(['/', '/briefs/', '/es/briefs/', '/es/', '/problems/attendance/', '/search/', '/404.html', '/briefs/some-entry.bib', '/events/some-entry.ics', '/briefs//', 'briefs/some-entry/', '/briefs/some-entry/cite/'])(
    'leaves out %s, which is no entry page',
    (pathname) => {
      expect(isEntryPagePath(pathname, ENTRY_COLLECTIONS)).toBe(false);
    },
  );
});
