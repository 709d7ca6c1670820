import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesContaining, listFiles, readPage, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { fixtureEntries, type FixtureEntry } from '../support/fixture-entries.ts';
import { MANY_ENTRIES_NOW, MANY_ENTRIES_SECRETS, PAST_EVENTS, UPCOMING_EVENTS, manyEntriesContent } from '../support/many-entries.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';

/**
 * Lists longer than a page (PAGE_SIZE, the size the site uses), on a tree generated in the test
 * setup: every page link leads to a page that exists, every public entry can be reached by walking
 * its lists, nothing unpublished is on any page, and the sitemap lists every page.
 */
let build: BuildResult;
let contentDir: string;
let entries: FixtureEntry[];

beforeAll(() => {
  contentDir = manyEntriesContent();
  entries = fixtureEntries(contentDir, MANY_ENTRIES_NOW);
  build = sharedBuild({ fixture: 'base', contentDir, name: 'many-entries', now: MANY_ENTRIES_NOW });
});

const page = (url: string) => readPage(build.outDir, url);
const exists = (url: string) => existsSync(path.join(build.outDir, url, 'index.html'));

function headLink(html: string, rel: 'prev' | 'next'): string | undefined {
  return new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(html.slice(0, html.indexOf('</head>')))?.[1];
}

function pageNav(html: string): string {
  return /<nav class="page-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
}

/** The entries a page lists: the link in each card's heading. */
function cardLinks(html: string): string[] {
  return [...html.matchAll(/<article class="card"[^>]*>.*?<h[23]><a href="([^"]+)"/g)].map((match) => match[1]!);
}

/** Every page of a list, by following rel="next" from its first page. */
function walk(first: string): { url: string; html: string }[] {
  const pages: { url: string; html: string }[] = [];
  for (let url: string | undefined = first; url; url = headLink(pages.at(-1)!.html, 'next')) {
    expect(pages.map((seen) => seen.url), `a loop in ${first}`).not.toContain(url);
    pages.push({ url, html: page(url) });
  }
  return pages;
}

const publicUrls = (filter: (entry: FixtureEntry) => boolean) =>
  entries
    .filter((entry) => entry.public && filter(entry))
    .map((entry) => entry.url)
    .sort();

describe('lists longer than a page', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.status).toBe(0);
  });

  it('keeps the first page at the list URL and numbers the others under page/', () => {
    expect(exists('/briefs/')).toBe(true);
    expect(exists('/briefs/page/2/')).toBe(true);
    expect(exists('/briefs/page/1/')).toBe(false);
    expect(page('/briefs/page/2/')).toMatch(/<title>Research briefs · Page 2 of 2 · /);
  });

  it('never lets a page number take the URL of an entry whose id is a number', () => {
    expect(page('/briefs/2/')).toContain('data-pagefind-body');
    expect(page('/briefs/2/')).toMatch(/<h1>Attendance study number \d+<\/h1>/);
    expect(page('/briefs/page/2/')).not.toContain('data-pagefind-body');
  });

  it('links every page to pages that exist, in the head and in a navigation marking the current page', () => {
    const listPages = listFiles(build.outDir).filter((file) => file.endsWith('index.html') && readFileSync(path.join(build.outDir, file), 'utf8').includes('class="page-nav"'));
    expect(listPages.length).toBeGreaterThan(20);
    for (const file of listPages) {
      const url = `/${file.replace(/index\.html$/, '')}`;
      const html = page(url);
      const nav = pageNav(html);
      const links = [...nav.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
      expect(links.filter((link) => !exists(link)), url).toEqual([]);
      expect(nav, url).toMatch(/<nav class="page-nav" aria-label="[^"]+">/);
      expect([...nav.matchAll(/aria-current="page"/g)], url).toHaveLength(1);
      expect(nav, url).toContain(`href="${url}" aria-current="page"`);
      for (const rel of ['prev', 'next'] as const) {
        const inHead = headLink(html, rel);
        const inNav = new RegExp(`href="([^"]+)" rel="${rel}"`).exec(nav)?.[1];
        expect(inNav, `${url} ${rel}`).toBe(inHead);
        if (inHead) expect(exists(inHead), `${url} ${rel} ${inHead}`).toBe(true);
      }
    }
  });

  it('walks from the first page to the last and back again', () => {
    const pages = walk('/audiences/district-staff/');
    expect(pages.length).toBeGreaterThan(3);
    const back: string[] = [];
    for (let url: string | undefined = pages.at(-1)!.url; url; url = headLink(page(url), 'prev')) back.push(url);
    expect(back).toEqual(pages.map((each) => each.url).reverse());
  });

  it.each([
    ['/briefs/', (entry: FixtureEntry) => entry.collection === 'briefs' && entry.lang === 'en'],
    ['/es/briefs/', (entry: FixtureEntry) => entry.collection === 'briefs' && entry.lang === 'es'],
    ['/findings/', (entry: FixtureEntry) => entry.collection === 'findings'],
    ['/challenges/', (entry: FixtureEntry) => entry.collection === 'challenges'],
    ['/challenges/legitimacy/', (entry: FixtureEntry) => entry.collection === 'challenges'],
    ['/events/', (entry: FixtureEntry) => entry.collection === 'events'],
    ['/audiences/district-staff/', (entry: FixtureEntry) => entry.lang === 'en'],
    ['/problems/attendance/', (entry: FixtureEntry) => entry.lang === 'en' && entry.problems.includes('attendance')],
    ['/alliances/fixture-alliance/', (entry: FixtureEntry) => entry.lang === 'en'],
    // Pat wrote the briefs, and every finding draws on one of them.
    ['/people/pat-fixture/', (entry: FixtureEntry) => ['briefs', 'findings'].includes(entry.collection) && entry.lang === 'en'],
    ['/es/people/pat-fixture/', (entry: FixtureEntry) => entry.collection === 'briefs' && entry.lang === 'es'],
  ])('reaches every public entry of %s once, walking its pages', (first, belongs) => {
    const pages = walk(first);
    const listed = pages.flatMap(({ html }) => cardLinks(html));
    expect([...listed].sort()).toEqual(publicUrls(belongs));
    expect(pages.every(({ html }) => cardLinks(html).length <= PAGE_SIZE)).toBe(true);
  });

  it('lists newest first across pages', () => {
    const days = walk('/briefs/').flatMap(({ html }) => [...html.matchAll(/<article class="card"[^>]*><p class="card-kicker"><span>[^<]*<\/span><time datetime="([^"]+)"/g)].map((match) => match[1]!));
    expect(days).toEqual([...days].sort().reverse());
  });

  it('lists events upcoming soonest first, then past most recent first, in one order across pages', () => {
    const pages = walk('/events/');
    const numbers = pages.flatMap(({ html }) => [...html.matchAll(/>Attendance forum number (\d+)</g)].map((match) => Number(match[1])));
    const upcoming = Array.from({ length: UPCOMING_EVENTS }, (_, index) => index + 1);
    const past = Array.from({ length: PAST_EVENTS }, (_, index) => UPCOMING_EVENTS + index + 1);
    expect(numbers).toEqual([...upcoming, ...past]);
    const first = pages[0]!.html;
    expect(first.indexOf('id="upcoming-heading"')).toBeGreaterThan(-1);
    expect(first.indexOf('id="upcoming-heading"')).toBeLessThan(first.indexOf('id="past-heading"'));
    expect(pages[1]!.html).not.toContain('id="upcoming-heading"');
    expect(pages[1]!.html).toContain('id="past-heading"');
  });

  it('keeps a long evidence table to the strongest rows on the problem page, and the whole table in pages of its own', () => {
    const problem = page('/problems/attendance/');
    const rows = (html: string) => [...html.matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((match) => match[1]!);
    expect(rows(problem)).toHaveLength(PAGE_SIZE);
    expect(problem).toContain('href="/problems/attendance/evidence/"');
    const table = walk('/problems/attendance/evidence/').flatMap(({ html }) => rows(html));
    expect([...table].sort()).toEqual(publicUrls((entry) => entry.collection === 'findings'));
    expect(table.slice(0, PAGE_SIZE)).toEqual(rows(problem));
    expect(exists('/problems/early-reading/evidence/')).toBe(false);
  });

  it.each([
    ['/briefs/', '/search/?type=brief'],
    ['/es/briefs/', '/es/search/?type=brief'],
    ['/events/page/2/', '/search/?type=event'],
    ['/challenges/legitimacy/', '/search/?challenge=legitimacy'],
    ['/problems/attendance/page/2/', '/search/?problem=attendance'],
    ['/audiences/district-staff/', '/search/?audience=district-staff'],
    ['/alliances/fixture-alliance/', '/search/?alliance=fixture-alliance'],
    ['/people/pat-fixture/', '/search/?q=Pat+Fixture'],
  ])('%s offers a search within it (%s)', (url, search) => {
    expect(page(url)).toContain(`href="${search.replaceAll('&', '&amp;')}"`);
  });

  it('gives every page of a list its language alternates on the first page only', () => {
    expect(page('/briefs/')).toContain('hreflang="es" href="https://rpp-portal.example.org/es/briefs/"');
    expect(page('/briefs/page/2/')).not.toContain('hreflang=');
  });

  it.each(MANY_ENTRIES_SECRETS)('%s is on no page, in no file', (marker) => {
    expect(filesContaining(build.outDir, marker)).toEqual([]);
  });

  it('lists no unpublished entry on any page', () => {
    const unpublished = entries.filter((entry) => !entry.public);
    expect(unpublished.length).toBe(3);
    for (const entry of unpublished) expect(filesContaining(build.outDir, entry.url), entry.url).toEqual([]);
  });

  it('lists every page in the sitemap, and only pages that exist', () => {
    const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>https:\/\/rpp-portal\.example\.org([^<]*)<\/loc>/g)].map((match) => match[1]!);
    const pages = listFiles(build.outDir)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual([...pages].sort());
    expect(listed).toContain('/briefs/page/2/');
    expect(listed).toContain('/problems/attendance/evidence/page/2/');
    expect(listed.filter((url) => url.startsWith('/audiences/district-staff/')).length).toBeGreaterThan(3);
  });
});
