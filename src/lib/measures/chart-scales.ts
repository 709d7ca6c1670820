/**
 * The scales of a measure chart: the dates and values it must show, the same domains shared by
 * small multiples (one chart per site, on one scale, so sites compare at a glance), and tick
 * labels in the reader's language. d3-scale picks nice ticks; Intl writes them.
 */
import { precisionFixed } from 'd3-format';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { SeriesAnalysis } from './types.ts';

export type Domain = readonly [number, number];
/** First and last ISO dates. */
export type DateDomain = readonly [string, string];

const DAY_MS = 86_400_000;

/** Pixel positions to a hundredth: finer than any screen, and free of floating-point tails. */
export function toPixel(position: number): number {
  return Math.round(position * 100) / 100;
}

/** Every number a series draws: values, centre lines, limits, two-sigma lines and the target. */
export function valuesToShow(series: SeriesAnalysis): number[] {
  const values: number[] = [];
  for (const phase of series.phases) {
    for (const point of phase.points) if (point.value !== null) values.push(point.value);
    if (phase.centre !== null) values.push(phase.centre);
    if (phase.limits) values.push(phase.limits.lower, phase.limits.upper);
  }
  if (series.target !== null) values.push(series.target);
  return values;
}

/** The smallest and largest of those numbers over any number of series, or null with none. */
export function valueExtent(seriesList: readonly SeriesAnalysis[]): Domain | null {
  const values = seriesList.flatMap(valuesToShow);
  if (values.length === 0) return null;
  return [Math.min(...values), Math.max(...values)];
}

/**
 * One y domain for several series (the small multiples of a measure's sites), widened to nice
 * round ends. A flat extent is widened around its value so the line sits mid-chart.
 */
export function sharedYDomain(seriesList: readonly SeriesAnalysis[], tickCount = 5): Domain {
  const extent = valueExtent(seriesList) ?? [0, 1];
  const [low, high] = extent[0] === extent[1] ? widen(extent[0]) : extent;
  const [niceLow, niceHigh] = scaleLinear().domain([low, high]).nice(tickCount).domain() as [number, number];
  return [niceLow, niceHigh];
}

function widen(value: number): Domain {
  const margin = value === 0 ? 1 : Math.abs(value) / 10;
  return [value - margin, value + margin];
}

/** The first and last dates over several series, for charts that share an x axis. */
export function sharedXDomain(seriesList: readonly SeriesAnalysis[]): DateDomain | null {
  const dates = seriesList.flatMap((series) => series.phases.flatMap((phase) => phase.points.map((point) => point.date)));
  if (dates.length === 0) return null;
  return [dates.reduce((a, b) => (b < a ? b : a)), dates.reduce((a, b) => (b > a ? b : a))];
}

/** ISO day to the UTC midnight a time scale works with. */
export function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A time scale over the date domain; a single date gets a day either side, so it sits mid-chart. */
export function xScaleFor(domain: DateDomain, range: Domain): ScaleTime<number, number> {
  const [first, last] = domain.map(utcDay) as [Date, Date];
  const padded = first.getTime() === last.getTime() ? [new Date(first.getTime() - DAY_MS), new Date(last.getTime() + DAY_MS)] : [first, last];
  return scaleUtc().domain(padded).range(range);
}

/** A linear scale for values, upside down as SVG's y grows downwards. */
export function yScaleFor(domain: Domain, range: Domain): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range(range);
}

export interface YTick {
  value: number;
  y: number;
  label: string;
}

export interface XTick {
  date: string;
  x: number;
  label: string;
}

/** Nice value ticks, all written with the decimals their step needs ("70", "72.5" or "72,5"). */
export function yTicks(scale: ScaleLinear<number, number>, count: number, lang = 'en'): YTick[] {
  const ticks = scale.ticks(count);
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : Math.abs(ticks[0] ?? 1) || 1;
  const digits = precisionFixed(step);
  const format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return ticks.map((value) => ({ value, y: toPixel(scale(value)), label: format.format(value) }));
}

/**
 * Nice date ticks: years when every tick is a 1 January; months when every tick is the 1st (with
 * the year on the first tick and on each January, "Jan 2025, Apr, Jul, Oct, Jan 2026"); days else.
 */
export function xTicks(scale: ScaleTime<number, number>, count: number, lang = 'en'): XTick[] {
  const ticks = scale.ticks(count);
  const byYear = ticks.every((tick) => tick.getUTCMonth() === 0 && tick.getUTCDate() === 1);
  const byMonth = ticks.every((tick) => tick.getUTCDate() === 1);
  const yearFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' });
  const monthYearFormat = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  const dayFormat = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return ticks.map((tick, index) => {
    const label = byYear
      ? yearFormat.format(tick)
      : byMonth
        ? (index === 0 || tick.getUTCMonth() === 0 ? monthYearFormat : monthFormat).format(tick)
        : dayFormat.format(tick);
    return { date: tick.toISOString().slice(0, 10), x: toPixel(scale(tick)), label };
  });
}
