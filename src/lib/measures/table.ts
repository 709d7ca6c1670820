/**
 * The data table beside a measure chart: every row of a series in date order, with its value (or
 * why it has none: missing, or withheld under the small-count rule), its count where the CSV has
 * one, where each phase begins, and the signals the point is part of, in words. What the chart
 * shows by shape and colour, the table says in text.
 */
import { formatDate, formatValue, type MeasureWords } from './words.ts';
import type { Cadence } from './cadence.ts';
import type { PhaseReading, SeriesReading } from './verdict.ts';
import type { AnalysedPoint, FlagRule, MeasureRow, SeriesAnalysis, SignalReading } from './types.ts';

/** A rule a point meets, and whether it is good news. */
export interface RowSignal {
  kind: FlagRule | 'long-run';
  reading: SignalReading | null;
}

export interface TableRow {
  date: string;
  /** Set on the first row of every phase after the first, and of a first phase with a label. */
  phaseStart: { from: string; label: string | null } | null;
  value: number | null;
  withheld: boolean;
  /** The count behind the value; never set on a withheld row. */
  n: number | null;
  inBaseline: boolean;
  signals: RowSignal[];
}

const RULE_ORDER: readonly FlagRule[] = ['outside', 'two-of-three', 'shift', 'trend'];

/** One series as table rows; `rows` are the series' rows as read (for their counts). */
export function tableRows(series: SeriesAnalysis, rows: readonly MeasureRow[], reading: SeriesReading): TableRow[] {
  const counts = new Map(rows.map((row) => [row.date, row.withheld ? null : row.n]));
  return series.phases.flatMap((phase, phaseIndex) =>
    phase.points.map((point, index) => ({
      date: point.date,
      phaseStart: index === 0 && (phaseIndex > 0 || phase.label !== null) ? { from: phase.from, label: phase.label } : null,
      value: point.withheld ? null : point.value,
      withheld: point.withheld,
      n: point.withheld ? null : (counts.get(point.date) ?? null),
      inBaseline: point.inBaseline,
      signals: rowSignals(point, reading.phases[phaseIndex]),
    })),
  );
}

/** XmR rules in a fixed order, each once; a run chart's point in a long run, read by its run. */
export function rowSignals(point: AnalysedPoint, phase: PhaseReading | undefined): RowSignal[] {
  if (point.value === null) return [];
  const flags = RULE_ORDER.flatMap((rule) => {
    const readings = [...new Set(point.flags.filter((flag) => flag.rule === rule).map((flag) => flag.reading))];
    return readings.map((reading) => ({ kind: rule, reading }));
  });
  if (!point.inLongRun) return flags;
  return [...flags, { kind: 'long-run' as const, reading: longRunReading(point.date, phase) }];
}

/** The reading of the long run a run chart's point belongs to (its signal's dates include it). */
export function longRunReading(date: string, phase: PhaseReading | undefined): SignalReading | null {
  for (const signal of phase?.signals ?? []) {
    if (signal.kind === 'long-run' && signal.start <= date && date <= signal.end) return signal.reading;
  }
  return null;
}

/** A table row's cells in words: the date, the value or why there is none, the count, the signals. */
export interface RowText {
  date: string;
  value: string;
  n: string;
  signals: string[];
}

export function rowText(row: TableRow, unit: string, cadence: Cadence, words: MeasureWords): RowText {
  return {
    date: formatDate(row.date, cadence, words),
    value: row.withheld ? words.withheld : row.value === null ? words.missing : formatValue(row.value, unit, words),
    n: row.n === null ? '' : new Intl.NumberFormat(words.locale).format(row.n),
    signals: row.signals.map((signal) => (signal.reading ? `${words.flagLabel[signal.kind]} (${words.readingLabel[signal.reading]})` : words.flagLabel[signal.kind])),
  };
}
