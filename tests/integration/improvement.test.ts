import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesContaining, listFiles, readAnyFile, readPage, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { checkInternalLinks } from '../support/site-links.ts';

/**
 * Improvement work on the `improvement` fixture (tests/fixtures/improvement on the shared base):
 * an execution network's aim with a Spanish translation, a change idea tested at two schools
 * (North adopts after adapting; South is still testing), one every school dropped, a cluster,
 * measures with their CSVs, and a draft aim, change idea, cycle, cluster and measure
 * plus a cycle in review, each carrying a marker that must reach no byte of a production dist/.
 */
const NOW = '2026-06-01T00:00:00Z';
const SITE = 'https://rpp-portal.example.org';
const DRAFT_MARKERS = ['SECRET-DRAFT-AIM', 'SECRET-DRAFT-IDEA', 'SECRET-DRAFT-CYCLE', 'SECRET-DRAFT-CLUSTER', 'SECRET-DRAFT-MEASURE', 'PREDICTION-south-2'];
const REVIEW_MARKERS = ['SECRET-REVIEW-CYCLE', 'PREDICTION-south-3'];
const UNPUBLISHED_PATHS = ['/aims/secret-aim', '/change-ideas/secret-idea', '/cycles/south-2', '/cycles/south-3', '/clusters/secret-cluster'];

interface Fragment {
  url: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every record of the Pagefind index, read from its gzipped fragments. */
function searchRecords(outDir: string): Fragment[] {
  const folder = path.join(outDir, 'pagefind/fragment');
  return listFiles(folder).map((file) => {
    const text = readAnyFile(path.join(folder, file));
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

/** The text of a page without its tags, spaces collapsed, for reading what a visitor reads. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ([:.,])/g, '$1');
}

describe('a production build of the improvement fixture', () => {
  let build: BuildResult;
  const page = (url: string) => readPage(build.outDir, url);
  beforeAll(() => {
    build = sharedBuild({ fixture: 'improvement', name: 'improvement-production', now: NOW });
  });

  it('passes the check (each measure has its CSV beside its YAML) and builds', () => {
    expect(build.output).toMatch(/No problems in \d+ files\./);
    expect(build.status, build.output).toBe(0);
  });

  it.each([
    ['/aims/', 'en'],
    ['/aims/fixture-aim/', 'en'],
    ['/change-ideas/', 'en'],
    ['/change-ideas/tested-idea/', 'en'],
    ['/change-ideas/dropped-idea/', 'en'],
    ['/cycles/north-1/', 'en'],
    ['/cycles/south-1/', 'en'],
    ['/clusters/', 'en'],
    ['/clusters/fixture-cluster/', 'en'],
    ['/improvement/', 'en'],
    ['/es/aims/', 'es'],
    ['/es/aims/objetivo-fixture/', 'es'],
    ['/es/change-ideas/', 'es'],
    ['/es/change-ideas/idea-probada/', 'es'],
    ['/es/cycles/norte-1/', 'es'],
    ['/es/clusters/', 'es'],
    ['/es/improvement/', 'es'],
  ])('builds %s in %s', (url, lang) => {
    expect(page(url)).toMatch(new RegExp(`<html lang="${lang}"`));
  });

  it.each([...DRAFT_MARKERS, ...REVIEW_MARKERS])('%s appears in no byte of dist/ (Pagefind fragments decompressed)', (marker) => {
    expect(filesContaining(build.outDir, marker)).toEqual([]);
  });

  it.each(UNPUBLISHED_PATHS)('no file name or link leads to the unpublished %s', (urlPath) => {
    expect(listFiles(build.outDir).filter((file) => file.includes(urlPath.slice(1)))).toEqual([]);
    expect(filesContaining(build.outDir, urlPath)).toEqual([]);
  });

  it('draws the driver diagram without client JavaScript, and gives it as nested lists', () => {
    const html = page('/aims/fixture-aim/');
    expect(html).not.toMatch(/<script/);
    expect(html).toMatch(/<svg [^>]*aria-hidden="true"[^>]*class="driver-diagram-svg"/);
    const list = html.slice(html.indexOf('<ul class="driver-tree">'));
    expect(textOf(list)).toContain(
      'Primary driver: Adults notice early when a student slips Secondary driver: Teams review grades every week A weekly grade huddle Adopted at 1 site, testing at 1 site · 3 cycles at 2 sites',
    );
    expect(textOf(list)).toContain('Saturday catch-up Abandoned at 1 site · 1 cycle at 1 site');
    expect(list).toContain('<a href="/change-ideas/tested-idea/">A weekly grade huddle</a>');
  });

  it("lists the aim's visible measures by kind, each linked with its chart and verdict, and its target", () => {
    const html = page('/aims/fixture-aim/');
    const text = textOf(html);
    expect(text).toContain('Outcome measures Is the aim being met? Outcome measure Students on track');
    expect(text).toContain('Process measures Are the changes happening as planned? Process measure Students discussed within a week');
    expect(text).toContain('Balancing measures Is anything getting worse because of the changes? Balancing measure Teacher hours in meetings');
    expect(text).toContain('Target Students on track: 80% by June 15, 2027');
    for (const id of ['on-track-rate', 'huddle-rate', 'meeting-hours']) expect(html).toContain(`<a href="/measures/${id}/">`);
    expect(html.match(/<svg [^>]*class="mc mc-card"/g)).toHaveLength(3);
    expect(text).toContain('It is too early to tell: a run chart needs at least 10 points off its middle line');
    expect(text).toContain('Research action clusters on this aim Early response cluster');
  });

  it('derives the status of each school from its published cycles only (the draft that abandons at South leaves no trace)', () => {
    const html = page('/change-ideas/tested-idea/');
    const table = textOf(html.slice(html.indexOf('<table'), html.indexOf('</table>')));
    expect(table).toContain('North School Adopted 2');
    expect(table).toContain('South School Testing 1');
    expect(textOf(html)).toContain('Status Adopted at 1 site, testing at 1 site');
  });

  it("shows each school's ramp in order, prediction beside result, with the decision", () => {
    const html = page('/change-ideas/tested-idea/');
    const north = html.indexOf('id="site-north-school"');
    const south = html.indexOf('id="site-south-school"');
    expect(north).toBeGreaterThan(-1);
    expect(south).toBeGreaterThan(north);
    const northRamp = html.slice(north, south);
    expect(northRamp.indexOf('/cycles/north-1/')).toBeLessThan(northRamp.indexOf('/cycles/north-2/'));
    expect(textOf(northRamp)).toContain('What the team predicted PREDICTION-north-1 What happened RESULT-north-1');
    expect(textOf(northRamp)).toContain('The decision: Adapt (change it and test it again)');
    expect(textOf(html.slice(south))).toContain('The cycle is still running: the result comes when it ends.');
  });

  it('shows the evidence behind a change idea with its computed tier, and where it sits in the aim', () => {
    const html = page('/change-ideas/tested-idea/');
    expect(html).toContain('<a href="/findings/team-meetings-help/">Weekly team meetings kept more students on track</a>');
    expect(html).toMatch(/href="\/evidence\/#tier-2"/);
    expect(textOf(html)).toContain('Part of More students on track in the fixture network → Adults notice early when a student slips → Teams review grades every week');
  });

  it('links a cycle to its change idea, site, measures, people, and its neighbours in the ramp', () => {
    const html = page('/cycles/north-2/');
    const text = textOf(html);
    expect(html).toContain('<a href="/change-ideas/tested-idea/">A weekly grade huddle</a>');
    expect(text).toContain('Site North School');
    expect(text).toContain('Measures watched Students discussed within a week');
    expect(html).toContain('href="/people/pat-fixture/"');
    expect(html).toMatch(/<a href="\/cycles\/north-1\/" rel="prev"/);
    expect(html).not.toContain('rel="next"');
    expect(text).toContain('The decision Adopt: keep doing it as part of the usual routine.');
    // South's first cycle builds on North's last, at another school.
    expect(textOf(page('/cycles/south-1/'))).toContain('Builds on: North: every team (at North School)');
  });

  it('names a cluster’s aim, driver, members and chairs, and lists the published cycles on its driver', () => {
    const html = page('/clusters/fixture-cluster/');
    const text = textOf(html);
    expect(text).toContain('Aim More students on track in the fixture network');
    expect(text).toContain('Primary driver Adults notice early when a student slips');
    expect(html).toContain('href="/alliances/fixture-network/"');
    expect(text).toContain('Chairs Sam Presenter');
    const cycles = [...html.matchAll(/href="\/cycles\/([a-z0-9-]+)\/"/g)].map((match) => match[1]);
    expect(cycles).toEqual(['south-1', 'north-2', 'north-1']);
  });

  it('says in plain words that the alliance is an execution network, and lists its cluster', () => {
    const html = page('/alliances/fixture-network/');
    expect(textOf(html)).toContain('This is an execution network. Its members work toward one shared goal');
    expect(html).toContain('href="/clusters/fixture-cluster/"');
    expect(page('/alliances/fixture-alliance/')).not.toContain('data-network=');
  });

  it('lists the aims on their problem’s page, and the cycles on their people’s pages', () => {
    expect(page('/problems/attendance/')).toContain('href="/aims/fixture-aim/"');
    expect(page('/people/pat-fixture/')).toContain('href="/cycles/north-1/"');
    expect(page('/people/sam-presenter/')).toContain('href="/clusters/fixture-cluster/"');
  });

  it('gives the Spanish aim its own words, the Spanish change idea where translated, and the rest marked as English', () => {
    const html = page('/es/aims/objetivo-fixture/');
    expect(textOf(html)).toContain('Impulsor primario: Los adultos notan pronto cuando un estudiante se atrasa');
    expect(html).toContain('<a href="/es/change-ideas/idea-probada/">Una reunión semanal sobre las notas</a>');
    expect(textOf(html)).toContain('Adoptada en 1 sitio, en prueba en 1 sitio · 3 ciclos en 2 sitios');
    expect(html).toContain('<a href="/change-ideas/dropped-idea/" lang="en" hreflang="en">Saturday catch-up</a>');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://rpp-portal.example.org/aims/fixture-aim/">');
    // The Spanish change idea shows the translated cycle where there is one.
    const idea = page('/es/change-ideas/idea-probada/');
    expect(idea).toContain('href="/es/cycles/norte-1/"');
    expect(idea).toContain('PREDICCION-norte-1');
    expect(idea).toContain('href="/cycles/north-2/"');
  });

  it('counts a translated cycle once', () => {
    expect(textOf(page('/change-ideas/tested-idea/'))).toContain('North School Adopted 2');
  });

  it('makes one search record per published entry page, with its type', () => {
    const records = new Map(searchRecords(build.outDir).map((record) => [record.url, record]));
    expect(
      Object.fromEntries(
        ['/aims/fixture-aim/', '/es/aims/objetivo-fixture/', '/change-ideas/tested-idea/', '/cycles/north-1/', '/clusters/fixture-cluster/'].map((url) => [
          url,
          records.get(url)?.filters['type'],
        ]),
      ),
    ).toEqual({
      '/aims/fixture-aim/': ['aim'],
      '/es/aims/objetivo-fixture/': ['aim'],
      '/change-ideas/tested-idea/': ['change-idea'],
      '/cycles/north-1/': ['cycle'],
      '/clusters/fixture-cluster/': ['cluster'],
    });
    expect(records.get('/cycles/north-1/')).toMatchObject({ filters: { problem: ['attendance'], alliance: ['fixture-network'], tier: ['none'] }, meta: { type: 'cycle', date: '2026-02-02' } });
    expect([...records.keys()].filter((url) => /aims\/$|change-ideas\/$|clusters\/$|improvement\/$/.test(url))).toEqual([]);
    expect([...records.keys()].filter((url) => url.includes('measures')).sort()).toEqual(['/measures/huddle-rate/', '/measures/meeting-hours/', '/measures/on-track-rate/']);
    expect(records.get('/measures/huddle-rate/')?.filters['type']).toEqual(['measure']);
  });

  it('offers the new kinds as search filter values', () => {
    const html = page('/search/');
    for (const type of ['aim', 'change-idea', 'cycle', 'cluster', 'measure']) expect(html).toContain(`name="type" value="${type}"`);
  });

  it('puts the new kinds in open data, feeds and the sitemap', () => {
    const data = JSON.parse(readFileSync(path.join(build.outDir, 'api/entries.json'), 'utf8')) as { entries: { type: string; id: string; url: string }[] };
    const byType = (type: string) => data.entries.filter((entry) => entry.type === type).map((entry) => entry.id).sort();
    expect(byType('aim')).toEqual(['fixture-aim', 'objetivo-fixture']);
    expect(byType('change-idea')).toEqual(['dropped-idea', 'idea-probada', 'tested-idea']);
    expect(byType('cycle')).toEqual(['east-1', 'norte-1', 'north-1', 'north-2', 'south-1']);
    expect(byType('cluster')).toEqual(['fixture-cluster']);
    expect(byType('measure')).toEqual(['huddle-rate', 'meeting-hours', 'on-track-rate']);
    const feed = new XMLParser().parse(readFileSync(path.join(build.outDir, 'rss.xml'), 'utf8')) as { rss: { channel: { item: { link: string }[] } } };
    const links = feed.rss.channel.item.map((item) => item.link);
    expect(links).toContain(`${SITE}/aims/fixture-aim/`);
    expect(links).toContain(`${SITE}/cycles/south-1/`);
    const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${SITE}/aims/fixture-aim/`);
    expect(sitemap).toContain(`${SITE}/es/improvement/`);
  });

  it('has no broken internal link or anchor', () => {
    expect(checkInternalLinks(build.outDir, SITE)).toEqual([]);
  });
});

describe('a partner preview of the improvement fixture', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild({ fixture: 'improvement', name: 'improvement-preview', now: NOW, command: 'build:preview' });
  });

  it('shows the cycle in review, marked, and counts it, but never the drafts', () => {
    expect(build.status, build.output).toBe(0);
    const cycle = readPage(build.outDir, '/cycles/south-3/');
    expect(cycle).toContain('SECRET-REVIEW-CYCLE');
    expect(cycle).toContain('data-status="review"');
    const idea = readPage(build.outDir, '/change-ideas/tested-idea/');
    expect(textOf(idea)).toContain('South School Testing 2');
    // Listed in its ramp, the cycle in review says so.
    const ramp = idea.slice(idea.indexOf('href="/cycles/south-3/"') - 400, idea.indexOf('href="/cycles/south-3/"') + 400);
    expect(ramp).toContain('<span class="tag tag-pending">In review</span>');
    for (const marker of DRAFT_MARKERS) expect(filesContaining(build.outDir, marker)).toEqual([]);
  });

  it('keeps the cycle in review out of feeds and open data', () => {
    expect(readFileSync(path.join(build.outDir, 'rss.xml'), 'utf8')).not.toContain('south-3');
    expect(readFileSync(path.join(build.outDir, 'api/entries.json'), 'utf8')).not.toContain('south-3');
  });
});
