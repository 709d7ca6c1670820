/**
 * Measures as pages need them (content/README.md, section 8): each measure's data read from its
 * CSV (a translation reads its original's), checked, analysed, and laid out as charts, readings,
 * tables and cycle markers, in the reader's language. Built from visible entries only: a cycle
 * in draft marks no chart.
 *
 * The build's guard on measure data lives here, where every measure page, card and download asks
 * for its data: a measure whose CSV does not read cleanly, or whose phases or baseline do not fit
 * it, stops the build with the same messages as `npm run check` (file, line, column), so a build
 * that skipped the check still publishes nothing from a broken file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkMeasureData } from '../check/measure-data.ts';
import { formatProblems } from '../check/format.ts';
import { uiStrings } from '../i18n/index.ts';
import { entryUrl } from '../lib/collections.ts';
import { resolveContentDir } from '../lib/content-files.ts';
import { pendingState, type Status } from '../lib/publishing.ts';
import { langIfOther } from '../lib/translations.ts';
import {
  analyseMeasure,
  chartGeometry,
  describeChart,
  describeSeries,
  readSeries,
  sharedXDomain,
  sharedYDomain,
  type ChartGeometry,
  type MeasureAnalysis,
  type MeasureData,
  type MeasureSettings,
  type MeasureWords,
  type SeriesReading,
} from '../lib/measures/index.ts';
import { cyclesForSeries, legendOf, pointTone, type Legend, type Tone } from '../lib/measures/chart-view.ts';
import { tableRows, type TableRow } from '../lib/measures/table.ts';
import type { ChartKind, MeasureSeries } from '../lib/measures/types.ts';
import { MEASURE_KINDS, type MeasureKind } from '../schemas/measure.ts';
import { buildNow, once, originalEntries, versionFor, visibleById, type EntryOf } from './entries.ts';
import { linkFor, originalId, type EntryLink } from './improvement.ts';

export type MeasureEntry = EntryOf<'measures'>;

const contentDir = resolveContentDir(process.env);

/** Chart sizes in SVG units; the stylesheet scales them to the column. */
export const CHART_SIZES = {
  /** The chart of a measure without sites, on its page. */
  full: { width: 720, height: 320, margin: { top: 44, right: 16, bottom: 32, left: 52 } },
  /** One site's chart among small multiples, on the measure's page. */
  multiple: { width: 520, height: 260, margin: { top: 44, right: 12, bottom: 32, left: 48 } },
  /** A card's chart, in lists and on aim and cycle pages. */
  card: { width: 320, height: 140, margin: { top: 20, right: 8, bottom: 24, left: 40 } },
} as const;
export type ChartSize = keyof typeof CHART_SIZES;

/** A measure's data and analysis, with the settings they were analysed with. */
export interface MeasureSource {
  data: MeasureData;
  analysis: MeasureAnalysis;
  settings: MeasureSettings;
}

/** The settings of a measure's YAML, as the analysis takes them. */
export function settingsOf(measure: MeasureEntry): MeasureSettings {
  const { better, chart, baselinePoints, phases, target } = measure.data;
  return { better, chart, baselinePoints, phases, target };
}

/** A measure's CSV, read and checked against the YAML of `measure`; throws with every problem. */
function readChecked(measure: MeasureEntry): MeasureData {
  const id = originalId(measure);
  const csvFile = path.join(contentDir, 'measures', `${id}.csv`);
  const yamlFile = path.join(contentDir, 'measures', `${measure.id}.yaml`);
  const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
  if (!existsSync(csvFile)) {
    throw new Error(`${shown(csvFile)}: no data for the measure ${measure.id}; a measure needs its CSV beside its YAML. Run npm run check.`);
  }
  const { problems, reading } = checkMeasureData(
    { path: shown(csvFile), text: readFileSync(csvFile, 'utf8') },
    { path: shown(yamlFile), text: existsSync(yamlFile) ? readFileSync(yamlFile, 'utf8') : '' },
    { phases: measure.data.phases, baselinePoints: measure.data.baselinePoints },
  );
  if (problems.length) {
    throw new Error(`The measure ${measure.id} cannot be published until its data reads cleanly:\n${formatProblems(problems)}\nRun npm run check to see every problem.`);
  }
  return reading.data;
}

/** The data and analysis of a measure (its original's data, its own phase labels), once per build. */
export function measureSource(measure: MeasureEntry): Promise<MeasureSource> {
  return once(`measure:source:${measure.id}`, async () => {
    const data = readChecked(measure);
    const settings = settingsOf(measure);
    return { data, analysis: analyseMeasure(data, settings), settings };
  });
}

/** A PDSA cycle that names a measure, linked in the reader's language, with its site and start. */
export interface CycleLink extends EntryLink {
  site: string;
  started: string;
}

/** Visible original cycles that name a measure (by its original id), in the order they started. */
export function cyclesOfMeasure(measureId: string): Promise<EntryOf<'cycles'>[]> {
  return once(`measure:cycles:${measureId}`, async () =>
    (await originalEntries('cycles'))
      .filter((cycle) => cycle.data.measures.includes(measureId))
      .sort((a, b) => a.data.started.getTime() - b.data.started.getTime() || a.id.localeCompare(b.id)),
  );
}

async function cycleLinks(measureId: string, lang: string): Promise<CycleLink[]> {
  return Promise.all(
    (await cyclesOfMeasure(measureId)).map(async (cycle) => ({
      ...(await linkFor(cycle, lang)),
      site: cycle.data.site,
      started: cycle.data.started.toISOString().slice(0, 10),
    })),
  );
}

/** One series drawn: its chart, what it says, and the cycles marked on it. */
export interface SeriesView {
  site: string | null;
  /** A fragment id for the chart, unique on the page. */
  key: string;
  geometry: ChartGeometry;
  /** Each point's tone, in the order of `geometry.points`. */
  tones: Tone[];
  /** The chart's short text alternative. */
  alt: string;
  /** The verdict in plain words, sentence by sentence. */
  verdict: string[];
  reading: SeriesReading;
  cycles: CycleLink[];
  table: TableRow[];
}

export interface MeasureView {
  /** The original's id: what aims and cycles name, and the data files' name. */
  id: string;
  title: string;
  /** The page in the reader's language where translated, else the original's. */
  href: string;
  /** The title's language, when it is not the reader's. */
  lang?: string | undefined;
  kind: MeasureKind;
  definition: string;
  unit: string;
  better: 'higher' | 'lower';
  chart: ChartKind;
  baselinePoints: number | undefined;
  series: SeriesView[];
  legend: Legend;
  /** Every cycle that names the measure, marked on a chart or not. */
  cycles: CycleLink[];
  /** Null unless the original is public: downloads are read away from the site, like feeds. */
  downloads: { csv: string; json: string } | null;
  /** The CSV has an `n` column (the table shows the counts that may be shown). */
  withCounts: boolean;
  /** The measure has phases (its lines start again at each). */
  phased: boolean;
  /** Set where a measure that is not public yet is shown (dev server, partner preview). */
  pending?: Exclude<Status, 'published'> | undefined;
}

export interface ViewOptions {
  /** `page`: one full chart, or small multiples for a measure with sites; `card`: small charts. */
  size: 'page' | 'card';
  /** Only this site's series (a cycle's page shows its own school). */
  site?: string | undefined;
  /** On a card, mark this one cycle (a cycle's page shows where it started). */
  cycle?: string | undefined;
}

/**
 * A measure as a reader of `lang` sees it: in `lang` where translated, verdicts and charts in
 * `lang`'s words, charts at `size`. Several series share one x and one y scale.
 */
export async function measureView(measure: MeasureEntry, lang: string, options: ViewOptions): Promise<MeasureView> {
  const version = await versionFor(measure, lang);
  const id = originalId(version);
  const words = uiStrings(lang).measureWords;
  const { data, analysis, settings } = await measureSource(version);
  const cycles = await cycleLinks(id, lang);
  const chosen = analysis.series.filter((series) => options.site === undefined || series.site === null || sameSite(series.site, options.site));
  const shown = chosen.length ? chosen : analysis.series;
  const size = CHART_SIZES[options.size === 'card' ? 'card' : shown.length > 1 || shown[0]?.site ? 'multiple' : 'full'];
  const yDomain = sharedYDomain(shown);
  const xDomain = sharedXDomain(shown) ?? undefined;
  const series = shown.map((one, index) =>
    // A card's chart is a summary: the cycles are marked on the measure's own page (a cycle's
    // page marks itself).
    seriesView(one, index, {
      data,
      words,
      unit: version.data.unit,
      cycles: options.size === 'card' ? cycles.filter((cycle) => cycle.id === options.cycle) : cycles,
      lang,
      size,
      yDomain,
      xDomain,
      chart: analysis.chart,
    }),
  );
  const original = (await visibleById('measures')).get(id);
  const isPublic = original !== undefined && pendingState(original.data, buildNow) === undefined;
  return {
    id,
    title: version.data.title,
    href: entryUrl('measures', version.id, version.data.lang),
    lang: langIfOther(version.data.lang, lang),
    kind: version.data.kind,
    definition: version.data.definition,
    unit: version.data.unit,
    better: settings.better,
    chart: analysis.chart,
    baselinePoints: settings.baselinePoints,
    series,
    legend: legendOf(series.map((one) => one.geometry), analysis.chart, series.map((one) => one.tones)),
    cycles,
    downloads: isPublic ? { csv: `/measures/${id}.csv`, json: `/api/measures/${id}.json` } : null,
    withCounts: data.columns.includes('n'),
    phased: (settings.phases ?? []).length > 0,
    pending: pendingState(version.data, buildNow),
  };
}

function sameSite(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}

interface SeriesContext {
  data: MeasureData;
  words: MeasureWords;
  unit: string;
  cycles: CycleLink[];
  lang: string;
  size: (typeof CHART_SIZES)[ChartSize];
  yDomain: readonly [number, number];
  xDomain: readonly [string, string] | undefined;
  chart: ChartKind;
}

function seriesView(series: MeasureAnalysis['series'][number], index: number, context: SeriesContext): SeriesView {
  const reading = readSeries(series);
  const cycles = cyclesForSeries(context.cycles, series.site);
  const geometry = chartGeometry(series, {
    width: context.size.width,
    height: context.size.height,
    margin: context.size.margin,
    yDomain: context.yDomain,
    xDomain: context.xDomain,
    cycles: cycles.map((cycle) => ({ id: cycle.id, label: cycle.title, date: cycle.started })),
    lang: context.words.locale,
    xTickCount: context.size.width < 400 ? 3 : context.size.width < 600 ? 4 : 6,
    yTickCount: context.size.height < 200 ? 3 : 5,
  });
  const dates = series.phases.flatMap((phase) => phase.points.map((point) => point.date));
  const rows: MeasureSeries['rows'] = context.data.series.find((candidate) => candidate.site === series.site)?.rows ?? [];
  return {
    site: series.site,
    key: series.site === null ? 'chart' : `site-${index + 1}`,
    geometry,
    tones: geometry.points.map((point) => pointTone(point, reading.phases)),
    alt: describeChart(reading, context.chart, dates, context.unit, context.words),
    verdict: describeSeries(reading, context.unit, context.words),
    reading,
    cycles,
    table: tableRows(series, rows, reading),
  };
}

/** Measures among `ids` that this build shows, in that order, as views in the reader's language. */
export async function measureViews(ids: readonly string[], lang: string, options: ViewOptions): Promise<MeasureView[]> {
  const visible = await visibleById('measures');
  const found = ids.map((id) => visible.get(id)).filter((measure): measure is MeasureEntry => measure !== undefined);
  return Promise.all(found.map((measure) => measureView(measure, lang, options)));
}

/** Visible measures among `ids` as card views, grouped by kind (outcome, process, balancing). */
export async function measureViewsByKind(ids: readonly string[], lang: string): Promise<{ kind: MeasureKind; views: MeasureView[] }[]> {
  const views = await measureViews(ids, lang, { size: 'card' });
  return MEASURE_KINDS.map((kind) => ({ kind, views: views.filter((view) => view.kind === kind) })).filter((group) => group.views.length > 0);
}

/** The aims (originals) that name a measure, linked in the reader's language. */
export async function aimsOfMeasure(measureId: string, lang: string): Promise<EntryLink[]> {
  const aims = (await originalEntries('aims')).filter((aim) => aim.data.measures.includes(measureId));
  return Promise.all(aims.map((aim) => linkFor(aim, lang)));
}

/** Public original measures with their data, for the CSV and JSON downloads. */
export async function publicMeasureSources(): Promise<{ measure: MeasureEntry; source: MeasureSource }[]> {
  const originals = (await originalEntries('measures')).filter((measure) => pendingState(measure.data, buildNow) === undefined);
  return Promise.all(originals.map(async (measure) => ({ measure, source: await measureSource(measure) })));
}

/** Measures in one language for its list, outcome first, then process, then balancing, by title. */
export async function measuresInLang(lang: string, entries: readonly MeasureEntry[]): Promise<MeasureEntry[]> {
  const order: readonly MeasureKind[] = ['outcome', 'process', 'balancing'];
  return entries
    .filter((measure) => measure.data.lang === lang)
    .sort((a, b) => order.indexOf(a.data.kind) - order.indexOf(b.data.kind) || a.data.title.localeCompare(b.data.title, lang));
}
