import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseMeasure, measureJson, readMeasureCsv, type MeasureSettings } from '../../src/lib/measures/index.ts';
import { TMP, buildSite, filesContaining, listFiles, readAnyFile, readPage, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { fixtureContent } from '../support/fixtures.ts';
import { checkInternalLinks } from '../support/site-links.ts';

/**
 * Measures on the `measures` fixture (tests/fixtures/measures on the shared base): a run chart
 * with a shift and a Spanish translation; an XmR chart with one series per school, a phase, and
 * withheld months whose source value is the marker 987.654; a draft measure; cycles at three
 * schools that name them (one at a school without a series), and a draft cycle.
 */
const NOW = '2026-06-01T00:00:00Z';
const SITE = 'https://rpp-portal.example.org';
const WITHHELD_MARKER = '987.654';
const DRAFT_MARKERS = ['SECRET-DRAFT-MEASURE', '246.802', 'SECRET-DRAFT-CYCLE', 'secret-measure', 'secret-cycle'];
const FIXTURE_MEASURES = path.join(import.meta.dirname, '../fixtures/measures/content/measures');

interface Fragment {
  url: string;
  filters: Record<string, string[]>;
}

function searchRecords(outDir: string): Fragment[] {
  const folder = path.join(outDir, 'pagefind/fragment');
  return listFiles(folder).map((file) => {
    const text = readAnyFile(path.join(folder, file));
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ([:.,;])/g, '$1');
}

/** The page charts (SVG) of a measure page, in order. */
function pageCharts(html: string): string[] {
  return [...html.matchAll(/<svg [^>]*class="mc mc-page"[\s\S]*?<\/svg>/g)].map((match) => match[0]);
}

/** What the measures library makes of a fixture measure's own files. */
function expectedAnalysis(id: string) {
  const source = yaml.load(readFileSync(path.join(FIXTURE_MEASURES, `${id}.yaml`), 'utf8')) as MeasureSettings & { title: string; unit: string };
  const { data, problems } = readMeasureCsv(readFileSync(path.join(FIXTURE_MEASURES, `${id}.csv`), 'utf8'));
  expect(problems).toEqual([]);
  const { better, chart, baselinePoints, phases, target } = source;
  const analysis = analyseMeasure(data, { better, chart, baselinePoints, phases, target });
  return { data, analysis, json: measureJson({ id, title: source.title, unit: source.unit }, analysis) };
}

describe('a production build of the measures fixture', () => {
  let build: BuildResult;
  const page = (url: string) => readPage(build.outDir, url);
  beforeAll(() => {
    build = sharedBuild({ fixture: 'measures', name: 'measures-production', now: NOW });
  });

  it('passes the check and builds', () => {
    expect(build.output).toMatch(/No problems in \d+ files\./);
    expect(build.status, build.output).toBe(0);
  });

  it.each([
    ['/measures/', 'en'],
    ['/measures/network-rate/', 'en'],
    ['/measures/site-review/', 'en'],
    ['/es/measures/', 'es'],
    ['/es/measures/tasa-de-la-red/', 'es'],
  ])('builds %s in %s', (url, lang) => {
    expect(page(url)).toMatch(new RegExp(`<html lang="${lang}"`));
  });

  it('links a measure and its translation both ways, and gives no page to an untranslated one in Spanish', () => {
    expect(page('/measures/network-rate/')).toContain(`<link rel="alternate" hreflang="es" href="${SITE}/es/measures/tasa-de-la-red/">`);
    expect(page('/es/measures/tasa-de-la-red/')).toContain(`<link rel="alternate" hreflang="en" href="${SITE}/measures/network-rate/">`);
    expect(existsSync(path.join(build.outDir, 'es/measures/site-review'))).toBe(false);
  });

  it(`never publishes a withheld value: ${WITHHELD_MARKER} appears in no byte of dist/ (Pagefind fragments decompressed)`, () => {
    expect(filesContaining(build.outDir, WITHHELD_MARKER)).toEqual([]);
  });

  it.each(DRAFT_MARKERS)('%s (a draft measure, its data, a draft cycle) appears in no byte of dist/', (marker) => {
    expect(filesContaining(build.outDir, marker)).toEqual([]);
  });

  it.each(['network-rate', 'site-review'])('publishes /api/measures/%s.json as the measures library analyses the same CSV', (id) => {
    const published = JSON.parse(readFileSync(path.join(build.outDir, `api/measures/${id}.json`), 'utf8')) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(expectedAnalysis(id).json)));
  });

  it('publishes data files for public originals only (a translation shares its original’s)', () => {
    const files = listFiles(build.outDir).filter((file) => /^(api\/)?measures\/[^/]+\.(csv|json)$/.test(file));
    expect(files).toEqual(['api/measures/network-rate.json', 'api/measures/site-review.json', 'measures/network-rate.csv', 'measures/site-review.csv']);
  });

  it('publishes /measures/<id>.csv with the rows as written, and every withheld value and count left empty', () => {
    const published = parse(readFileSync(path.join(build.outDir, 'measures/site-review.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const source = parse(readFileSync(path.join(FIXTURE_MEASURES, 'site-review.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(published.map((row) => Object.keys(row))[0]).toEqual(['date', 'value', 'n', 'site']);
    const key = (row: Record<string, string>) => `${row['site']}|${row['date']}`;
    expect(published.map(key).sort()).toEqual(source.map(key).sort());
    const publishedByKey = new Map(published.map((row) => [key(row), row]));
    let withheld = 0;
    for (const row of source) {
      const out = publishedByKey.get(key(row))!;
      if (Number(row['n']) >= 1 && Number(row['n']) <= 9) {
        withheld += 1;
        expect(out).toEqual({ ...row, value: '', n: '' });
      } else {
        expect(out).toEqual(row);
      }
    }
    expect(withheld).toBe(4);
  });

  it('draws one point marker per value that has one, and marks withheld months on the axis', () => {
    const { data } = expectedAnalysis('site-review');
    const charts = pageCharts(page('/measures/site-review/'));
    expect(charts).toHaveLength(3);
    charts.forEach((chart, index) => {
      const rows = data.series[index]!.rows;
      expect(chart.match(/<(?:circle|path) class="mc-point/g)).toHaveLength(rows.filter((row) => row.value !== null).length);
      expect(chart.match(/<circle class="mc-withheld"/g) ?? []).toHaveLength(rows.filter((row) => row.withheld).length);
    });
    const [runChart] = pageCharts(page('/measures/network-rate/'));
    expect(runChart!.match(/<(?:circle|path) class="mc-point/g)).toHaveLength(23);
  });

  it('puts every series of a measure with sites on one scale', () => {
    const ticks = pageCharts(page('/measures/site-review/')).map((chart) => [...chart.matchAll(/class="mc-tick mc-tick-y"[^>]*>([^<]+)</g)].map((match) => match[1]));
    expect(ticks[0]!.length).toBeGreaterThan(2);
    expect(ticks[1]).toEqual(ticks[0]);
    expect(ticks[2]).toEqual(ticks[0]);
  });

  it('marks each published cycle on its own school’s chart, linking to it, and lists every one', () => {
    const html = page('/measures/site-review/');
    const links = pageCharts(html).map((chart) => [...chart.matchAll(/<a class="mc-cycle" href="([^"]+)"/g)].map((match) => match[1]));
    expect(links).toEqual([['/cycles/north-huddle/'], ['/cycles/south-huddle/'], []]);
    // West School has no series: its cycle is listed, not marked.
    const list = html.slice(html.indexOf('id="cycles-heading"'), html.indexOf('id="data-heading"'));
    expect([...list.matchAll(/href="(\/cycles\/[^"]+)"/g)].map((match) => match[1])).toEqual(['/cycles/north-huddle/', '/cycles/west-huddle/', '/cycles/south-huddle/']);
    expect(pageCharts(page('/measures/network-rate/'))[0]!.match(/<a class="mc-cycle" href="([^"]+)"/g)).toHaveLength(1);
  });

  it('gives each chart a name and a text alternative, and says what the data show in plain words', () => {
    const html = page('/measures/network-rate/');
    expect(html).toMatch(/<svg [^>]*role="group"[^>]*aria-labelledby="chart-title"[^>]*aria-describedby="chart-alt chart-verdict"/);
    expect(html).toContain('<title id="chart-title">Run chart: Students on track in the network</title>');
    expect(textOf(html)).toContain('Run chart of 24 months, from January 2024 to December 2025; median 50.5%.');
    expect(textOf(html)).toContain('What the data say The last nine months were all above the usual level: a sign of real change, not chance. This is a change for the better.');
    expect(textOf(page('/es/measures/tasa-de-la-red/'))).toContain('En los últimos nueve meses, el valor estuvo siempre por encima del nivel habitual');
    expect(textOf(page('/measures/site-review/'))).toContain('North School Every point is within the usual ups and downs: no sign of real change so far. Since January 2025 (Weekly huddles), the usual level has been 72%, against 40.6% before, a change for the better.');
  });

  it('shows a withheld month in the data table in words, never as a number, and no count for it', () => {
    const html = page('/measures/site-review/');
    const row = /<tr data-date="2025-03-01" data-withheld="true">([\s\S]*?)<\/tr>/.exec(html)?.[1];
    expect(textOf(row ?? '')).toBe(' March 2025 withheld (fewer than 10 people) none ');
    expect(textOf(html)).toContain('From January 1, 2025: Weekly huddles');
  });

  it('lists its measures on the aim page, each linked, with a small chart and the verdict', () => {
    const html = page('/aims/measured-aim/');
    expect(html).toContain('<a href="/measures/network-rate/">Students on track in the network</a>');
    expect(html.match(/<svg [^>]*class="mc mc-card"/g)).toHaveLength(4);
    expect(textOf(html)).toContain('The last nine months were all above the usual level');
  });

  it("shows on a cycle's page the charts of its measures at its own school, marking where it started", () => {
    const html = page('/cycles/south-huddle/');
    const cards = html.slice(html.indexOf('id="measures-heading"'));
    expect(textOf(cards)).toContain('South School');
    expect(textOf(cards)).not.toContain('North School');
    expect(cards.match(/data-cycle="south-huddle"/g)).toHaveLength(1);
    expect(cards).not.toMatch(/<a class="mc-cycle"/);
  });

  it('makes a search record of type measure for each measure page, in both languages', () => {
    const records = new Map(searchRecords(build.outDir).map((record) => [record.url, record]));
    const measures = [...records.keys()].filter((url) => url.includes('/measures/')).sort();
    expect(measures).toEqual(['/es/measures/tasa-de-la-red/', '/measures/network-rate/', '/measures/site-review/']);
    for (const url of measures) expect(records.get(url)?.filters['type']).toEqual(['measure']);
  });

  it('lists measures in open data, the feeds and the sitemap like every entry', () => {
    const data = JSON.parse(readFileSync(path.join(build.outDir, 'api/entries.json'), 'utf8')) as { entries: { type: string; id: string; url: string }[] };
    expect(data.entries.filter((entry) => entry.type === 'measure').map((entry) => entry.url).sort()).toEqual([
      `${SITE}/es/measures/tasa-de-la-red/`,
      `${SITE}/measures/network-rate/`,
      `${SITE}/measures/site-review/`,
    ]);
    const feed = new XMLParser().parse(readFileSync(path.join(build.outDir, 'rss.xml'), 'utf8')) as { rss: { channel: { item: { link: string }[] } } };
    expect(feed.rss.channel.item.map((item) => item.link)).toContain(`${SITE}/measures/site-review/`);
    const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    for (const url of ['/measures/', '/measures/network-rate/', '/es/measures/tasa-de-la-red/']) expect(sitemap).toContain(`<loc>${SITE}${url}</loc>`);
  });

  it('has no broken internal link or anchor', () => {
    expect(checkInternalLinks(build.outDir, SITE)).toEqual([]);
  });
});

describe('a build of measure data that does not read cleanly, without the check first', () => {
  // Beside the build's own folder, which buildSite empties first.
  const content = path.join(TMP, 'measures-bad-data-content/content');
  let build: BuildResult;
  beforeAll(() => {
    rmSync(content, { recursive: true, force: true });
    mkdirSync(path.dirname(content), { recursive: true });
    cpSync(fixtureContent('measures'), content, { recursive: true });
    const csv = path.join(content, 'measures/network-rate.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    lines[3] = '2024-03-01,4 9,200';
    writeFileSync(csv, lines.join('\n'));
    build = buildSite({ fixture: 'measures', name: 'measures-bad-data', now: NOW, command: 'astro', contentDir: content });
  });

  it('fails, naming the file, the line, the column and what to write', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The measure network-rate cannot be published until its data reads cleanly');
    expect(build.output).toContain('tests/.tmp/measures-bad-data-content/content/measures/network-rate.csv');
    expect(build.output).toContain('value (line 4, column 2): found "4 9"; expected a number');
  });
});
