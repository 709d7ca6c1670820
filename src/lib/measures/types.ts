/**
 * The shapes the measures library passes between its steps: rows read from a measure's CSV,
 * the settings its YAML gives the analysis, and the analysis of each series and phase. The rules
 * themselves are in content/README.md's measures section (the content model); each module here
 * implements one part of them.
 */

/** Which way is better: it turns a signal into an improvement or a concern. */
export type Better = 'higher' | 'lower';

/** Run charts use the Anhøj runs rules; XmR charts the "Making Data Count" rules. */
export type ChartKind = 'run' | 'xmr';

/**
 * A new phase starts at `from` (an ISO date in the data); the chart is rebased there. A Date (at
 * UTC midnight, as YAML loaders give unquoted dates) is read as its ISO day.
 */
export interface PhaseStart {
  from: string | Date;
  label?: string | null | undefined;
}

/** What the measure's YAML tells the analysis (its other fields are the page's business). */
export interface MeasureSettings {
  better: Better;
  /** Default `run`. */
  chart?: ChartKind | undefined;
  /** Centre line and limits come from the first N present points of each phase (6 or more). */
  baselinePoints?: number | undefined;
  phases?: readonly PhaseStart[] | undefined;
  target?: number | undefined;
}

/**
 * One data row after the small-count rule. A withheld row (n from 1 to 9) keeps neither its value
 * nor its n, so nothing after the reader can publish them by mistake.
 */
export interface MeasureRow {
  /** 1-based line of the row in the CSV, for problems found after reading. */
  line: number;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  /** Null when the value is missing or withheld. */
  value: number | null;
  withheld: boolean;
  /** Null when empty, unreadable or withheld. */
  n: number | null;
  /** Null when the CSV has no `site` column. */
  site: string | null;
}

/** The rows of one site (or of the whole measure without sites), sorted by date. */
export interface MeasureSeries {
  site: string | null;
  rows: MeasureRow[];
}

/** The CSV's columns, in the order the file has them. */
export type CsvColumn = 'date' | 'value' | 'n' | 'site';

/** A measure's data as read: its rows in file order, and the same rows grouped in series. */
export interface MeasureData {
  columns: CsvColumn[];
  rows: MeasureRow[];
  series: MeasureSeries[];
}

/**
 * Something wrong with a measure's data, for `npm run check` to wrap in its Problem (adding the
 * file). `source` says which file to open: CSV problems always carry a line and column (1-based;
 * the column counts CSV columns, as a spreadsheet does); YAML problems name their field.
 */
export interface MeasureProblem {
  source: 'csv' | 'yaml';
  line?: number | undefined;
  column?: number | undefined;
  /** The CSV column (`value`) or the YAML field path (`phases[1].from`). */
  field?: string | undefined;
  found: string;
  expected: string;
}

/** The rules an XmR point can meet. */
export type FlagRule = 'outside' | 'two-of-three' | 'shift' | 'trend';

/** Above the centre (or rising), or below it (or falling). */
export type Side = 'up' | 'down';

/** Whether a signal is good news, by the measure's `better`. */
export type SignalReading = 'improvement' | 'concern';

export interface PointFlag {
  rule: FlagRule;
  side: Side;
  reading: SignalReading;
}

/** One row of a phase as analysed: missing and withheld rows are kept (for tables) but never flagged. */
export interface AnalysedPoint {
  date: string;
  value: number | null;
  withheld: boolean;
  /** Among the points the centre line and limits come from. */
  inBaseline: boolean;
  /** XmR rules met (always empty on run charts and for points without a value). */
  flags: PointFlag[];
  /** Run charts: part of a run longer than the Anhøj limit (where a chart marks the shift). */
  inLongRun: boolean;
}

export type RunsVerdict = 'too-few' | 'signal' | 'no-signal';

/** A run of consecutive useful points on one side of the centre line. */
export interface Run {
  side: Side;
  /** Useful points in the run (points on the centre line neither count nor break it). */
  points: number;
  /** Dates of its first and last useful points. */
  start: string;
  end: string;
}

/** The Anhøj runs analysis of one phase (run charts). */
export interface RunsAnalysis {
  useful: number;
  longestRun: number;
  /** Null when there is no useful point (the limit is undefined). */
  longestRunMax: number | null;
  crossings: number;
  crossingsMin: number | null;
  verdict: RunsVerdict;
  /** Every run longer than `longestRunMax`, in order (what a reading can point to). */
  longRuns: Run[];
}

/** Process limits of one phase (XmR charts), from its baseline. */
export interface XmrLimits {
  /** MR̄: the mean moving range of the baseline. */
  meanMovingRange: number;
  lower: number;
  upper: number;
  nearLower: number;
  nearUpper: number;
  /** The baseline has fewer than 12 points: the limits will move as data arrive. */
  trial: boolean;
}

export interface PhaseAnalysis {
  /** The phase's start: its `from`, or the series' first date for the phase before any `from`. */
  from: string;
  label: string | null;
  /** Median (run chart) or mean (XmR) of the baseline; null without any present point. */
  centre: number | null;
  /** Present points the centre line and limits come from. */
  baselinePoints: number;
  runs: RunsAnalysis | null;
  limits: XmrLimits | null;
  points: AnalysedPoint[];
}

export interface SeriesAnalysis {
  site: string | null;
  chart: ChartKind;
  better: Better;
  target: number | null;
  phases: PhaseAnalysis[];
}

export interface MeasureAnalysis {
  chart: ChartKind;
  better: Better;
  series: SeriesAnalysis[];
}
