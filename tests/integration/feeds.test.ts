import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readPage, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { fixtureContent } from '../support/fixtures.ts';
import { fixtureEntries, type FixtureEntry } from '../support/fixture-entries.ts';

const NOW = '2026-06-01T00:00:00Z';
const SITE = 'https://rpp-portal.example.org';
const MARKERS = /SECRET-(DRAFT|REVIEW|EMBARGO)-MARKER/;
const ENTRIES = fixtureEntries(fixtureContent('basic'), NOW);
const PUBLISHED = ENTRIES.filter((entry) => entry.public);
const UNPUBLISHED = ENTRIES.filter((entry) => !entry.public);

/** Lists stay lists even with one element, so a feed with one item reads like one with many. */
const xml = new XMLParser({ isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
}

function readFeed(outDir: string, file: string): { title: string; link: string; items: FeedItem[] } {
  const { rss } = xml.parse(readPage(outDir, file)) as { rss: { channel: { title: string; link: string; item?: FeedItem[] } } };
  return { title: rss.channel.title, link: rss.channel.link, items: rss.channel.item ?? [] };
}

const absolute = (entries: readonly FixtureEntry[]) => entries.map((entry) => `${SITE}${entry.url}`).sort();

describe('feeds, sitemap and open data of a production build of the basic fixture (clock: 2026-06-01)', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild({ fixture: 'basic', name: 'feeds-basic', now: NOW });
  });

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
    expect(UNPUBLISHED.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['draft-brief', 'review-brief', 'future-embargo-brief']),
    );
  });

  describe('/rss.xml', () => {
    it('has one item for every published entry of every kind and language, and nothing else', () => {
      const { items } = readFeed(build.outDir, '/rss.xml');
      expect(items.map((item) => item.link).sort()).toEqual(absolute(PUBLISHED));
      expect(items.map((item) => item.link)).toContain(`${SITE}/briefs/released-brief/`);
      expect(items.map((item) => item.link)).toContain(`${SITE}/es/briefs/informe-publico/`);
    });

    it('gives each item its title, the summary as description, and a date', () => {
      const item = readFeed(build.outDir, '/rss.xml').items.find(
        (candidate) => candidate.link === `${SITE}/briefs/public-brief/`,
      );
      expect(item).toMatchObject({ title: 'Public fixture brief about attendance' });
      expect(item?.description).toContain('PUBLIC-FIXTURE-MARKER');
      expect(new Date(item!.pubDate).toISOString()).toBe('2026-01-15T00:00:00.000Z');
    });

    it('holds no marker or id of an unpublished entry', () => {
      const text = readPage(build.outDir, '/rss.xml');
      expect(text).not.toMatch(MARKERS);
      for (const entry of UNPUBLISHED) expect(text).not.toContain(entry.url);
    });

    it("is announced in the head of every page, in the page's language (Spanish pages: /es/rss.xml)", () => {
      const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
      const link = (feed: string) => new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}">`);
      const without = pages.filter((file) => !link(file.startsWith('es/') ? '/es/rss\\.xml' : '/rss\\.xml').test(readPage(build.outDir, `/${file}`)));
      expect(without).toEqual([]);
      expect(pages.filter((file) => file.startsWith('es/')).length).toBeGreaterThan(0);
    });
  });

  describe('/es/rss.xml, for readers of Spanish', () => {
    /** Each published entry once: its public Spanish version where there is one, else itself if English. */
    const forSpanishReaders = () => {
      const translated = new Set(PUBLISHED.filter((entry) => entry.lang === 'es').map((entry) => entry.translationOf));
      return PUBLISHED.filter((entry) => entry.lang === 'es' || (entry.lang === 'en' && !translated.has(entry.id)));
    };

    it('carries every published entry once: in Spanish where translated, else the English original', () => {
      const links = readFeed(build.outDir, '/es/rss.xml').items.map((item) => item.link);
      expect(links.sort()).toEqual(absolute(forSpanishReaders()));
      expect(links).toContain(`${SITE}/es/briefs/informe-publico/`);
      expect(links).not.toContain(`${SITE}/briefs/public-brief/`);
      expect(links).toContain(`${SITE}/briefs/released-brief/`);
    });

    it('is titled and marked in Spanish, and holds nothing unpublished', () => {
      const text = readPage(build.outDir, '/es/rss.xml');
      expect(readFeed(build.outDir, '/es/rss.xml')).toMatchObject({ title: 'Portal de Evidencia de las Alianzas', link: `${SITE}/es/` });
      expect(readFeed(build.outDir, '/rss.xml').link).toBe(`${SITE}/`);
      expect(text).toContain('<language>es</language>');
      expect(text).not.toMatch(MARKERS);
      for (const entry of UNPUBLISHED) expect(text).not.toContain(entry.url);
    });

    it('has a Spanish feed for each problem, linked from its Spanish page', () => {
      const { items, link } = readFeed(build.outDir, '/es/problems/attendance/rss.xml');
      expect(link).toBe(`${SITE}/es/problems/attendance/`);
      expect(readFeed(build.outDir, '/problems/attendance/rss.xml').link).toBe(`${SITE}/problems/attendance/`);
      expect(items.map((item) => item.link).sort()).toEqual(absolute(forSpanishReaders().filter((entry) => entry.problems.includes('attendance'))));
      expect(readPage(build.outDir, '/es/problems/attendance/rss.xml')).not.toMatch(MARKERS);
      expect(readPage(build.outDir, '/es/problems/attendance/')).toContain('<a href="/es/problems/attendance/rss.xml" type="application/rss+xml">');
    });
  });

  describe('/problems/<id>/rss.xml', () => {
    it.each(['attendance', 'early-reading'])('lists exactly the published entries about %s', (problem) => {
      const { title, items } = readFeed(build.outDir, `/problems/${problem}/rss.xml`);
      expect(title).toMatch(/ · Partnership Evidence Portal$/);
      expect(items.map((item) => item.link).sort()).toEqual(
        absolute(PUBLISHED.filter((entry) => entry.problems.includes(problem))),
      );
      expect(readPage(build.outDir, `/problems/${problem}/rss.xml`)).not.toMatch(MARKERS);
    });

    it('includes the brief whose embargo has lifted', () => {
      expect(readFeed(build.outDir, '/problems/early-reading/rss.xml').items.map((item) => item.link)).toContain(
        `${SITE}/briefs/released-brief/`,
      );
    });

    it("is linked from the problem's page, for readers and for feed readers", () => {
      const page = readPage(build.outDir, '/problems/attendance/');
      expect(page).toContain(
        '<link rel="alternate" type="application/rss+xml" title="New on this problem of practice (RSS)" href="/problems/attendance/rss.xml">',
      );
      expect(page).toContain('<a href="/problems/attendance/rss.xml" type="application/rss+xml">');
    });
  });

  describe('sitemap', () => {
    let urls: string[];
    beforeAll(() => {
      const index = xml.parse(readPage(build.outDir, '/sitemap-index.xml')) as {
        sitemapindex: { sitemap: { loc: string }[] };
      };
      expect(index.sitemapindex.sitemap.map((entry) => entry.loc)).toEqual([`${SITE}/sitemap-0.xml`]);
      const sitemap = xml.parse(readPage(build.outDir, '/sitemap-0.xml')) as { urlset: { url: { loc: string }[] } };
      urls = sitemap.urlset.url.map((entry) => entry.loc);
    });

    it('lists every published entry page', () => {
      expect(urls).toEqual(expect.arrayContaining(absolute(PUBLISHED)));
    });

    it('lists only pages that were built, never an unpublished one or the 404 page', () => {
      const built = new Set(
        listFiles(build.outDir)
          .filter((file) => file.endsWith('index.html'))
          .map((file) => `${SITE}/${file.slice(0, -'index.html'.length)}`),
      );
      expect(urls.filter((url) => !built.has(url))).toEqual([]);
      expect(urls.filter((url) => /404/.test(url))).toEqual([]);
      for (const entry of UNPUBLISHED) expect(urls).not.toContain(`${SITE}${entry.url}`);
      expect(readPage(build.outDir, '/sitemap-0.xml')).not.toMatch(MARKERS);
    });
  });

  describe('/api/entries.json', () => {
    interface OpenData {
      generated: string;
      count: number;
      entries: Record<string, unknown>[];
    }
    let data: OpenData;
    beforeAll(() => {
      data = JSON.parse(readPage(build.outDir, '/api/entries.json')) as OpenData;
    });

    it('states the build clock and a count that matches its entries', () => {
      expect(data.generated).toBe('2026-06-01T00:00:00.000Z');
      expect(data.count).toBe(data.entries.length);
    });

    it('lists every published entry and nothing else', () => {
      expect(data.entries.map((entry) => entry['url']).sort()).toEqual(absolute(PUBLISHED));
      expect(JSON.stringify(data)).not.toMatch(MARKERS);
      for (const entry of UNPUBLISHED) expect(data.entries.map((record) => record['id'])).not.toContain(entry.id);
    });

    it('gives each entry the documented fields', () => {
      for (const entry of data.entries) {
        expect(Object.keys(entry).sort()).toEqual([
          'alliance',
          'audiences',
          'date',
          'id',
          'lang',
          'problems',
          'summary',
          'tier',
          'title',
          'type',
          'url',
        ]);
        expect(entry['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('gives a finding its computed tier, and an entry without evidence null', () => {
      expect(data.entries.find((entry) => entry['id'] === 'public-finding')).toMatchObject({
        type: 'finding',
        tier: 1,
        date: '2026-03-01',
      });
      expect(data.entries.find((entry) => entry['id'] === 'keeping-trust')).toMatchObject({
        type: 'challenge',
        tier: null,
      });
      expect(data.entries.find((entry) => entry['id'] === 'informe-publico')).toMatchObject({
        type: 'brief',
        lang: 'es',
      });
    });

    it("dates an event by its own zone's calendar", () => {
      expect(data.entries.find((entry) => entry['id'] === 'spring-forum')).toMatchObject({
        type: 'event',
        date: '2026-04-02',
      });
    });
  });
});
