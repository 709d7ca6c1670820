/**
 * Lists in numbered pages (content/README.md, section 5): the first page at the list's own URL,
 * so every link to a list keeps working, then `page/2/`, `page/3/`... under it. Page numbers sit
 * one folder deeper than entries (`/briefs/page/2/` beside `/briefs/<id>/`), so no page can take
 * the URL of an entry, whatever its id: the id rule allows `2`.
 *
 * Pure: Astro's `paginate()` is passed in by the route's `getStaticPaths`, which slices the list;
 * this module names the pages and links them.
 */

/** Cards on one page of a list: enough to scan on a phone, few enough to stay light. */
export const PAGE_SIZE = 24;

/** Measures on one page of their list: each card carries a chart for every series. */
export const MEASURE_PAGE_SIZE = 12;

/** Items on one page of the list at `path` (`/measures/`, `/briefs/`), in the default language. */
export function pageSizeOf(path: string): number {
  return path === '/measures/' ? MEASURE_PAGE_SIZE : PAGE_SIZE;
}

/** The folder under a list's URL that holds its later pages. */
export const PAGE_FOLDER = 'page';

/** The `[...page]` route parameter of page `number`: nothing for the first page, `page/2` after. */
export function pageParam(number: number): string | undefined {
  return number > 1 ? `${PAGE_FOLDER}/${number}` : undefined;
}

/** The URL of page `number` of the list at `base` (which ends with `/`). */
export function pageUrl(base: string, number: number): string {
  return number > 1 ? `${base}${PAGE_FOLDER}/${number}/` : base;
}

/** One page of a list: its items and where it sits among the others. */
export interface ListPage<T> {
  items: T[];
  /** 1 for the first page. */
  number: number;
  /** The number of the last page; 1 when the list fits on one (or is empty). */
  last: number;
  /** Items in the whole list. */
  total: number;
  /** Position of the first and last item shown, counting from 1 (0 and 0 on an empty list). */
  first: number;
  end: number;
  /** The list's own URL, which is its first page. */
  base: string;
  url: string;
  prev?: string | undefined;
  next?: string | undefined;
}

/** The part of Astro's `paginate()` result this module reads. */
interface AstroPage<T> {
  data: T[];
  currentPage: number;
  lastPage: number;
  total: number;
  start: number;
  end: number;
}

/** Astro's `paginate()`, as `getStaticPaths({ paginate })` receives it: the part this module uses. */
export type Paginate = <T, P extends Record<string, unknown>, A extends Record<string, string | undefined>>(
  data: readonly T[],
  options?: { pageSize?: number; params?: A; props?: P },
) => { props: { page: AstroPage<T> } }[];

export interface PagedPathsOptions<P, A> {
  /** The list's URL, first page: `/briefs/`, `/es/problems/attendance/`. */
  base: string;
  /** The route's other parameters (`lang`, `id`). */
  params: A;
  /** Props every page of this list receives. */
  props: P;
  pageSize?: number;
}

/**
 * `getStaticPaths` entries for one list: Astro's `paginate()` slices it, and each page is moved
 * to its URL (`pageParam`) and given a `ListPage` as `page`.
 */
export function pagedPaths<T, P extends Record<string, unknown>, A extends Record<string, string | undefined>>(
  paginate: Paginate,
  items: readonly T[],
  { base, params, props, pageSize = PAGE_SIZE }: PagedPathsOptions<P, A>,
): { params: A & { page: string | undefined }; props: P & { page: ListPage<T> } }[] {
  return paginate(items, { pageSize, params, props }).map(({ props: pageProps }) => {
    const page = listPage(pageProps.page, base);
    return { params: { ...params, page: pageParam(page.number) }, props: { ...props, page } };
  });
}

function listPage<T>(page: AstroPage<T>, base: string): ListPage<T> {
  const number = page.currentPage;
  const last = page.lastPage;
  return {
    items: page.data,
    number,
    last,
    total: page.total,
    first: page.total === 0 ? 0 : page.start + 1,
    end: page.total === 0 ? 0 : page.end + 1,
    base,
    url: pageUrl(base, number),
    prev: number > 1 ? pageUrl(base, number - 1) : undefined,
    next: number < last ? pageUrl(base, number + 1) : undefined,
  };
}

/**
 * The page numbers a page's navigation offers: the first, the last, and those within `reach` of
 * the current one, in order, with `gap` where numbers are left out. A gap of one number is shown
 * as that number, since "…" would take the same room.
 */
export function pageNumbers(current: number, last: number, reach = 2): (number | 'gap')[] {
  const shown = new Set([1, last]);
  for (let number = current - reach; number <= current + reach; number++) {
    if (number >= 1 && number <= last) shown.add(number);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | 'gap')[] = [];
  for (const number of sorted) {
    const previous = numbers.at(-1);
    if (typeof previous === 'number' && number - previous === 2) numbers.push(number - 1);
    else if (typeof previous === 'number' && number - previous > 2) numbers.push('gap');
    numbers.push(number);
  }
  return numbers;
}
