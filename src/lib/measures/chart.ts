/**
 * What an SVG measure chart needs, computed once at build time: scales and ticks, the value line
 * (broken where a value is missing or withheld), each phase's centre line, limits and break, every
 * point with its flags and a marker whose shape says which rule it met (so a signal never rests
 * on colour alone), the target line and the PDSA cycles at their start dates. A component only
 * places these; d3-scale and d3-shape do the geometry.
 */
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import { isoDayOf } from './series.ts';
import {
  sharedXDomain,
  sharedYDomain,
  toPixel,
  utcDay,
  xScaleFor,
  xTicks,
  yScaleFor,
  yTicks,
  type DateDomain,
  type Domain,
  type XTick,
  type YTick,
} from './chart-scales.ts';
import type { AnalysedPoint, FlagRule, PhaseAnalysis, SeriesAnalysis, SignalReading } from './types.ts';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A PDSA cycle that names the measure, drawn at its start date. */
export interface CycleMarkerInput {
  id: string;
  label: string;
  date: string | Date;
}

export interface ChartOptions {
  width: number;
  height: number;
  margin?: Margin | undefined;
  /** Shared by small multiples (sharedYDomain); by default the series' own, made nice. */
  yDomain?: Domain | undefined;
  /** Shared by small multiples (sharedXDomain); by default the series' own dates. */
  xDomain?: DateDomain | undefined;
  cycles?: readonly CycleMarkerInput[] | undefined;
  /** Tick labels are written for this language. */
  lang?: string | undefined;
  xTickCount?: number | undefined;
  yTickCount?: number | undefined;
}

export type MarkerShape = 'circle' | 'diamond' | 'triangle' | 'wye' | 'square';

export interface ChartPoint {
  date: string;
  value: number;
  x: number;
  y: number;
  inBaseline: boolean;
  /** The XmR rules the point meets, each once. */
  flags: FlagRule[];
  /** On a run chart: part of a run longer than the Anhøj limit. */
  inLongRun: boolean;
  /** The shape of the strongest rule met (circle for none): outside, trend, two-of-three, shift. */
  marker: MarkerShape;
  /** A d3 symbol path centred on 0,0: draw it translated to x,y. */
  markerPath: string;
  /** Null for a point that signals nothing; `mixed` when it meets rules of both kinds. */
  reading: SignalReading | 'mixed' | null;
}

/** A row without a value, where the value line breaks. */
export interface ChartGap {
  date: string;
  x: number;
  withheld: boolean;
}

/** A horizontal line across a phase. */
export interface Segment {
  x1: number;
  x2: number;
  y: number;
  d: string;
}

export interface PhaseGeometry {
  from: string;
  label: string | null;
  /** Where the phase's points begin and end. */
  x1: number;
  x2: number;
  /** Between this phase and the one before (null for the first). */
  breakX: number | null;
  /** The last baseline point, where the lines become an extension (null when the baseline is the whole phase). */
  baselineEndX: number | null;
  centre: Segment | null;
  upper: Segment | null;
  lower: Segment | null;
  nearUpper: Segment | null;
  nearLower: Segment | null;
}

export interface CycleMarker {
  id: string;
  label: string;
  date: string;
  x: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: XTick[];
  yTicks: YTick[];
  /** The value line's `d`, with gaps at missing and withheld points. */
  valuePath: string;
  points: ChartPoint[];
  gaps: ChartGap[];
  phases: PhaseGeometry[];
  target: { value: number; y: number } | null;
  /** Cycles whose start falls within the chart's dates, in date order. */
  cycles: CycleMarker[];
}

export const DEFAULT_MARGIN: Margin = { top: 16, right: 16, bottom: 32, left: 48 };
/** Marker areas in square pixels: flagged points are drawn larger as well as in another shape. */
const PLAIN_MARKER_AREA = 28;
const FLAGGED_MARKER_AREA = 64;

/** In order of precedence (as NHSRplotthedots ranks point types), with the shape each one gets. */
const RULE_SHAPES: readonly [FlagRule, MarkerShape][] = [
  ['outside', 'diamond'],
  ['trend', 'triangle'],
  ['two-of-three', 'wye'],
  ['shift', 'square'],
];

const SYMBOLS: Readonly<Record<MarkerShape, SymbolType>> = {
  circle: symbolCircle,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  wye: symbolWye,
  square: symbolSquare,
};

/** Everything an SVG chart of one series needs, at the given size. */
export function chartGeometry(series: SeriesAnalysis, options: ChartOptions): ChartGeometry {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: options.width - margin.right,
    bottom: options.height - margin.bottom,
  };
  const lang = options.lang ?? 'en';
  const xDomain = options.xDomain ?? sharedXDomain([series]) ?? ['1970-01-01', '1970-01-01'];
  const yDomain = options.yDomain ?? sharedYDomain([series], options.yTickCount);
  const x = xScaleFor(xDomain, [plot.left, plot.right]);
  const yScale = yScaleFor(yDomain, [plot.bottom, plot.top]);
  const xOf = (date: string) => toPixel(x(utcDay(date)));
  const y = (value: number) => toPixel(yScale(value));
  const rows = series.phases.flatMap((phase) => phase.points);
  return {
    width: options.width,
    height: options.height,
    plot,
    xTicks: xTicks(x, options.xTickCount ?? 6, lang),
    yTicks: yTicks(yScale, options.yTickCount ?? 5, lang),
    valuePath: valuePath(rows, xOf, y),
    points: rows.flatMap((point) => (point.value === null ? [] : [chartPoint(point, point.value, xOf, y)])),
    gaps: rows.filter((point) => point.value === null).map((point) => ({ date: point.date, x: xOf(point.date), withheld: point.withheld })),
    phases: series.phases.map((phase, index) => phaseGeometry(phase, series.phases[index - 1], xOf, y)),
    target: series.target === null ? null : { value: series.target, y: y(series.target) },
    cycles: cycleMarkers(options.cycles ?? [], xDomain, xOf),
  };
}

/** The value line through every row in date order, undefined (broken) where there is no value. */
export function valuePath(rows: readonly AnalysedPoint[], xOf: (date: string) => number, y: (value: number) => number): string {
  const path = line<AnalysedPoint>()
    .digits(2)
    .defined((point) => point.value !== null)
    .x((point) => xOf(point.date))
    .y((point) => y(point.value ?? 0));
  return path(rows) ?? '';
}

function chartPoint(point: AnalysedPoint, value: number, xOf: (date: string) => number, y: (value: number) => number): ChartPoint {
  const flags = [...new Set(point.flags.map((flag) => flag.rule))];
  const marker = markerShape(flags, point.inLongRun);
  return {
    date: point.date,
    value,
    x: xOf(point.date),
    y: y(value),
    inBaseline: point.inBaseline,
    flags,
    inLongRun: point.inLongRun,
    marker,
    markerPath: markerPath(marker),
    reading: pointReading(point),
  };
}

/** The shape of the strongest rule a point meets; a run chart's long run is drawn like a shift. */
export function markerShape(flags: readonly FlagRule[], inLongRun = false): MarkerShape {
  const strongest = RULE_SHAPES.find(([rule]) => flags.includes(rule));
  if (strongest) return strongest[1];
  return inLongRun ? 'square' : 'circle';
}

/** A marker's path, centred on 0,0 (flagged shapes larger than the plain circle). */
export function markerPath(shape: MarkerShape): string {
  return symbol(SYMBOLS[shape], shape === 'circle' ? PLAIN_MARKER_AREA : FLAGGED_MARKER_AREA).digits(2)() ?? '';
}

/** Improvement, concern, both (`mixed`), or nothing. A run chart's long run has no flags to read. */
function pointReading(point: AnalysedPoint): SignalReading | 'mixed' | null {
  const readings = new Set(point.flags.map((flag) => flag.reading));
  if (readings.size === 0) return null;
  return readings.size > 1 ? 'mixed' : [...readings][0]!;
}

function phaseGeometry(
  phase: PhaseAnalysis,
  previous: PhaseAnalysis | undefined,
  xOf: (date: string) => number,
  y: (value: number) => number,
): PhaseGeometry {
  const first = phase.points[0]!.date;
  const last = phase.points.at(-1)!.date;
  const x1 = xOf(first);
  const x2 = xOf(last);
  const segment = (value: number | null | undefined): Segment | null => (value === null || value === undefined ? null : horizontal(x1, x2, y(value)));
  const previousLast = previous?.points.at(-1)?.date;
  const baselineEnd = phase.points.filter((point) => point.inBaseline).at(-1)?.date;
  const lastPresent = phase.points.filter((point) => point.value !== null).at(-1)?.date;
  return {
    from: phase.from,
    label: phase.label,
    x1,
    x2,
    breakX: previousLast === undefined ? null : toPixel((xOf(previousLast) + x1) / 2),
    baselineEndX: baselineEnd === undefined || baselineEnd === lastPresent ? null : xOf(baselineEnd),
    centre: segment(phase.centre),
    upper: segment(phase.limits?.upper),
    lower: segment(phase.limits?.lower),
    nearUpper: segment(phase.limits?.nearUpper),
    nearLower: segment(phase.limits?.nearLower),
  };
}

function horizontal(x1: number, x2: number, y: number): Segment {
  const d = line().digits(2)([
    [x1, y],
    [x2, y],
  ]);
  return { x1, x2, y, d: d ?? '' };
}

/** Cycles that started within the chart's dates, placed at their start, in date order. */
export function cycleMarkers(cycles: readonly CycleMarkerInput[], domain: DateDomain, xOf: (date: string) => number): CycleMarker[] {
  return cycles
    .map((cycle) => ({ id: cycle.id, label: cycle.label, date: isoDayOf(cycle.date) }))
    .filter((cycle) => cycle.date >= domain[0] && cycle.date <= domain[1])
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)))
    .map((cycle) => ({ ...cycle, x: xOf(cycle.date) }));
}
