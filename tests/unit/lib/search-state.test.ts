import { describe, expect, it } from 'vitest';
import { FACETS, emptyState, hasCriteria, parseSearchParams, toPagefindOptions, toSearchParams, searchPageUrl, type SearchState } from '../../../src/lib/search-state.ts';
import { searchRecordOf, searchYearOf } from '../../../src/lib/search-record.ts';

describe('search state in the URL', () => {
  it('reads the query, facets and sort', () => {
    const state = parseSearchParams(new URLSearchParams('q=+attendance+&audience=researchers&audience=district-staff&problem=attendance&sort=date'));
    expect(state).toEqual({
      query: 'attendance',
      filters: { audience: ['district-staff', 'researchers'], problem: ['attendance'] },
      sort: 'date',
    });
  });

  it('ignores unknown parameters, empty values, duplicates and unknown sorts', () => {
    const state = parseSearchParams(new URLSearchParams('utm_source=mail&audience=&tier=1&tier=1&sort=title&lang=es'));
    expect(state).toEqual({ query: '', filters: { tier: ['1'] }, sort: 'relevance' });
  });

  it('writes one canonical URL for one state, and reads it back unchanged', () => {
    const state = { query: 'tutoring', filters: { problem: ['b', 'a'], type: ['finding'] }, sort: 'date' as const };
    const params = toSearchParams(state);
    expect(params.toString()).toBe('q=tutoring&type=finding&problem=a&problem=b&sort=date');
    expect(toSearchParams(parseSearchParams(params)).toString()).toBe(params.toString());
  });

  it('leaves relevance, the default sort, out of the URL', () => {
    expect(toSearchParams({ ...emptyState(), query: 'x' }).toString()).toBe('q=x');
  });

  it('knows when there is something to search for', () => {
    expect(hasCriteria(emptyState())).toBe(false);
    expect(hasCriteria({ ...emptyState(), query: '  ' })).toBe(false);
    expect(hasCriteria({ ...emptyState(), filters: { year: ['2026'] } })).toBe(true);
  });
});

describe('Pagefind options', () => {
  it('ORs values within a facet, ANDs facets, and sorts by date only when asked', () => {
    expect(toPagefindOptions({ query: '', filters: { audience: ['a', 'b'], problem: ['p'] }, sort: 'relevance' })).toEqual({
      filters: { audience: { any: ['a', 'b'] }, problem: { any: ['p'] } },
    });
    expect(toPagefindOptions({ query: '', filters: {}, sort: 'date' })).toEqual({ filters: {}, sort: { date: 'desc' } });
  });

  it('offers every index filter but lang as a facet', () => {
    expect(FACETS).toEqual(['type', 'audience', 'problem', 'alliance', 'tier', 'challenge', 'year']);
  });
});

describe('searchRecordOf', () => {
  const card = {
    collection: 'findings' as const,
    type: 'finding' as const,
    id: 'tutoring-gains',
    url: '/findings/tutoring-gains/',
    title: 'Tutoring: gains, at last',
    summary: 'Students gained.',
    date: new Date('2026-03-01T00:00:00Z'),
    lang: 'en',
    audiences: ['district-staff', 'community'],
    problems: ['early-literacy'],
    alliance: 'riverbend-alliance',
  };

  it('holds the contract filters, meta and sort', () => {
    expect(searchRecordOf({ ...card, tier: 1 })).toEqual({
      filters: {
        type: ['finding'],
        audience: ['district-staff', 'community'],
        problem: ['early-literacy'],
        alliance: ['riverbend-alliance'],
        tier: ['1'],
        challenge: [],
        year: ['2026'],
        lang: ['en'],
      },
      meta: { title: 'Tutoring: gains, at last', summary: 'Students gained.', type: 'finding', date: '2026-03-01' },
      sort: { date: '2026-03-01' },
    });
  });

  it('files challenge notes under their challenge and unrated entries under none', () => {
    const record = searchRecordOf({ ...card, type: 'challenge', collection: 'challenges' }, 'legitimacy');
    expect(record.filters.challenge).toEqual(['legitimacy']);
    expect(record.filters.tier).toEqual(['none']);
  });

  it("dates an event by its own zone's day and year, not UTC's", () => {
    const evening = { ...card, type: 'event' as const, collection: 'events' as const, timeZone: 'America/Chicago' };
    const record = searchRecordOf({ ...evening, date: new Date('2027-01-01T01:00:00Z') });
    expect(record.meta.date).toBe('2026-12-31');
    expect(record.sort.date).toBe('2026-12-31');
    expect(record.filters.year).toEqual(['2026']);
    expect(searchYearOf({ ...evening, date: new Date('2027-01-01T01:00:00Z') })).toBe('2026');
  });
});

describe('searchPageUrl', () => {
  it.each([
    ['', {}, '/search/'],
    ['', { filters: { type: ['brief'] } }, '/search/?type=brief'],
    ['/es', { filters: { problem: ['attendance'] } }, '/es/search/?problem=attendance'],
    ['', { query: 'Amina Farah', filters: { type: ['event'] } }, '/search/?q=Amina+Farah&type=event'],
  ] as [string, Partial<SearchState>, string][])('opens %s/search/ with %j as %s', (prefix, state, url) => {
    expect(searchPageUrl(prefix, state)).toBe(url);
  });

  it('opens the page in the state its query string says', () => {
    const url = searchPageUrl('', { filters: { audience: ['district-staff'], type: ['finding'] } });
    expect(parseSearchParams(new URL(url, 'https://x.invalid').searchParams).filters).toEqual({ audience: ['district-staff'], type: ['finding'] });
  });
});
