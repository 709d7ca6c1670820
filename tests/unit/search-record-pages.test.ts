import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS, entryUrl } from '../../src/lib/collections.ts';
import { entryPagesFirst, isEntryPage, isEntryPagePath } from '../../src/lib/search-record.ts';

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

describe('entryPagesFirst', () => {
  const page = (pathname: string) => ({ pathname, route: { type: 'page' } });
  const endpoint = (pathname: string) => ({ pathname, route: { type: 'endpoint' } });

  it('moves entry pages ahead of everything else, keeping both parts in their order', () => {
    const paths = [endpoint('/briefs/b.bib'), page('/'), page('/briefs/b'), page('/problems/p'), page('/es/events/e/'), page('/briefs/a')];
    expect(entryPagesFirst(paths, ENTRY_COLLECTIONS).map((path) => path.pathname)).toEqual([
      '/briefs/b',
      '/es/events/e/',
      '/briefs/a',
      '/briefs/b.bib',
      '/',
      '/problems/p',
    ]);
  });

  it('never counts an endpoint as an entry page, whatever its path', () => {
    expect(entryPagesFirst([endpoint('/api/x'), endpoint('/briefs/b')], ENTRY_COLLECTIONS).map((path) => path.pathname)).toEqual(['/api/x', '/briefs/b']);
  });
});

describe('isEntryPage', () => {
  it('takes a page with or without its trailing slash, never an endpoint', () => {
    expect(isEntryPage({ pathname: '/briefs/b', route: { type: 'page' } }, ENTRY_COLLECTIONS)).toBe(true);
    expect(isEntryPage({ pathname: '/es/briefs/b/', route: { type: 'page' } }, ENTRY_COLLECTIONS)).toBe(true);
    expect(isEntryPage({ pathname: '/briefs/b', route: { type: 'endpoint' } }, ENTRY_COLLECTIONS)).toBe(false);
    expect(isEntryPage({ pathname: '/problems/p', route: { type: 'page' } }, ENTRY_COLLECTIONS)).toBe(false);
  });
});
