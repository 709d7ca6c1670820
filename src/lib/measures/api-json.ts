/**
 * The analysis as `/api/measures/<id>.json` publishes it, for other sites and for checking: the
 * content model's field names exactly, nothing more (a withheld point has a null value and
 * `withheld: true`; its count is not there to leak).
 */
import type { Better, ChartKind, FlagRule, MeasureAnalysis, PhaseAnalysis, RunsAnalysis } from './types.ts';

export interface MeasureJson {
  id: string;
  title: string;
  unit: string;
  better: Better;
  chart: ChartKind;
  series: SeriesJson[];
}

export interface SeriesJson {
  site: string | null;
  phases: PhaseJson[];
}

export interface PhaseJson {
  from: string;
  label: string | null;
  centre: number | null;
  baselinePoints: number;
  /** Null on XmR charts. */
  runs: RunsJson | null;
  /** Null on run charts, and on an XmR phase with fewer than two present points (no moving range). */
  limits: LimitsJson | null;
  points: PointJson[];
}

/** The runs analysis without what only a reading needs (the runs themselves). */
export type RunsJson = Pick<RunsAnalysis, 'useful' | 'longestRun' | 'longestRunMax' | 'crossings' | 'crossingsMin' | 'verdict'>;

export interface LimitsJson {
  lower: number;
  upper: number;
  nearLower: number;
  nearUpper: number;
  trial: boolean;
}

export interface PointJson {
  date: string;
  value: number | null;
  withheld: boolean;
  /** The XmR rules the point meets, each once, in this order: outside, two-of-three, shift, trend. */
  flags: FlagRule[];
}

/** What the page knows of the measure beside its analysis. */
export interface MeasureIdentity {
  id: string;
  title: string;
  unit: string;
}

const RULE_ORDER: readonly FlagRule[] = ['outside', 'two-of-three', 'shift', 'trend'];

/** The JSON document for one measure. */
export function measureJson(identity: MeasureIdentity, analysis: MeasureAnalysis): MeasureJson {
  return {
    id: identity.id,
    title: identity.title,
    unit: identity.unit,
    better: analysis.better,
    chart: analysis.chart,
    series: analysis.series.map((series) => ({ site: series.site, phases: series.phases.map(phaseJson) })),
  };
}

/** One phase in the published shape. */
export function phaseJson(phase: PhaseAnalysis): PhaseJson {
  const { runs, limits } = phase;
  return {
    from: phase.from,
    label: phase.label,
    centre: phase.centre,
    baselinePoints: phase.baselinePoints,
    runs: runs && {
      useful: runs.useful,
      longestRun: runs.longestRun,
      longestRunMax: runs.longestRunMax,
      crossings: runs.crossings,
      crossingsMin: runs.crossingsMin,
      verdict: runs.verdict,
    },
    limits: limits && {
      lower: limits.lower,
      upper: limits.upper,
      nearLower: limits.nearLower,
      nearUpper: limits.nearUpper,
      trial: limits.trial,
    },
    points: phase.points.map((point) => ({
      date: point.date,
      value: point.withheld ? null : point.value,
      withheld: point.withheld,
      flags: RULE_ORDER.filter((rule) => point.flags.some((flag) => flag.rule === rule)),
    })),
  };
}
