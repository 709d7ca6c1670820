/**
 * What a drawn chart needs beyond its geometry (chart.ts): the tone of each point (good news,
 * bad news, or neither), the legend of what this chart actually shows, and which PDSA cycles go
 * on which chart when a measure has one series per site. A flagged point differs from the others
 * by its shape and its size as well as its colour, so a signal never rests on colour alone.
 */
import { longRunReading } from './table.ts';
import type { ChartGeometry, ChartPoint, MarkerShape } from './chart.ts';
import type { PhaseReading } from './verdict.ts';
import type { ChartKind, FlagRule, SignalReading } from './types.ts';

/** A point's colour: an improvement, a concern, both at once (`mixed`), or no signal. */
export type Tone = SignalReading | 'mixed' | 'neutral';

/**
 * A point's tone: the reading of the XmR rules it meets, or, on a run chart, of the long run it
 * is part of. `phases` are the series' phase readings, in the order of its phases.
 */
export function pointTone(point: ChartPoint, phases: readonly PhaseReading[]): Tone {
  if (point.reading) return point.reading;
  if (!point.inLongRun) return 'neutral';
  const phase = [...phases].reverse().find((candidate) => candidate.from <= point.date);
  return longRunReading(point.date, phase) ?? 'neutral';
}

/** Lines and marks a chart may show; the legend lists those it does show. */
export type LegendLine = 'value' | 'centre' | 'limits' | 'near' | 'target' | 'phase' | 'cycle' | 'withheld';

/** A kind of flagged point: its shape, the rule it stands for, and its tone. */
export interface LegendMarker {
  shape: MarkerShape;
  rule: FlagRule | 'long-run';
  tone: Exclude<Tone, 'neutral'>;
}

export interface Legend {
  lines: LegendLine[];
  markers: LegendMarker[];
}

const SHAPE_RULE: Readonly<Record<Exclude<MarkerShape, 'circle'>, FlagRule>> = {
  diamond: 'outside',
  triangle: 'trend',
  wye: 'two-of-three',
  square: 'shift',
};

const TONE_ORDER: readonly Exclude<Tone, 'neutral'>[] = ['improvement', 'concern', 'mixed'];

/** The legend of one chart (or of small multiples together), from what their geometry holds. */
export function legendOf(geometries: readonly ChartGeometry[], chart: ChartKind, tones: readonly (readonly Tone[])[]): Legend {
  const has = (test: (geometry: ChartGeometry) => boolean) => geometries.some(test);
  const lines: LegendLine[] = ['value'];
  if (has((geometry) => geometry.phases.some((phase) => phase.centre))) lines.push('centre');
  if (has((geometry) => geometry.phases.some((phase) => phase.upper))) lines.push('limits', 'near');
  if (has((geometry) => geometry.target !== null)) lines.push('target');
  if (has((geometry) => geometry.phases.some((phase) => phase.breakX !== null))) lines.push('phase');
  if (has((geometry) => geometry.cycles.length > 0)) lines.push('cycle');
  if (has((geometry) => geometry.gaps.some((gap) => gap.withheld))) lines.push('withheld');
  const seen = new Map<string, LegendMarker>();
  geometries.forEach((geometry, chartIndex) =>
    geometry.points.forEach((point, index) => {
      const tone = tones[chartIndex]?.[index] ?? 'neutral';
      if (point.marker === 'circle' || tone === 'neutral') return;
      const rule = chart === 'run' && point.marker === 'square' ? 'long-run' : SHAPE_RULE[point.marker];
      seen.set(`${point.marker}|${tone}`, { shape: point.marker, rule, tone });
    }),
  );
  const markers = [...seen.values()].sort(
    (a, b) => markerRank(a.shape) - markerRank(b.shape) || TONE_ORDER.indexOf(a.tone) - TONE_ORDER.indexOf(b.tone),
  );
  return { lines, markers };
}

function markerRank(shape: MarkerShape): number {
  return ['diamond', 'triangle', 'wye', 'square'].indexOf(shape);
}

/**
 * The cycles to mark on one series' chart: all of them on a measure without sites; on a measure
 * with one series per site, those run at that site (the cycle's `site` and the CSV's label match,
 * whatever their capitals or spaces at the ends).
 */
export function cyclesForSeries<T extends { site: string }>(cycles: readonly T[], site: string | null): T[] {
  if (site === null) return [...cycles];
  const key = siteKey(site);
  return cycles.filter((cycle) => siteKey(cycle.site) === key);
}

function siteKey(site: string): string {
  return site.trim().toLocaleLowerCase('en');
}
