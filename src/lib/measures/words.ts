/**
 * The shape of the words of measure charts: the plain reading of a verdict, the labels of flags
 * and points, and the chart's short text alternative. Each language's file in
 * src/i18n/languages/ fills it in (`measureWords`), and pages pass those words to the functions
 * here; the rules live in the analysis and the verdict model and never change with the language.
 * Numbers and dates are formatted here, with Intl, so each language only places them.
 */
import type { Cadence } from './cadence.ts';
import type { TargetMet } from './target.ts';
import type { ChartKind, FlagRule, Side, SignalReading } from './types.ts';
import type { Episode, LevelChange, PhaseReading, SeriesReading, Signal } from './verdict.ts';
import en from '../../i18n/languages/en.ts';
import { MIN_USEFUL_POINTS } from './anhoej.ts';
import { TRIAL_BELOW_POINTS } from './xmr-limits.ts';

/** An episode with its counts and dates already written out. */
export interface EpisodeText {
  side: Side;
  ongoing: boolean;
  /** The bare count and its unit, for grammar (agreement, singular and plural). */
  count: number;
  cadence: Cadence;
  /** "eight months". */
  howMany: string;
  /** "the last eight months". */
  theLast: string;
  /** "March 2025" (monthly data) or "3 March 2025". */
  start: string;
  end: string;
}

export interface MeasureWords {
  /** For Intl: `en-US`, `es`. */
  locale: string;
  /** "eight months", "one week": counts up to twelve in words. */
  howMany: (count: number, cadence: Cadence) => string;
  /** "the last eight months". */
  theLast: (count: number, cadence: Cadence) => string;
  /** A value with the measure's unit: "71.5%", "12 days". */
  withUnit: (value: string, unit: string) => string;

  noData: string;
  tooFew: Record<ChartKind, (useful: number, needed: number) => string>;
  noSignal: Record<ChartKind, string>;
  /** A long run (run chart) or a shift (XmR): points on one side of the usual level. */
  run: (episode: EpisodeText) => string;
  trend: (episode: EpisodeText) => string;
  outside: (episode: EpisodeText) => string;
  twoOfThree: (episode: EpisodeText) => string;
  fewCrossings: (crossings: number, crossingsMin: number) => string;
  /** What a signal means for the measure, said after it. */
  reading: Record<SignalReading, string>;
  /** "The analysis finds two other signals as well." */
  otherSignals: (count: number) => string;
  trial: (points: number) => string;
  target: (met: TargetMet, target: string, cadence: Cadence) => string;
  levelChange: (before: string, after: string, since: string, label: string | null, reading: SignalReading | null) => string;

  /** Legend and table labels. */
  flagLabel: Record<FlagRule | 'long-run', string>;
  readingLabel: Record<SignalReading, string>;
  missing: string;
  withheld: string;
  chartName: Record<ChartKind, string>;
  centreName: Record<ChartKind, string>;
  /** "Run chart of 24 months, from January 2024 to December 2025; median 71.5%." */
  summary: (chart: ChartKind, howMany: string, first: string, last: string, centre: string | null) => string;
}

/** The default language's words: what the functions here use when given none. */
export const DEFAULT_MEASURE_WORDS: MeasureWords = en.measureWords;

/**
 * The plain-words reading of a series as it stands now: its current phase's verdict (led by its
 * headline signal), how the level moved at the last change, trial limits, and the target.
 */
export function describeSeries(reading: SeriesReading, unit: string, words = DEFAULT_MEASURE_WORDS): string[] {
  const current = reading.current;
  if (!current) return [words.noData];
  const sentences = describePhase(current, reading.cadence, words);
  if (reading.levelChange) sentences.push(describeLevelChange(reading.levelChange, reading.cadence, unit, words));
  if (current.trial) sentences.push(words.trial(TRIAL_BELOW_POINTS));
  if (reading.target) sentences.push(words.target(reading.target.met, formatValue(reading.target.value, unit, words), reading.cadence));
  return sentences;
}

/** One phase's verdict in words: the headline signal and what it means, then how many others. */
export function describePhase(phase: PhaseReading, cadence: Cadence, words = DEFAULT_MEASURE_WORDS): string[] {
  switch (phase.verdict) {
    case 'no-data':
      return [words.noData];
    case 'too-few':
      return [words.tooFew[phase.chart](phase.useful ?? 0, MIN_USEFUL_POINTS)];
    case 'no-signal':
      return [words.noSignal[phase.chart]];
    case 'signal': {
      const headline = phase.headline!;
      const sentences = [describeSignal(headline, cadence, words)];
      if (headline.kind !== 'few-crossings') sentences.push(words.reading[headline.reading]);
      const others = phase.signals.length - 1;
      if (others > 0) sentences.push(words.otherSignals(others));
      return sentences;
    }
  }
}

/** One signal in words. */
export function describeSignal(signal: Signal, cadence: Cadence, words = DEFAULT_MEASURE_WORDS): string {
  if (signal.kind === 'few-crossings') return words.fewCrossings(signal.crossings, signal.crossingsMin);
  const text = episodeText(signal, cadence, words);
  switch (signal.kind) {
    case 'long-run':
    case 'shift':
      return words.run(text);
    case 'trend':
      return words.trend(text);
    case 'outside':
      return words.outside(text);
    case 'two-of-three':
      return words.twoOfThree(text);
  }
}

function describeLevelChange(change: LevelChange, cadence: Cadence, unit: string, words: MeasureWords): string {
  return words.levelChange(
    formatValue(change.before, unit, words),
    formatValue(change.after, unit, words),
    formatDate(change.since, cadence, words),
    change.label,
    change.reading,
  );
}

/** The chart's short text alternative; the data table and the reading say the rest. */
export function describeChart(reading: SeriesReading, chart: ChartKind, dates: readonly string[], unit: string, words = DEFAULT_MEASURE_WORDS): string {
  const centre = reading.current?.centre ?? null;
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return words.noData;
  return words.summary(
    chart,
    words.howMany(dates.length, reading.cadence),
    formatDate(first, reading.cadence, words),
    formatDate(last, reading.cadence, words),
    centre === null ? null : formatValue(centre, unit, words),
  );
}

function episodeText(episode: Episode, cadence: Cadence, words: MeasureWords): EpisodeText {
  return {
    side: episode.side,
    ongoing: episode.ongoing,
    count: episode.points,
    cadence,
    howMany: words.howMany(episode.points, cadence),
    theLast: words.theLast(episode.points, cadence),
    start: formatDate(episode.start, cadence, words),
    end: formatDate(episode.end, cadence, words),
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "71.5%" in English, "71,5 %" in Spanish: at most two decimals, as a reader needs. */
export function formatValue(value: number, unit: string, words = DEFAULT_MEASURE_WORDS): string {
  let format = numberFormats.get(words.locale);
  if (!format) {
    format = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 });
    numberFormats.set(words.locale, format);
  }
  return words.withUnit(format.format(value), unit);
}

/** "March 2025" for monthly or coarser data, "3 March 2025" otherwise (ISO days are UTC). */
export function formatDate(date: string, cadence: Cadence, words = DEFAULT_MEASURE_WORDS): string {
  const monthly = cadence === 'month' || cadence === 'quarter' || cadence === 'year';
  const key = `${words.locale}|${monthly}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = monthly ? { month: 'long', year: 'numeric' } : { dateStyle: 'long' };
    format = new Intl.DateTimeFormat(words.locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
