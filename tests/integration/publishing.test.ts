import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, filesContaining, listFiles, readPage, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { fixtureContent } from '../support/fixtures.ts';
import { copyFixtureContent } from '../support/cli.ts';
import { fixtureEntries } from '../support/fixture-entries.ts';

const UNPUBLISHED_MARKERS = ['SECRET-DRAFT-MARKER', 'SECRET-REVIEW-MARKER', 'SECRET-EMBARGO-MARKER'];
const UNPUBLISHED_IDS = ['draft-brief', 'review-brief', 'future-embargo-brief'];

describe('a production build of the basic fixture (clock: 2026-06-01)', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild({ fixture: 'basic', name: 'basic-production', now: '2026-06-01T00:00:00Z' });
  });

  it('succeeds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it.each(UNPUBLISHED_MARKERS)('%s appears in no byte of dist/ (gzipped files decompressed)', (marker) => {
    expect(filesContaining(build.outDir, marker)).toEqual([]);
  });

  it.each(UNPUBLISHED_IDS)('no file name or link names the unpublished entry %s', (id) => {
    expect(listFiles(build.outDir).filter((file) => file.includes(id))).toEqual([]);
    expect(filesContaining(build.outDir, `/briefs/${id}`)).toEqual([]);
  });

  it('publishes an entry whose embargo has passed', () => {
    expect(readPage(build.outDir, '/briefs/released-brief/')).toContain('RELEASED-EMBARGO-MARKER');
    expect(readPage(build.outDir, '/briefs/')).toContain('/briefs/released-brief/');
  });

  it.each([
    '/',
    '/briefs/',
    '/briefs/public-brief/',
    '/findings/',
    '/findings/public-finding/',
    '/challenges/',
    '/challenges/keeping-trust/',
    '/challenges/legitimacy/',
    '/challenges/alignment/',
    '/challenges/learning/',
    '/events/',
    '/events/spring-forum/',
    '/events/winter-workshop/',
    '/problems/',
    '/problems/attendance/',
    '/problems/early-reading/',
    '/audiences/district-staff/',
    '/audiences/researchers/',
    '/audiences/community/',
    '/alliances/fixture-alliance/',
    '/people/pat-fixture/',
    '/people/sam-presenter/',
    '/glossary/',
    '/404.html',
  ])('builds %s with lang set', (page) => {
    expect(readPage(build.outDir, page)).toMatch(/<html lang="en"/);
  });

  it.each(['/es/', '/es/briefs/', '/es/findings/', '/es/challenges/', '/es/events/', '/es/problems/', '/es/problems/attendance/', '/es/alliances/fixture-alliance/', '/es/people/pat-fixture/', '/es/briefs/informe-publico/'])(
    'builds the Spanish page %s with lang="es"',
    (page) => {
      expect(readPage(build.outDir, page)).toMatch(/<html lang="es"/);
    },
  );

  it('marks only the English words on a Spanish page of an audience or problem with no translation', () => {
    const audience = readPage(build.outDir, '/es/audiences/district-staff/');
    expect(audience).toContain('<h1>Para <span lang="en">district staff</span></h1>');
    expect(audience).toContain('<p class="lede" lang="en">Fixture audience for district staff.</p>');
    expect(readPage(build.outDir, '/es/problems/attendance/')).toMatch(/<h1 lang="en">[^<]+<\/h1>/);
    // On a Spanish card, the audience's English label is marked too.
    expect(readPage(build.outDir, '/es/briefs/')).toContain('<span class="tag" lang="en">Community</span>');
    expect(readPage(build.outDir, '/briefs/')).not.toContain('<span class="tag" lang=');
  });

  it('links a translation and its original both ways, with hreflang alternates and a visible switch', () => {
    const original = readPage(build.outDir, '/briefs/public-brief/');
    const translation = readPage(build.outDir, '/es/briefs/informe-publico/');
    for (const page of [original, translation]) {
      expect(page).toContain('<link rel="alternate" hreflang="en" href="https://rpp-portal.example.org/briefs/public-brief/">');
      expect(page).toContain('<link rel="alternate" hreflang="es" href="https://rpp-portal.example.org/es/briefs/informe-publico/">');
    }
    expect(original).toMatch(/<a href="\/es\/briefs\/informe-publico\/" hreflang="es" lang="es">Español<\/a>/);
    expect(translation).toMatch(/<a href="\/briefs\/public-brief\/" hreflang="en" lang="en">English<\/a>/);
  });

  it('lists Spanish entries on the Spanish list, not the English one', () => {
    expect(readPage(build.outDir, '/es/briefs/')).toContain('/es/briefs/informe-publico/');
    expect(readPage(build.outDir, '/briefs/')).not.toContain('/es/briefs/informe-publico/');
    expect(readPage(build.outDir, '/es/briefs/')).not.toContain('/briefs/public-brief/"');
  });

  it('keeps related links to published entries and drops those to drafts', () => {
    const page = readPage(build.outDir, '/briefs/public-brief/');
    expect(page).toContain('href="/findings/public-finding/"');
    expect(page).not.toContain('draft-brief');
  });

  it('lists upcoming events before past ones', () => {
    const page = readPage(build.outDir, '/events/');
    expect(page.indexOf('/events/winter-workshop/')).toBeLessThan(page.indexOf('/events/spring-forum/'));
  });

  it('lists everything tagged with a problem, and only that', () => {
    const page = readPage(build.outDir, '/problems/early-reading/');
    expect(page).toContain('/findings/public-finding/');
    expect(page).toContain('/briefs/released-brief/');
    expect(page).not.toContain('/briefs/public-brief/');
  });

  it('shows an event in its own time zone with the zone named, and interpretation by name', () => {
    const page = readPage(build.outDir, '/events/spring-forum/');
    expect(page).toMatch(/Thursday, April 2, 2026.*6:00.*7:30.*PM CDT/s);
    expect(page).toContain('Spanish, Arabic');
  });

  it('ships no JavaScript of ours outside the search page', () => {
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    const withScript = pages.filter((file) => /<script(?![^>]*application\/ld\+json)/.test(readPage(build.outDir, `/${file}`)));
    expect(withScript).toEqual(['es/search/index.html', 'search/index.html']);
    const searchScripts = [...readPage(build.outDir, '/search/').matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((match) => match[1]);
    const ourScripts = listFiles(build.outDir).filter((file) => file.endsWith('.js') && !file.startsWith('pagefind/'));
    expect(ourScripts).toEqual(searchScripts);
  });

  it('indexes every public entry page for search, and nothing else, per language', () => {
    const entry = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const publicEntries = fixtureEntries(fixtureContent('basic'), '2026-06-01T00:00:00Z').filter((item) => item.public);
    const perLanguage = Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]));
    expect(perLanguage).toEqual({
      en: publicEntries.filter((item) => !item.url.startsWith('/es/')).length,
      es: publicEntries.filter((item) => item.url.startsWith('/es/')).length,
    });
  });
});

describe('a later build with one more problem file (clock: 2026-12-02)', () => {
  let build: BuildResult;
  beforeAll(() => {
    const tree = path.join(TMP, 'basic-plus-problem-content');
    copyFixtureContent('basic', tree);
    writeFileSync(
      path.join(tree, 'problems/math-placement.yaml'),
      'title: Math placement\nquestion: Who gets into algebra?\ndescription: Added by a test.\norder: 3\n',
    );
    build = buildSite({ fixture: 'basic', name: 'basic-later', now: '2026-12-02T00:00:00Z', contentDir: tree });
  });

  it('publishes the embargoed brief once its time has come', () => {
    expect(build.status).toBe(0);
    expect(readPage(build.outDir, '/briefs/future-embargo-brief/')).toContain('SECRET-EMBARGO-MARKER');
  });

  it('gives a new problem file its page and a place in the problem list, with no other edit', () => {
    expect(readPage(build.outDir, '/problems/math-placement/')).toContain('Who gets into algebra?');
    expect(readPage(build.outDir, '/problems/')).toContain('/problems/math-placement/');
  });

  it('still keeps drafts and reviews out', () => {
    expect(filesContaining(build.outDir, 'SECRET-DRAFT-MARKER')).toEqual([]);
    expect(filesContaining(build.outDir, 'SECRET-REVIEW-MARKER')).toEqual([]);
  });
});

describe('a content tree with mistakes', () => {
  it('makes `npm run build` print every problem and publish nothing', () => {
    const build = buildSite({ fixture: 'broken', name: 'broken-build', now: '2026-06-01T00:00:00Z' });
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/\d+ problems in \d+ files/);
    expect(existsSync(build.outDir)).toBe(false);
  });

  it('makes `astro build` alone refuse too (the schemas guard the build)', () => {
    const build = buildSite({ fixture: 'broken', name: 'broken-astro', now: '2026-06-01T00:00:00Z', command: 'astro' });
    expect(build.status).not.toBe(0);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});
