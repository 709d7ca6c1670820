/**
 * The analysis of a measure, per series (site) and per phase, as the content model's measures
 * section states it: each phase on its own, on the points that have a value (missing and withheld
 * points are kept for tables and charts but skipped and never flagged), its centre line and
 * limits from a baseline of its first `baselinePoints` present points (or all of them), extended
 * over the rest of the phase.
 */
import { splitIntoPhases, type PhaseRows } from './phases.ts';
import { analyseRuns, datesInRuns, median, type DatedValue } from './run-chart.ts';
import { mean, xmrLimits } from './xmr-limits.ts';
import { flagPoints } from './xmr-rules.ts';
import type {
  AnalysedPoint,
  Better,
  ChartKind,
  MeasureAnalysis,
  MeasureData,
  MeasureRow,
  MeasureSeries,
  MeasureSettings,
  PhaseAnalysis,
  PointFlag,
  SeriesAnalysis,
} from './types.ts';

/** Analyses every series of a measure's data with the settings of its YAML. */
export function analyseMeasure(data: MeasureData, settings: MeasureSettings): MeasureAnalysis {
  const chart = settings.chart ?? 'run';
  return { chart, better: settings.better, series: data.series.map((series) => analyseSeries(series, settings)) };
}

/** One site's series: its phases, each analysed on its own. */
export function analyseSeries(series: MeasureSeries, settings: MeasureSettings): SeriesAnalysis {
  const chart = settings.chart ?? 'run';
  return {
    site: series.site,
    chart,
    better: settings.better,
    target: settings.target ?? null,
    phases: splitIntoPhases(series.rows, settings.phases).map((phase) => analysePhase(phase, chart, settings)),
  };
}

/** The first `baselinePoints` present points, or all of them when unset or when there are fewer. */
export function baselineOf<T>(present: readonly T[], baselinePoints: number | undefined): T[] {
  return present.slice(0, baselinePoints ?? present.length);
}

/** The rows that have a value, in order: what every rule looks at. */
export function presentPoints(rows: readonly MeasureRow[]): DatedValue[] {
  return rows.flatMap((row) => (row.value === null ? [] : [{ date: row.date, value: row.value }]));
}

/** One phase of one series, on a run chart or an XmR chart. */
export function analysePhase(phase: PhaseRows, chart: ChartKind, settings: MeasureSettings): PhaseAnalysis {
  const present = presentPoints(phase.rows);
  const baseline = baselineOf(present, settings.baselinePoints);
  const common = { from: phase.from, label: phase.label, baselinePoints: baseline.length };
  if (baseline.length === 0) {
    const runs = chart === 'run' ? analyseRuns([], 0) : null;
    return { ...common, centre: null, runs, limits: null, points: pointsOf(phase.rows, 0, new Map()) };
  }
  const parts = chart === 'run' ? runChartPhase(phase.rows, present, baseline) : xmrPhase(phase.rows, present, baseline, settings.better);
  return { ...common, ...parts };
}

type PhaseParts = Pick<PhaseAnalysis, 'centre' | 'runs' | 'limits' | 'points'>;

/** Median centre line and the Anhøj runs analysis over every present point. */
function runChartPhase(rows: readonly MeasureRow[], present: readonly DatedValue[], baseline: readonly DatedValue[]): PhaseParts {
  const centre = median(baseline.map((point) => point.value));
  const runs = analyseRuns(present, centre);
  const inLongRun = datesInRuns(present, centre, runs.longRuns);
  return { centre, runs, limits: null, points: pointsOf(rows, baseline.length, new Map(), inLongRun) };
}

/** Mean centre line, limits from the baseline, and every rule each present point meets. */
function xmrPhase(rows: readonly MeasureRow[], present: readonly DatedValue[], baseline: readonly DatedValue[], better: Better): PhaseParts {
  const centre = mean(baseline.map((point) => point.value));
  const limits = xmrLimits(baseline.map((point) => point.value), centre);
  const flags = limits ? flagPoints(present.map((point) => point.value), centre, limits, better) : [];
  const flagsByDate = new Map(present.map((point, index) => [point.date, flags[index] ?? []]));
  return { centre, runs: null, limits, points: pointsOf(rows, baseline.length, flagsByDate) };
}

/** Every row of the phase as a point; the first `baselineCount` present points are the baseline. */
function pointsOf(
  rows: readonly MeasureRow[],
  baselineCount: number,
  flagsByDate: ReadonlyMap<string, PointFlag[]>,
  inLongRun: ReadonlySet<string> = new Set(),
): AnalysedPoint[] {
  let presentSoFar = 0;
  return rows.map((row) => {
    const present = row.value !== null;
    if (present) presentSoFar += 1;
    return {
      date: row.date,
      value: row.value,
      withheld: row.withheld,
      inBaseline: present && presentSoFar <= baselineCount,
      flags: present ? (flagsByDate.get(row.date) ?? []) : [],
      inLongRun: present && inLongRun.has(row.date),
    };
  });
}
