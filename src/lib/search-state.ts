/**
 * The search page's whole state, kept in the URL so a filtered search can be bookmarked, shared
 * and walked back with the back button: `?q=attendance&audience=district-staff&sort=date`.
 * Pure functions, shared by the page script and its tests.
 */
import { SEARCH_FILTERS, type SearchFilter } from './search-record.ts';

/** Filters offered as facets; `lang` is not, since each language has its own index and page. */
export const FACETS = SEARCH_FILTERS.filter((name): name is Exclude<SearchFilter, 'lang'> => name !== 'lang');
export type Facet = (typeof FACETS)[number];

export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<Facet, string[]>>;
  sort: Sort;
}

export function emptyState(): SearchState {
  return { query: '', filters: {}, sort: 'relevance' };
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.query = (params.get('q') ?? '').trim();
  for (const facet of FACETS) {
    const values = uniqueSorted(params.getAll(facet).filter((value) => value !== ''));
    if (values.length) state.filters[facet] = values;
  }
  if (params.get('sort') === 'date') state.sort = 'date';
  return state;
}

/** The canonical query string: same state, same URL, whatever order the boxes were ticked in. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const facet of FACETS) {
    for (const value of uniqueSorted(state.filters[facet] ?? [])) params.append(facet, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || FACETS.some((facet) => (state.filters[facet] ?? []).length > 0);
}

export interface PagefindSearchOptions {
  filters: Partial<Record<Facet, { any: string[] }>>;
  sort?: { date: 'desc' };
}

/**
 * Values within one facet widen the search (district staff OR researchers); facets narrow it
 * (an audience AND a problem), as readers expect from a filter panel.
 */
export function toPagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const facet of FACETS) {
    const values = state.filters[facet] ?? [];
    if (values.length) filters[facet] = { any: values };
  }
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * The search page in `prefix` (`''` or `/es`) with this state: what a list's "search within"
 * link opens (`/search/?type=brief`, `/es/search/?problem=attendance`).
 */
export function searchPageUrl(prefix: string, state: Partial<SearchState>): string {
  const params = toSearchParams({ ...emptyState(), ...state }).toString();
  return `${prefix}/search/${params ? `?${params}` : ''}`;
}
