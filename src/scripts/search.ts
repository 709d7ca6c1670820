/**
 * The search page in the browser: reads the state from the URL, runs Pagefind, shows result cards
 * and, in each facet group the reader opens, a count per value; writes every change back to the
 * URL (typing replaces the history entry; a filter, sort or submit adds one, so the back button
 * steps through them). The only JavaScript of ours on the site: search cannot work without it.
 */
import {
  FACETS,
  hasCriteria,
  parseSearchParams,
  toPagefindOptions,
  toSearchParams,
  type SearchState,
} from '../lib/search-state.ts';
import { formatDay, parseIsoDate } from '../lib/dates.ts';
import { PAGEFIND_SCRIPT } from '../lib/pagefind-runtime.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number> | undefined>;
}
interface CountedSearch extends PagefindSearch {
  counted: Set<string>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: unknown) => Promise<PagefindSearch | null>;
  /** Loads what a search would need, without searching: here, one facet's part of the filter index. */
  preload: (query: string | null, options: unknown) => Promise<void>;
}
interface Messages {
  prompt: string;
  searching: string;
  resultOne: string;
  resultMany: string;
  noResults: string;
  unavailable: string;
  types: Record<string, string>;
  audiencesLabel: string;
}

const PAGE_SIZE = 10;
/** Any value will do: preloading a filter loads that facet's whole index, whatever the value. */
const ANY_VALUE = '*';
const TYPING_DELAY_MS = 250;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (form) new SearchPage(form).start();
}

class SearchPage {
  private readonly messages: Messages;
  private readonly lang: string;
  private readonly query: HTMLInputElement;
  private readonly sort: HTMLSelectElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly groups: HTMLDetailsElement[];
  private pagefind: Promise<Pagefind | undefined> | undefined;
  /** Each facet's part of Pagefind's filter index, once asked for. */
  private readonly facetIndexes = new Map<string, Promise<void>>();
  /** Facets whose index has loaded, so Pagefind counts them in every search from then on. */
  private readonly loadedFacets = new Set<string>();
  /** Facets the counts on the page include. */
  private countedFacets = new Set<string>();
  private state: SearchState | undefined;
  /** Each run takes a number; a slower, older run never overwrites a newer one. */
  private runNumber = 0;
  private shown = 0;
  private results: PagefindSearch['results'] = [];
  private typingTimer: number | undefined;

  constructor(private readonly form: HTMLFormElement) {
    this.messages = JSON.parse(form.dataset['messages'] ?? '{}') as Messages;
    this.lang = form.dataset['lang'] ?? document.documentElement.lang;
    this.query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
    this.status = form.querySelector<HTMLElement>('#search-status')!;
    this.list = form.querySelector<HTMLOListElement>('#search-results')!;
    this.more = form.querySelector<HTMLButtonElement>('#search-more')!;
    this.groups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  }

  start(): void {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit('push');
    });
    this.query.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => this.commit('replace'), TYPING_DELAY_MS);
    });
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.query) this.commit('push');
    });
    this.more.addEventListener('click', () => void this.showMore());
    for (const group of this.groups) {
      group.addEventListener('toggle', () => {
        if (group.open && this.state) void this.countOpenFacets(this.state, this.runNumber);
      });
    }
    window.addEventListener('popstate', () => this.restoreFromUrl());
    this.restoreFromUrl();
  }

  /** The URL is the source of truth: the form shows it, then the search runs. */
  private restoreFromUrl(): void {
    const state = parseSearchParams(new URLSearchParams(window.location.search));
    this.query.value = state.query;
    this.sort.value = state.sort;
    for (const box of this.checkboxes()) {
      box.checked = (state.filters[box.name as keyof SearchState['filters']] ?? []).includes(box.value);
    }
    // A group with a ticked value opens, so a shared link shows what narrowed it.
    for (const group of this.groups) {
      if (group.querySelector('input:checked')) group.open = true;
    }
    void this.run(state);
  }

  private commit(how: 'push' | 'replace'): void {
    const state = this.readForm();
    const search = toSearchParams(state).toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void this.run(state);
  }

  private readForm(): SearchState {
    const params = new URLSearchParams();
    params.set('q', this.query.value);
    params.set('sort', this.sort.value);
    for (const box of this.checkboxes()) if (box.checked) params.append(box.name, box.value);
    return parseSearchParams(params);
  }

  private checkboxes(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  private async run(state: SearchState): Promise<void> {
    const run = ++this.runNumber;
    this.state = state;
    if (!hasCriteria(state)) {
      this.showCounts({ filters: {}, counted: new Set() });
      this.clearResults(this.messages.prompt);
      return;
    }
    this.status.textContent = this.messages.searching;
    const pagefind = await this.loadPagefind();
    if (!pagefind) {
      this.clearResults(this.messages.unavailable);
      return;
    }
    const search = await this.search(pagefind, state);
    if (!search || run !== this.runNumber) return;
    this.results = search.results;
    this.shown = 0;
    this.list.replaceChildren();
    await this.showMore(run);
    this.status.textContent = this.countText(search.results.length);
    this.showCounts(search);
    void this.countOpenFacets(state, run);
  }

  /** A Pagefind search, with the facets it will have counts for (those loaded when it ran). */
  private async search(pagefind: Pagefind, state: SearchState): Promise<CountedSearch | null> {
    // Filtering by a facet loads its index with the search, so it is counted from now on.
    for (const [facet, values] of Object.entries(state.filters)) if (values?.length) this.loadedFacets.add(facet);
    const counted = new Set(this.loadedFacets);
    const search = await pagefind.search(state.query || null, toPagefindOptions(state));
    return search && { ...search, counted };
  }

  /**
   * Counts per value need that facet's part of Pagefind's filter index, and loading and counting
   * every facet holds the main thread. So a facet's index loads when its group is first open and
   * a search is showing, after the results; Pagefind then counts every facet it has loaded (those
   * used as filters load with the search itself).
   */
  private async countOpenFacets(state: SearchState, run: number): Promise<void> {
    const open = this.groups.filter((group) => group.open).map((group) => group.dataset['facet'] ?? '');
    if (!hasCriteria(state) || open.every((facet) => this.countedFacets.has(facet))) return;
    const pagefind = await this.loadPagefind();
    if (!pagefind) return;
    await Promise.all(open.map((facet) => this.loadFacetIndex(pagefind, facet)));
    if (run !== this.runNumber) return;
    const search = await this.search(pagefind, state);
    if (search && run === this.runNumber) this.showCounts(search);
  }

  private loadFacetIndex(pagefind: Pagefind, facet: string): Promise<void> {
    let load = this.facetIndexes.get(facet);
    if (!load) {
      load = pagefind.preload(null, { filters: { [facet]: ANY_VALUE } }).then(() => void this.loadedFacets.add(facet));
      this.facetIndexes.set(facet, load);
    }
    return load;
  }

  private async showMore(run = this.runNumber): Promise<void> {
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    this.shown += next.length;
    // All records load at once; each card goes in as soon as it and those above it are here,
    // so the first result shows without waiting for the tenth.
    for (const data of next.map((result) => result.data())) {
      const item = await data;
      if (run !== this.runNumber) return;
      this.list.append(this.card(item));
    }
    this.more.hidden = this.shown >= this.results.length;
  }

  /** No results to show: an empty list and a message in their place. */
  private clearResults(message: string): void {
    this.results = [];
    this.list.replaceChildren();
    this.more.hidden = true;
    this.status.textContent = message;
  }

  private countText(count: number): string {
    if (count === 0) return this.messages.noResults;
    if (count === 1) return this.messages.resultOne;
    return this.messages.resultMany.replace('{count}', new Intl.NumberFormat(this.lang).format(count));
  }

  /** Each value of a counted facet shows how many results it would give if ticked now. */
  private showCounts({ filters, counted }: Pick<CountedSearch, 'filters' | 'counted'>): void {
    this.countedFacets = counted;
    for (const element of this.form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet = '', value = ''] = (element.dataset['countFor'] ?? '').split(/:(.*)/s);
      const count = counted.has(facet) ? filters[facet]?.[value] : undefined;
      element.textContent = count === undefined ? '' : `(${count})`;
    }
  }

  private loadPagefind(): Promise<Pagefind | undefined> {
    this.pagefind ??= (async () => {
      try {
        const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
        // In Pagefind's worker (its default), not on the main thread: starting WebAssembly,
        // unzipping the index and searching would hold a slow phone's main thread in long tasks,
        // so typing and scrolling would stutter. The price is one more script and slightly later
        // first results.
        await pagefind.options({ excerptLength: 0 });
        return pagefind;
      } catch {
        return undefined;
      }
    })();
    return this.pagefind;
  }

  /** A result card, built with DOM calls (never innerHTML), like the cards on list pages. */
  private card(item: PagefindResultData): HTMLLIElement {
    const { title = item.url, summary = '', type = '', date } = item.meta;
    const li = element('li');
    const article = element('article', 'card');
    const kicker = element('p', 'card-kicker');
    kicker.append(element('span', '', this.messages.types[type] ?? type));
    if (date) {
      const day = parseIsoDate(date);
      const time = element('time', '', day ? formatDay(day, this.lang) : date);
      time.dateTime = date;
      kicker.append(' ', time);
    }
    const heading = element('h3');
    const link = element('a', '', title);
    link.href = item.url;
    heading.append(link);
    article.append(kicker, heading, element('p', '', summary));
    const tags = this.tags(item.filters);
    if (tags) article.append(tags);
    li.append(article);
    return li;
  }

  /** Audience labels and the tier, read from the facet labels already on the page. */
  private tags(filters: PagefindResultData['filters']): HTMLElement | undefined {
    const audiences = (filters['audience'] ?? []).map((id) => this.labelOf('audience', id));
    const tier = (filters['tier'] ?? []).find((value) => value !== 'none');
    if (!audiences.length && !tier) return undefined;
    const line = element('p', 'card-kicker');
    if (audiences.length) {
      line.append(element('span', 'visually-hidden', `${this.messages.audiencesLabel}:`));
      for (const label of audiences) line.append(' ', element('span', 'tag', label));
    }
    if (tier) line.append(' ', element('span', `tier-badge tier-${tier}`, this.labelOf('tier', tier)));
    return line;
  }

  private labelOf(facet: (typeof FACETS)[number], value: string): string {
    const box = this.form.querySelector<HTMLInputElement>(`input[name="${facet}"][value="${CSS.escape(value)}"]`);
    return box?.dataset['label'] ?? value;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
