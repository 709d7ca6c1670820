/**
 * The analysis read as a verdict, in structure rather than words: what each phase shows (too few
 * points, chance only, or signals of real change, each with its dates, side and whether it is good
 * news), which signal to say first, the target, and how the level moved at the last rebase. The
 * words of any language are built from this (words.ts) without further maths.
 */
import { detectCadence, type Cadence } from './cadence.ts';
import { readTarget, type TargetMet } from './target.ts';
import { readSide } from './xmr-rules.ts';
import type { Better, ChartKind, FlagRule, PhaseAnalysis, SeriesAnalysis, Side, SignalReading } from './types.ts';

/** A stretch of points that signals: a run chart's long run, or consecutive XmR points meeting one rule. */
export interface Episode {
  kind: 'long-run' | FlagRule;
  side: Side;
  reading: SignalReading;
  /** Points in it (present points; on run charts, useful points). */
  points: number;
  start: string;
  end: string;
  /** It reaches the phase's last point with a value: it describes the process now. */
  ongoing: boolean;
}

/** Too few crossings of the centre line (run charts): the level moved, direction aside. */
export interface FewCrossings {
  kind: 'few-crossings';
  crossings: number;
  crossingsMin: number;
}

export type Signal = Episode | FewCrossings;

export type PhaseVerdict = 'no-data' | 'too-few' | 'signal' | 'no-signal';

export interface PhaseReading {
  from: string;
  label: string | null;
  chart: ChartKind;
  verdict: PhaseVerdict;
  centre: number | null;
  /** Run charts: useful points (the rules need 10). */
  useful: number | null;
  /** XmR charts: the limits rest on fewer than 12 points. */
  trial: boolean;
  /** In the order they end. */
  signals: Signal[];
  /** The signal to say first: one that is still going on, the strongest kind, the latest. */
  headline: Signal | null;
}

export interface TargetReading {
  value: number;
  met: TargetMet;
}

/** How the centre moved from the phase before the current one (the effect of a rebased change). */
export interface LevelChange {
  before: number;
  after: number;
  since: string;
  label: string | null;
  /** Null when the level did not move. */
  reading: SignalReading | null;
}

export interface SeriesReading {
  site: string | null;
  cadence: Cadence;
  phases: PhaseReading[];
  /** The last phase: the process as it runs now. */
  current: PhaseReading | null;
  /** XmR charts with a target and limits: will the process meet it as it runs? */
  target: TargetReading | null;
  levelChange: LevelChange | null;
}

/** Reads every phase of a series, and the series as it stands now. */
export function readSeries(series: SeriesAnalysis): SeriesReading {
  const phases = series.phases.map((phase) => readPhase(phase, series.chart, series.better));
  const current = phases[phases.length - 1] ?? null;
  const dates = series.phases.flatMap((phase) => phase.points.map((point) => point.date));
  return {
    site: series.site,
    cadence: detectCadence(dates),
    phases,
    current,
    target: readSeriesTarget(series),
    levelChange: levelChange(series),
  };
}

/** One phase's verdict and signals. */
export function readPhase(phase: PhaseAnalysis, chart: ChartKind, better: Better): PhaseReading {
  const signals = chart === 'run' ? runChartSignals(phase, better) : xmrSignals(phase);
  const common = {
    from: phase.from,
    label: phase.label,
    chart,
    centre: phase.centre,
    useful: phase.runs?.useful ?? null,
    trial: phase.limits?.trial ?? false,
    signals,
    headline: headline(signals),
  };
  return { ...common, verdict: phaseVerdict(phase, chart, signals) };
}

function phaseVerdict(phase: PhaseAnalysis, chart: ChartKind, signals: readonly Signal[]): PhaseVerdict {
  if (phase.centre === null) return 'no-data';
  if (chart === 'run') return phase.runs?.verdict ?? 'too-few';
  if (!phase.limits) return 'too-few';
  return signals.length ? 'signal' : 'no-signal';
}

/** A run chart signals only with 10 useful points or more (its verdict says `signal`). */
function runChartSignals(phase: PhaseAnalysis, better: Better): Signal[] {
  const runs = phase.runs;
  if (!runs || runs.verdict !== 'signal') return [];
  const lastDate = lastPresentDate(phase);
  const longRuns: Signal[] = runs.longRuns.map((run) => ({
    kind: 'long-run',
    side: run.side,
    reading: readSide(run.side, better),
    points: run.points,
    start: run.start,
    end: run.end,
    ongoing: run.end === lastDate,
  }));
  const fewCrossings: Signal[] =
    runs.crossingsMin !== null && runs.crossings < runs.crossingsMin
      ? [{ kind: 'few-crossings', crossings: runs.crossings, crossingsMin: runs.crossingsMin }]
      : [];
  return [...longRuns, ...fewCrossings];
}

/** Consecutive present points flagged by the same rule on the same side make one episode. */
function xmrSignals(phase: PhaseAnalysis): Episode[] {
  const present = phase.points.filter((point) => point.value !== null);
  const lastDate = lastPresentDate(phase);
  const episodes: Episode[] = [];
  const open = new Map<string, Episode>();
  present.forEach((point) => {
    const seen = new Set<string>();
    for (const flag of point.flags) {
      const key = `${flag.rule}|${flag.side}`;
      seen.add(key);
      const episode = open.get(key);
      if (episode) {
        episode.points += 1;
        episode.end = point.date;
      } else {
        const started: Episode = { kind: flag.rule, side: flag.side, reading: flag.reading, points: 1, start: point.date, end: point.date, ongoing: false };
        episodes.push(started);
        open.set(key, started);
      }
    }
    for (const key of [...open.keys()]) if (!seen.has(key)) open.delete(key);
  });
  for (const episode of episodes) episode.ongoing = episode.end === lastDate;
  return episodes.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}

function lastPresentDate(phase: PhaseAnalysis): string | undefined {
  return phase.points.filter((point) => point.value !== null).at(-1)?.date;
}

/** Stronger evidence of a lasting change first: a shift says more than a single point beyond a limit. */
const STRENGTH: Readonly<Record<Signal['kind'], number>> = {
  'long-run': 0,
  shift: 0,
  trend: 1,
  outside: 2,
  'two-of-three': 3,
  'few-crossings': 4,
};

/** The signal to say first: ongoing before past, then the stronger kind, then the latest. */
export function headline(signals: readonly Signal[]): Signal | null {
  const ranked = [...signals].sort((a, b) => {
    const ongoing = Number(isOngoing(b)) - Number(isOngoing(a));
    if (ongoing) return ongoing;
    const strength = STRENGTH[a.kind] - STRENGTH[b.kind];
    if (strength) return strength;
    return endOf(b).localeCompare(endOf(a));
  });
  return ranked[0] ?? null;
}

function isOngoing(signal: Signal): boolean {
  return signal.kind !== 'few-crossings' && signal.ongoing;
}

function endOf(signal: Signal): string {
  return signal.kind === 'few-crossings' ? '' : signal.end;
}

/** The target against the current phase's limits (XmR only: a run chart has no limits). */
function readSeriesTarget(series: SeriesAnalysis): TargetReading | null {
  const limits = series.phases.at(-1)?.limits;
  if (series.target === null || !limits) return null;
  return { value: series.target, met: readTarget(series.target, limits, series.better) };
}

function levelChange(series: SeriesAnalysis): LevelChange | null {
  const [previous, current] = series.phases.slice(-2);
  if (!previous || !current || previous.centre === null || current.centre === null) return null;
  const moved = current.centre === previous.centre ? null : readSide(current.centre > previous.centre ? 'up' : 'down', series.better);
  return { before: previous.centre, after: current.centre, since: current.from, label: current.label, reading: moved };
}
