import { describe, expect, it } from 'vitest';
import { expectedEntryPages, incompleteBuild, pageFile, type EntryFrontMatter } from '../../../src/lib/published-pages.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const entries: EntryFrontMatter[] = [
  { collection: 'briefs', id: 'public-brief', data: {} },
  { collection: 'briefs', id: 'informe', data: { lang: 'es', status: 'published' } },
  { collection: 'briefs', id: 'draft-brief', data: { status: 'draft' } },
  { collection: 'findings', id: 'in-review', data: { status: 'review' } },
  { collection: 'events', id: 'released', data: { status: 'embargoed', embargoUntil: '2026-05-01T00:00:00Z' } },
  { collection: 'challenges', id: 'still-embargoed', data: { status: 'embargoed', embargoUntil: '2026-09-01T00:00:00+02:00' } },
];

describe('expectedEntryPages', () => {
  it('lists the page of every entry a production build shows, sorted', () => {
    expect(expectedEntryPages(entries, 'production', NOW)).toEqual(['/briefs/public-brief/', '/es/briefs/informe/', '/events/released/']);
  });

  it('adds entries in review and under embargo in a partner preview, never drafts', () => {
    expect(expectedEntryPages(entries, 'preview', NOW)).toEqual([
      '/briefs/public-brief/',
      '/challenges/still-embargoed/',
      '/es/briefs/informe/',
      '/events/released/',
      '/findings/in-review/',
    ]);
  });
});

describe('pageFile', () => {
  it('is the index.html of the page’s folder', () => {
    expect(pageFile('/briefs/public-brief/')).toBe('briefs/public-brief/index.html');
    expect(pageFile('/es/briefs/informe/')).toBe('es/briefs/informe/index.html');
  });
});

describe('incompleteBuild', () => {
  const expected = ['/briefs/a/', '/briefs/b/', '/es/briefs/c/'];

  it('finds nothing wrong when every page exists and each has its search record', () => {
    expect(incompleteBuild(expected, () => true, 3)).toEqual([]);
  });

  it('names each missing page, and a search index of another size', () => {
    expect(incompleteBuild(expected, (url) => url !== '/briefs/b/', 2)).toEqual([
      'no page briefs/b/index.html for the published entry at /briefs/b/',
      '2 search records for 3 published entries',
    ]);
  });

  it('counts a site with no search index as having no records', () => {
    expect(incompleteBuild(expected, () => true, 0)).toEqual(['0 search records for 3 published entries']);
  });
});
