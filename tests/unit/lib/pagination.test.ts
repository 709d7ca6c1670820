import { describe, expect, it } from 'vitest';
import { MEASURE_PAGE_SIZE, PAGE_SIZE, pageNumbers, pageSizeOf, pageParam, pageUrl, pagedPaths, type Paginate } from '../../../src/lib/pagination.ts';

/** Astro's paginate() as it slices: the same fields, computed the same way (core/render/paginate.js). */
const paginate: Paginate = (data, options = {}) => {
  const size = options.pageSize ?? 10;
  const lastPage = Math.max(1, Math.ceil(data.length / size));
  return Array.from({ length: lastPage }, (_, index) => {
    const start = index * size;
    const end = Math.min(start + size, data.length);
    return {
      params: { ...options.params, page: index > 0 ? String(index + 1) : undefined },
      props: { ...options.props, page: { data: data.slice(start, end), start, end: end - 1, total: data.length, currentPage: index + 1, lastPage } },
    };
  });
};

describe('page URLs', () => {
  it.each([
    [1, '/briefs/', undefined],
    [2, '/briefs/page/2/', 'page/2'],
    [12, '/es/problems/attendance/page/12/', 'page/12'],
  ])('page %i of the list is at %s', (number, url, param) => {
    const base = url.replace(/page\/\d+\/$/, '');
    expect(pageUrl(base, number)).toBe(url);
    expect(pageParam(number)).toBe(param);
  });

  it('puts page numbers one folder below entries, so an all-digit entry id never meets a page', () => {
    // `/briefs/2/` is the brief whose id is "2"; its list's second page is elsewhere.
    expect(pageUrl('/briefs/', 2)).not.toBe('/briefs/2/');
    expect(pageUrl('/briefs/', 2).split('/').filter(Boolean)).toHaveLength(3);
  });
});

describe('pagedPaths', () => {
  const items = Array.from({ length: 50 }, (_, index) => `item-${index + 1}`);
  const paths = pagedPaths(paginate, items, { base: '/es/briefs/', params: { lang: 'es' }, props: { lang: 'es' }, pageSize: 20 });

  it('gives the first page the list URL and the others page/<n>/, with the route parameters kept', () => {
    expect(paths.map((path) => path.params)).toEqual([
      { lang: 'es', page: undefined },
      { lang: 'es', page: 'page/2' },
      { lang: 'es', page: 'page/3' },
    ]);
    expect(paths.map((path) => path.props.page.url)).toEqual(['/es/briefs/', '/es/briefs/page/2/', '/es/briefs/page/3/']);
  });

  it('links each page to its neighbours, and none before the first or after the last', () => {
    expect(paths.map(({ props: { page } }) => [page.prev, page.next])).toEqual([
      [undefined, '/es/briefs/page/2/'],
      ['/es/briefs/', '/es/briefs/page/3/'],
      ['/es/briefs/page/2/', undefined],
    ]);
  });

  it('shows every item once, in order, and says which ones each page holds', () => {
    expect(paths.flatMap((path) => path.props.page.items)).toEqual(items);
    expect(paths.map(({ props: { page } }) => [page.first, page.end, page.total, page.number, page.last])).toEqual([
      [1, 20, 50, 1, 3],
      [21, 40, 50, 2, 3],
      [41, 50, 50, 3, 3],
    ]);
    expect(paths[1]?.props.lang).toBe('es');
  });

  it('gives an empty list one page with nothing on it', () => {
    const [only, ...rest] = pagedPaths(paginate, [], { base: '/aims/', params: {}, props: {} });
    expect(rest).toEqual([]);
    expect(only?.props.page).toMatchObject({ items: [], number: 1, last: 1, total: 0, first: 0, end: 0, prev: undefined, next: undefined });
  });

  it('uses the portal page size unless told otherwise', () => {
    const long = Array.from({ length: PAGE_SIZE + 1 }, (_, index) => index);
    expect(pagedPaths(paginate, long, { base: '/x/', params: {}, props: {} }).map((path) => path.props.page.items.length)).toEqual([PAGE_SIZE, 1]);
  });
});

describe('pageNumbers', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, 'gap', 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, 'gap', 10]],
    [6, 12, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]],
    [10, 10, [1, 'gap', 8, 9, 10]],
    // A gap of one number shows the number instead.
    [4, 8, [1, 2, 3, 4, 5, 6, 7, 8]],
  ] as const)('page %i of %i offers %j', (current, last, expected) => {
    expect(pageNumbers(current, last)).toEqual(expected);
  });
});

describe('pageSizeOf', () => {
  it('gives measures, which carry charts, fewer to a page than other lists', () => {
    expect(pageSizeOf('/measures/')).toBe(MEASURE_PAGE_SIZE);
    expect(MEASURE_PAGE_SIZE).toBeLessThan(PAGE_SIZE);
    expect(pageSizeOf('/briefs/')).toBe(PAGE_SIZE);
  });
});
