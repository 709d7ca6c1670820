/**
 * The runs analysis of a run chart (Anhøj rules, as qicharts2's runs.analysis()): the centre line
 * is the median of the baseline; points on it are not useful (they neither count nor break a
 * run); a run is consecutive useful points on one side; a crossing is a change of side between
 * consecutive useful points.
 */
import { longestRunMax, crossingsMin, MIN_USEFUL_POINTS } from './anhoej.ts';
import type { Run, RunsAnalysis, RunsVerdict, Side } from './types.ts';

/** A point with a value, in date order. */
export interface DatedValue {
  date: string;
  value: number;
}

/** The middle value (the mean of the two middle values for an even count), as R's median(). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The runs of useful points around `centre`, in order (points on the centre line are skipped). */
export function runsAround(points: readonly DatedValue[], centre: number): Run[] {
  const runs: Run[] = [];
  for (const point of points) {
    if (point.value === centre) continue;
    const side: Side = point.value > centre ? 'up' : 'down';
    const current = runs[runs.length - 1];
    if (current && current.side === side) {
      current.points += 1;
      current.end = point.date;
    } else {
      runs.push({ side, points: 1, start: point.date, end: point.date });
    }
  }
  return runs;
}

/** Dates of the useful points that make up the given runs (where a chart marks a shift). */
export function datesInRuns(points: readonly DatedValue[], centre: number, runs: readonly Run[]): Set<string> {
  const inRun = (point: DatedValue) => point.value !== centre && runs.some((run) => point.date >= run.start && point.date <= run.end);
  return new Set(points.filter(inRun).map((point) => point.date));
}

/** The Anhøj analysis of one phase's present points, around a centre from its baseline. */
export function analyseRuns(points: readonly DatedValue[], centre: number): RunsAnalysis {
  const runs = runsAround(points, centre);
  const useful = runs.reduce((total, run) => total + run.points, 0);
  const longestRun = runs.reduce((longest, run) => Math.max(longest, run.points), 0);
  const crossings = Math.max(runs.length - 1, 0);
  if (useful === 0) {
    return { useful, longestRun, longestRunMax: null, crossings, crossingsMin: null, verdict: 'too-few', longRuns: [] };
  }
  const runLimit = longestRunMax(useful);
  const crossingLimit = crossingsMin(useful);
  return {
    useful,
    longestRun,
    longestRunMax: runLimit,
    crossings,
    crossingsMin: crossingLimit,
    verdict: runsVerdict(useful, longestRun, runLimit, crossings, crossingLimit),
    longRuns: runs.filter((run) => run.points > runLimit),
  };
}

/**
 * `too-few` below 10 useful points. qicharts2 applies the rules from the first useful point;
 * the contract waits for 10, the smallest count the Anhøj limits were studied for.
 */
export function runsVerdict(useful: number, longestRun: number, runMax: number, crossings: number, crossingMin: number): RunsVerdict {
  if (useful < MIN_USEFUL_POINTS) return 'too-few';
  return longestRun > runMax || crossings < crossingMin ? 'signal' : 'no-signal';
}
